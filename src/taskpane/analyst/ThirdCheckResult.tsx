import { Body1, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { unassignedText } from '../../engine';
import type { AdjudicationResult } from '../engineRun';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { ProblemLines } from './ProblemLines';
import { SaveAllFiles } from './SaveAllFiles';
import { TitledNotice } from '../layout/TitledNotice';
import { useNextStepStyles } from './useNextStepStyles';

export interface ThirdCheckResultProps {
  result: AdjudicationResult;
  canSave: boolean;
}

const useStyles = makeStyles({
  work: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteGreenBorder2}`,
  },
  unplaced: { borderLeftColor: tokens.colorPaletteRedBorder2 },
});

/** The works sent to a third expert (or why none could take one), and the round-3 packages with the new key to save. */
export function ThirdCheckResult({ result, canSave }: ThirdCheckResultProps) {
  const messages = useMessages();
  const text = messages.thirdCheck;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const shared = useNextStepStyles();
  const files = [
    ...result.packages.map((pkg) => ({ data: pkg.data, fileName: pkg.fileName })),
    ...(result.keyWorkbook && result.packages.length > 0 ? [{ data: result.keyWorkbook, fileName: messages.prepare.keyFileName }] : []),
  ];
  const placed = result.works.filter((work) => work.thirdExpert !== null).length;
  return (
    <>
      <div className={shared.summary} role="status" data-third-works={placed}>
        <Body1>{result.works.length > 0 ? text.summary(placed, result.packages.length) : text.nothingToSend}</Body1>
      </div>
      <ul className={shared.list}>
        {result.works.map((work) => (
          <li
            key={`${work.subject}-${work.grade}-${work.schoolCode}-${work.workCode}`}
            className={`${styles.work} ${work.thirdExpert ? '' : styles.unplaced}`}
            data-third-work={work.workCode}
          >
            <Text size={200} weight="semibold">{text.workLine(work.schoolCode, work.workCode, work.subject, work.grade)}</Text>
            <Caption1>{text.totals(work.totals)}</Caption1>
            <Caption1 className={layout.breakWords}>
              {work.thirdExpert
                ? text.thirdExpert(work.thirdExpert)
                : unassignedText({ reason: 'no-third-expert', subject: work.subject, grade: work.grade, school: work.schoolCode, municipality: '' }, messages.language)}
            </Caption1>
          </li>
        ))}
      </ul>
      {files.length > 0 && (
        <>
          <TitledNotice intent="error" title={text.keyWarningTitle} body={text.keyWarning} />
          {canSave ? (
            <SaveAllFiles name="third-check" files={files} text={text} />
          ) : (
            <TitledNotice intent="warning" title={text.macTitle} body={text.macBody} />
          )}
        </>
      )}
      <ProblemLines problems={result.problems} title={text.problemsTitle} />
    </>
  );
}
