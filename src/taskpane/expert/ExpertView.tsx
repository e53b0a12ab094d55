import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Title3, makeStyles, mergeClasses } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import type { ProtocolProblem } from '../../engine';
import type { OpenedProtocol } from '../../office/excel';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { ATTENTION_LIST_ID, AttentionSection } from './AttentionSection';
import { FinishSection } from './FinishSection';
import { PackageSection } from './PackageSection';
import { allProblems } from './protocolState';
import { scoredCount, worksOfRows, type ProtocolWorkEntry } from './protocolWorks';
import { StorageSection } from './StorageSection';
import { protocolCellAddress, useProtocolSession } from './useProtocolSession';
import { usePackage } from './usePackage';
import { useFileDrop } from '../layout/useFileDrop';
import { WorkSection } from './WorkSection';

export interface ExpertViewProps {
  opened: OpenedProtocol;
}

const useStyles = makeStyles({
  view: { minHeight: '100vh' },
  identity: { display: 'flex', flexDirection: 'column' },
});

/**
 * The expert's day: the protocol workbook is open in Excel; the pane shows the current row's work beside the
 * grid, lists what needs attention as the expert types, and finishes the protocol.
 */
export function ExpertView({ opened }: ExpertViewProps) {
  const messages = useMessages();
  const text = messages.expert;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const session = useProtocolSession(opened);
  const { state } = session;
  const pkg = usePackage(opened.meta.packageId);
  // One package at a time: of several dropped files, the first is taken.
  const drop = useFileDrop(
    useCallback((files: File[]) => void (files[0] && pkg.choose(files[0])), [pkg]),
    pkg.status.kind !== 'opening',
  );

  const works = useMemo(() => worksOfRows(state.rows.values()), [state.rows]);
  const problems = useMemo(() => allProblems(state), [state]);
  const { scored, total } = useMemo(() => scoredCount(state.rows.values()), [state.rows]);
  const row = state.currentRow !== null ? (state.rows.get(state.currentRow) ?? null) : null;
  // Beside the task: its mistakes (a missing score there is plain to see, and not a mistake yet).
  const rowProblems = ((row && state.problems.get(row.row)) || []).filter((problem) => problem.problem !== 'missing-expert-score');
  const mistakes = problems.filter((problem) => problem.problem !== 'missing-expert-score').length;
  const { goToCell } = session;

  const goToWork = useCallback(
    (work: ProtocolWorkEntry) => void goToCell(protocolCellAddress('G', work.firstRow), work.firstRow),
    [goToCell],
  );
  const goToProblem = useCallback((problem: ProtocolProblem) => void goToCell(problem.cell, problem.row ?? null), [goToCell]);
  const { meta } = state;

  return (
    <div className={mergeClasses(layout.screen, styles.view)} {...drop.handlers} data-view="expert">
      <header className={styles.identity}>
        <Title3 as="h1" className={layout.heading}>{text.title}</Title3>
        <Caption1 className={layout.breakWords}>{text.packageLine(meta.packageId, meta.subject, meta.grade)}</Caption1>
        {meta.deadline && <Caption1 className={layout.muted}>{text.deadline(meta.deadline)}</Caption1>}
      </header>
      {state.failure && (
        <MessageBar intent="warning" layout="multiline" data-excel-problem={state.failure.problem}>
          <MessageBarBody>{text.excelProblems[state.failure.problem](state.failure)}</MessageBarBody>
        </MessageBar>
      )}
      {mistakes > 0 && (
        <MessageBar intent="warning" data-mistakes={mistakes}>
          <MessageBarBody>{text.attention.summary(mistakes)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => document.getElementById(ATTENTION_LIST_ID)?.scrollIntoView({ behavior: 'smooth', block: 'start' })}>
              {text.attention.toList}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <PackageSection pkg={pkg} expectedId={meta.packageId} works={works.length} dragging={drop.dragging} />
      <WorkSection row={row} rowProblems={rowProblems} works={works} pkg={pkg} onShowCurrentRow={() => void session.showCurrentRow()} onGoToWork={goToWork} />
      <AttentionSection problems={problems} scored={scored} total={total} onGoTo={goToProblem} />
      <FinishSection
        problems={problems.length}
        rows={state.rows.size}
        check={state.check}
        completedAt={state.completedAt}
        onCheck={session.checkAll}
        onFinish={session.finish}
      />
      <StorageSection pkg={pkg} />
    </div>
  );
}
