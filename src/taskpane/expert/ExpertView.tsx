import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Title3, makeStyles, mergeClasses } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { sameTaskRow, tasksInOrder } from '../../office/excel';
import type { Navigation } from '../viewerWindow/windowMessages';
import { useTaskMode } from './useTaskMode';
import { useViewerWindow } from './useViewerWindow';
import { WindowSection } from './WindowSection';
import { windowShowFor } from './windowShow';
import { workKey, type ProtocolProblem } from '../../engine';
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

  // --- The viewer window and «По заданиям» (issue 12) ---------------------------------------------------------
  const scoreCell = useCallback((sheetRow: number) => protocolCellAddress('G', sheetRow), []);
  const taskMode = useTaskMode(state.rows, state.currentRow, goToCell, scoreCell);
  const tasks = useMemo(() => tasksInOrder(state.rows.values()), [state.rows]);
  const [noSameTask, setNoSameTask] = useState(false);
  const currentRow = state.currentRow;
  const goToSameTask = useCallback(
    (direction: 1 | -1) => {
      const target = currentRow !== null ? sameTaskRow(state.rows, currentRow, direction) : null;
      setNoSameTask(target === null);
      if (target !== null) void goToCell(scoreCell(target), target);
    },
    [currentRow, state.rows, goToCell, scoreCell],
  );
  const byTask = taskMode.mode !== null;
  const nextSameTaskRow = byTask && currentRow !== null ? sameTaskRow(state.rows, currentRow, 1) : null;
  const nextSameTaskRowEntry = nextSameTaskRow !== null ? state.rows.get(nextSameTaskRow) : undefined;
  const nextKey = nextSameTaskRowEntry ? workKey(nextSameTaskRowEntry.schoolCode, nextSameTaskRowEntry.workCode) : null;
  const names = pkg.archive?.names ?? null;
  const show = useMemo(() => windowShowFor(meta.packageId, row, works, names, byTask, nextKey), [meta.packageId, row, works, names, byTask, nextKey]);
  const navigate = useCallback(
    (to: Navigation) => {
      if (to === 'next-same-task' || (byTask && to === 'next-work')) return goToSameTask(1);
      if (to === 'previous-same-task' || (byTask && to === 'previous-work')) return goToSameTask(-1);
      const index = row ? works.findIndex((work) => work.key === workKey(row.schoolCode, row.workCode)) : -1;
      const target = works[index + (to === 'next-work' ? 1 : -1)];
      if (index >= 0 && target) goToWork(target);
    },
    [byTask, goToSameTask, row, works, goToWork],
  );
  const rotations = pkg.rotations;
  const viewerWindow = useViewerWindow(show, {
    navigate,
    rotated: (key, degrees) => rotations?.set(key, degrees),
  });
  const windowOpen = viewerWindow.status.kind === 'open' || viewerWindow.status.kind === 'opening';
  // T / Shift+T in the pane too: the same task of the next / previous work (as in the window).
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.code !== 'KeyT' || event.ctrlKey || event.altKey || event.metaKey) return;
      if ((event.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable="true"], [role="combobox"]')) return;
      event.preventDefault();
      goToSameTask(event.shiftKey ? -1 : 1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [goToSameTask]);
  const workCodeOf = useCallback((key: string) => works.find((work) => work.key === key)?.workCode ?? null, [works]);

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
      <WindowSection
        viewerWindow={viewerWindow}
        workCodeOf={workCodeOf}
        canOpen={pkg.archive !== null}
        taskMode={taskMode.mode}
        taskModeFailed={taskMode.failed}
        tasks={tasks}
        currentTask={row?.task ?? null}
        onEnterTaskMode={(task) => void taskMode.enter(task)}
        onLeaveTaskMode={() => void taskMode.leave()}
        onNextSameTask={() => goToSameTask(1)}
        noSameTask={noSameTask}
      />
      <WorkSection
        row={row}
        rowProblems={rowProblems}
        works={works}
        pkg={pkg}
        onShowCurrentRow={() => void session.showCurrentRow()}
        onGoToWork={goToWork}
        viewerInWindow={windowOpen}
      />
      <AttentionSection
        problems={problems}
        scored={scored}
        total={total}
        onGoTo={goToProblem}
        hints={state.commentHints}
        onGoToCell={(cell) => void goToCell(cell, null)}
      />
      <FinishSection
        problems={problems.length}
        rows={state.rows.size}
        check={state.check}
        completedAt={state.completedAt}
        completionCleared={state.completionCleared}
        onCheck={session.checkAll}
        onFinish={session.finish}
      />
      <StorageSection pkg={pkg} />
    </div>
  );
}
