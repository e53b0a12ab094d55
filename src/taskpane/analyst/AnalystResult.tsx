import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { STATE_LABELS } from '../../engine';
import type { ExcelFailure } from '../../office/excel';
import type { MergeOutcome } from '../engineRun';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { flaggedSchools, OBJECTIVE_TARGET, percentText, stateCounts, testHeadlines } from './headline';
import type { ReportState, WriteState } from './useAnalystMerge';

export interface AnalystResultProps {
  outcome: Extract<MergeOutcome, { ok: true }>;
  write: WriteState;
  report: ReportState;
  canSave: boolean;
  onSaveReport: () => void;
}

/** Rows of the Журнал shown in the pane; the sheet holds them all. */
const JOURNAL_SHOWN = 50;

const useStyles = makeStyles({
  summary: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  list: { margin: '0', paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  journal: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  journalLine: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
  },
  kept: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  refused: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  file: { overflowWrap: 'anywhere' },
  save: { width: '100%' },
});

const KEPT = new Set(['merged', 'incomplete']);

/** After a merge: the headline figures, what was written into the workbook, the report, and the Журнал file by file. */
export function AnalystResult({ outcome, write, report, canSave, onSaveReport }: AnalystResultProps) {
  const messages = useMessages();
  const text = messages.analyst;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const language = messages.language;
  const merged = outcome;
  const { protocols, rows } = merged.merged;
  const kept = protocols.filter((protocol) => KEPT.has(protocol.state)).length;
  const works = testHeadlines(merged.statistics).reduce((sum, test) => sum + test.works, 0);
  const flagged = flaggedSchools(merged.statistics);
  const excelWords = (failure: ExcelFailure) => messages.expert.excelProblems[failure.problem](failure);
  return (
    <>
      <section className={layout.section} aria-labelledby="analyst-result">
        <Subtitle2 as="h2" id="analyst-result" className={layout.heading}>{text.resultTitle}</Subtitle2>
        <div className={styles.summary} role="status">
          <Body1>{text.files(protocols.length, kept, works, rows.length)}</Body1>
          {testHeadlines(merged.statistics).map((test) => (
            <Body1 key={`${test.subject}-${test.grade}`} data-headline>
              {text.headline(`${test.subject}, ${test.grade}`, test.works, test.changed, percentText(test.objectiveShare, language), percentText(OBJECTIVE_TARGET, language))}
            </Body1>
          ))}
          {merged.statistics.unscoredWorks.length > 0 && <Caption1>{text.unscored(merged.statistics.unscoredWorks.length)}</Caption1>}
          {merged.problems.length > 0 && <Caption1>{text.dataProblems(merged.problems.length)}</Caption1>}
        </div>
        {write.status === 'writing' && <Caption1>{text.writing}</Caption1>}
        {write.status === 'written' && (
          <MessageBar intent="success">
            <MessageBarBody data-written>
              {text.written(write.written.sheets, write.written.charts.length)} {write.written.replaced ? text.replaced : ''}
            </MessageBarBody>
          </MessageBar>
        )}
        {write.status === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>
              {text.notWritten} {excelWords(write.failure)}
            </MessageBarBody>
          </MessageBar>
        )}
      </section>

      <section className={layout.section} aria-labelledby="analyst-flagged">
        <Subtitle2 as="h2" id="analyst-flagged" className={layout.heading}>{flagged.length > 0 ? text.flaggedTitle(flagged.length) : text.noFlagged}</Subtitle2>
        {flagged.length > 0 && (
          <ul className={styles.list}>
            {flagged.map((school) => (
              <li key={`${school.school}-${school.subject}-${school.grade}`}>
                <Caption1>
                  <b>{school.school}</b> ({school.municipality}), {school.subject}, {school.grade}: {school.why}
                </Caption1>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={layout.section}>
        {canSave ? (
          <Button className={styles.save} appearance="primary" disabled={report.status === 'building'} onClick={onSaveReport}>
            {report.status === 'building' ? text.savingReport : text.saveReport}
          </Button>
        ) : (
          <MessageBar intent="warning">
            <MessageBarBody>{text.macCannotSave}</MessageBarBody>
          </MessageBar>
        )}
        {report.status === 'saved' && (
          <Caption1 role="status">
            {text.reportSaved}
            {report.withoutCharts ? ` ${text.reportWithoutCharts(excelWords(report.withoutCharts))}` : ''}
          </Caption1>
        )}
        {report.status === 'failed' && <Caption1 role="alert">{text.failed(report.reason)}</Caption1>}
      </section>

      <section className={layout.section} aria-labelledby="analyst-journal">
        <Subtitle2 as="h2" id="analyst-journal" className={layout.heading}>{text.journalTitle}</Subtitle2>
        <Caption1 className={layout.muted}>
          {stateCounts(protocols).map(([state, count]) => text.stateCounts(STATE_LABELS[language][state], count)).join(' · ')}
        </Caption1>
        <ul className={styles.journal}>
          {protocols.slice(0, JOURNAL_SHOWN).map((protocol, index) => (
            <li
              key={`${protocol.file}-${index}`}
              className={`${styles.journalLine} ${KEPT.has(protocol.state) ? styles.kept : styles.refused}`}
              data-protocol-state={protocol.state}
            >
              <Caption1 className={styles.file}>{protocol.file}</Caption1>
              <Text size={200} weight="semibold">{STATE_LABELS[language][protocol.state]}</Text>
            </li>
          ))}
          {protocols.length > JOURNAL_SHOWN && <li><Caption1>… +{protocols.length - JOURNAL_SHOWN}</Caption1></li>}
        </ul>
      </section>
    </>
  );
}
