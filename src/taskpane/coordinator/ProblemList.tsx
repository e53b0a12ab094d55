import { Body1, Button, Caption1, CounterBadge, Subtitle2, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { problemText, type Problem } from '../../engine';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { groupProblems, type ProblemGroup } from './groupProblems';

export interface ProblemListProps {
  problems: Problem[];
  /** Name the archive beside each path (when more than one archive was read). */
  showArchive: boolean;
}

/** A group shows this many problems until "show all". */
const COLLAPSED_COUNT = 5;

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  quietGroup: { borderLeftColor: tokens.colorNeutralStroke2 },
  groupTitle: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: '0' },
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  fileName: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  item: { display: 'flex', flexDirection: 'column', paddingTop: tokens.spacingVerticalXXS },
  toggle: { alignSelf: 'flex-start' },
});

/** A path's last segment: the file (or folder) the problem is about. */
function fileName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || path;
}

/** The folders above it, `/`-separated; empty at the archive's root. */
function folderOf(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.includes('/') ? trimmed.slice(0, trimmed.lastIndexOf('/')) : '';
}

function ProblemGroupView({ group, showArchive }: { group: ProblemGroup; showArchive: boolean }) {
  const messages = useMessages();
  const text = messages.problems;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? group.problems : group.problems.slice(0, COLLAPSED_COUNT);
  const quiet = group.code === 'system-file' || group.code === 'duplicate-file';
  return (
    <div className={mergeClasses(styles.group, quiet && styles.quietGroup)} data-problem={group.code}>
      <h3 className={styles.groupTitle}>
        <Text weight="semibold">{text.titles[group.code]}</Text>
        <CounterBadge count={group.problems.length} overflowCount={99999} size="small" appearance="filled" color={quiet ? 'informative' : 'danger'} />
      </h3>
      {group.sharedMessage && <Caption1 className={layout.muted}>{group.sharedMessage}</Caption1>}
      <ul className={styles.list}>
        {shown.map((problem, index) => (
          <li key={`${problem.archive}\u0000${problem.path}\u0000${index}`} className={styles.item} title={problem.path}>
            {/* No path: the problem is about the file itself (the experts list), named by `archive`. */}
            <span className={styles.fileName}>{problem.path ? fileName(problem.path) : problem.archive}</span>
            {folderOf(problem.path) && <Caption1 className={mergeClasses(layout.muted, layout.breakWords)}>{folderOf(problem.path)}</Caption1>}
            {problem.cell && <Caption1 className={layout.muted}>{text.cell(problem.cell)}</Caption1>}
            {showArchive && problem.archive && problem.path && <Caption1 className={layout.muted}>{text.inArchive(problem.archive)}</Caption1>}
            {!group.sharedMessage && <Caption1>{problemText(problem, messages.language)}</Caption1>}
          </li>
        ))}
      </ul>
      {group.problems.length > COLLAPSED_COUNT && (
        <Button className={styles.toggle} appearance="transparent" size="small" onClick={() => setExpanded(!expanded)}>
          {expanded ? text.showFewer : text.showAll(group.problems.length)}
        </Button>
      )}
    </div>
  );
}

/** Every problem the indexer found, grouped by code; long groups collapse behind "show all". */
export function ProblemList({ problems, showArchive }: ProblemListProps) {
  const messages = useMessages();
  const text = messages.problems;
  const layout = useLayoutStyles();
  if (problems.length === 0) {
    return (
      <section className={layout.section}>
        <Body1>{text.none}</Body1>
      </section>
    );
  }
  return (
    <section className={layout.section}>
      <Subtitle2 as="h2" className={layout.heading}>{text.title(problems.length)}</Subtitle2>
      {groupProblems(problems, messages.language).map((group) => (
        <ProblemGroupView key={group.code} group={group} showArchive={showArchive} />
      ))}
    </section>
  );
}
