import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { problemText, type Problem } from '../../engine';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';

export interface ProblemLinesProps {
  problems: readonly Problem[];
  title: (count: number) => string;
}

/** Lines shown before "+N": a long list stays in the engine's output and the files' own reports. */
const SHOWN = 30;

const useStyles = makeStyles({
  list: { margin: '0', paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  file: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

/** The engine's problems of a run, each worded by the engine (`problemText`), with the file it is about. */
export function ProblemLines({ problems, title }: ProblemLinesProps) {
  const language = useMessages().language;
  const layout = useLayoutStyles();
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <>
      <Subtitle2 as="h3" className={layout.heading}>{title(problems.length)}</Subtitle2>
      <ul className={styles.list}>
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={`${problem.problem}-${index}`} data-problem={problem.problem}>
            <Caption1>
              {problem.archive && <span className={styles.file}>{problem.archive}: </span>}
              {problemText(problem, language)}
            </Caption1>
          </li>
        ))}
        {problems.length > SHOWN && <li><Caption1>… +{problems.length - SHOWN}</Caption1></li>}
      </ul>
    </>
  );
}
