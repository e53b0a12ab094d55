import { Body1, Button, Caption1, CounterBadge, Subtitle2, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { problemText, type ProtocolProblem } from '../../engine';
import { useMessages } from '../i18n';
import { sharedText } from '../coordinator/groupProblems';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { attentionGroups, type AttentionGroup } from './attentionGroups';
import type { CommentHint } from './commentHints';

/** The list's element id: the summary above the work scrolls here. */
export const ATTENTION_LIST_ID = 'expert-attention';

export interface AttentionSectionProps {
  problems: ProtocolProblem[];
  scored: number;
  total: number;
  onGoTo: (problem: ProtocolProblem) => void;
  /** Hints from the Комментарии sheet, below the problems (they do not count as problems). */
  hints?: readonly CommentHint[];
  onGoToCell?: (cell: string) => void;
}

/** A group shows this many problems until "show all". */
const COLLAPSED_COUNT = 5;

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`,
  },
  quiet: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  groupTitle: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: '0' },
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column' },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    width: '100%',
    minWidth: '0',
    paddingLeft: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  itemText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  toggle: { alignSelf: 'flex-start' },
  clean: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
});

function Group({ group, onGoTo }: { group: AttentionGroup; onGoTo: (problem: ProtocolProblem) => void }) {
  const messages = useMessages();
  const text = messages.expert.attention;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? group.problems : group.problems.slice(0, COLLAPSED_COUNT);
  const shared = sharedText(group.problems.map((problem) => problemText(problem, messages.language)));
  return (
    <div className={mergeClasses(styles.group, group.quiet && styles.quiet)} data-attention={group.code}>
      <h3 className={styles.groupTitle}>
        <Text weight="semibold">{messages.problems.titles[group.code]}</Text>
        <CounterBadge count={group.problems.length} overflowCount={99999} size="small" appearance="filled" color={group.quiet ? 'informative' : 'danger'} />
      </h3>
      {shared && <Caption1 className={layout.muted}>{shared}</Caption1>}
      <ul className={styles.list}>
        {shown.map((problem) => {
          const [workCode, schoolCode] = [problem.work.slice(problem.work.indexOf('/') + 1), problem.work.slice(0, problem.work.indexOf('/'))];
          const cell = problem.cell.slice(problem.cell.indexOf('!') + 1);
          return (
            <li key={`${problem.cell}|${problem.problem}`}>
              <Button className={styles.item} appearance="subtle" size="small" aria-label={text.goTo(cell)} title={text.goTo(cell)} onClick={() => onGoTo(problem)}>
                <span className={styles.itemText}>
                  <span>
                    {text.item(workCode, schoolCode, problem.task)} · {cell}
                  </span>
                  {!shared && !group.quiet && <Caption1 className={layout.muted}>{problemText(problem, messages.language)}</Caption1>}
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
      {group.problems.length > COLLAPSED_COUNT && (
        <Button className={styles.toggle} appearance="transparent" size="small" onClick={() => setExpanded(!expanded)}>
          {expanded ? messages.problems.showFewer : messages.problems.showAll(group.problems.length)}
        </Button>
      )}
    </div>
  );
}

/** What needs attention, by kind with counts; a click goes to the cell. */
export function AttentionSection({ problems, scored, total, onGoTo, hints = [], onGoToCell }: AttentionSectionProps) {
  const text = useMessages().expert.attention;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const groups = useMemo(() => attentionGroups(problems), [problems]);
  return (
    <section id={ATTENTION_LIST_ID} className={layout.section} aria-label={text.title(problems.length)} data-attention-count={problems.length}>
      <Caption1 className={layout.muted}>{text.progress(scored, total)}</Caption1>
      {problems.length === 0 ? (
        <Body1 className={styles.clean} role="status">
          {text.clean}
        </Body1>
      ) : (
        <>
          <Subtitle2 as="h2" className={layout.heading}>{text.title(problems.length)}</Subtitle2>
          {groups.map((group) => (
            <Group key={group.code} group={group} onGoTo={onGoTo} />
          ))}
        </>
      )}
      {hints.length > 0 && (
        <div className={mergeClasses(styles.group, styles.quiet)} data-comment-hints={hints.length}>
          <h3 className={styles.groupTitle}>
            <Text weight="semibold">{text.commentHintsTitle}</Text>
          </h3>
          <ul className={styles.list}>
            {hints.map((hint) => {
              const cell = hint.cell.slice(hint.cell.indexOf('!') + 1);
              return (
                <li key={hint.cell}>
                  <Button className={styles.item} appearance="subtle" size="small" title={text.goTo(cell)} onClick={() => onGoToCell?.(hint.cell)}>
                    {text.commentHint(hint.task, cell)}
                  </Button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
