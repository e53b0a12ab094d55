import { Button, Caption1, Dropdown, MessageBar, MessageBarBody, Option, Subtitle2, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { windowTextsFor } from '../viewerWindow/windowTexts';
import { readWindowSize, saveWindowSize, type ViewerWindow, type WindowSizeName } from './useViewerWindow';

export interface TaskModeState {
  task: string;
  rows: number;
}

export interface WindowSectionProps {
  viewerWindow: ViewerWindow;
  /** The workCode of the work the window shows, by its key. */
  workCodeOf: (key: string) => string | null;
  canOpen: boolean;
  taskMode: TaskModeState | null;
  taskModeFailed: boolean;
  tasks: readonly string[];
  currentTask: string | null;
  onEnterTaskMode: (task: string) => void;
  onLeaveTaskMode: () => void;
  onNextSameTask: () => void;
  noSameTask: boolean;
}

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: '120px' },
});

const SIZES: WindowSizeName[] = ['large', 'medium', 'full'];

/** «Открыть в отдельном окне» with its size, which work the window shows, and «По заданиям». */
export function WindowSection(props: WindowSectionProps) {
  const { viewerWindow, taskMode } = props;
  const messages = useMessages();
  const texts = windowTextsFor(messages.language);
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [size, setSize] = useState<WindowSizeName>(readWindowSize);
  const { status } = viewerWindow;
  const open = status.kind === 'open' || status.kind === 'opening';

  return (
    <section className={layout.section} aria-label={texts.open} data-window-status={status.kind}>
      <div className={styles.row}>
        {open ? (
          <Button size="small" onClick={viewerWindow.close}>
            {texts.close}
          </Button>
        ) : (
          <Button size="small" appearance="primary" disabled={!props.canOpen || !viewerWindow.supported} onClick={() => void viewerWindow.open(size)}>
            {texts.open}
          </Button>
        )}
        <Dropdown
          className={styles.dropdown}
          size="small"
          aria-label={texts.size}
          value={texts.sizes[size]}
          selectedOptions={[size]}
          onOptionSelect={(_, data) => {
            const chosen = data.optionValue as WindowSizeName;
            setSize(chosen);
            saveWindowSize(chosen);
          }}
        >
          {SIZES.map((name) => (
            <Option key={name} value={name}>
              {texts.sizes[name]}
            </Option>
          ))}
        </Dropdown>
      </div>
      {!viewerWindow.supported || status.kind === 'unsupported' ? (
        <Caption1 className={layout.muted} data-window-unsupported>
          {texts.unsupported}
        </Caption1>
      ) : status.kind === 'failed' ? (
        <MessageBar intent="warning" data-window-failed={status.problem}>
          <MessageBarBody>{texts.failed(status.problem)}</MessageBarBody>
        </MessageBar>
      ) : status.kind === 'opening' ? (
        <Caption1 className={layout.muted}>{texts.opening}</Caption1>
      ) : status.kind === 'open' ? (
        <Caption1 data-window-shows={status.key ?? ''} data-window-page={status.page ?? ''}>
          {texts.inWindow(status.key ? props.workCodeOf(status.key) : null, status.page, status.pages)}
        </Caption1>
      ) : (
        <Caption1 className={layout.muted}>{status.wasOpen ? texts.closed : texts.openHint}</Caption1>
      )}

      <Subtitle2 as="h3" className={layout.heading}>
        {texts.taskMode}
      </Subtitle2>
      <div className={styles.row}>
        <ToggleButton
          size="small"
          checked={taskMode !== null}
          disabled={taskMode === null && props.currentTask === null}
          onClick={() => (taskMode ? props.onLeaveTaskMode() : props.currentTask && props.onEnterTaskMode(props.currentTask))}
          data-task-mode={taskMode?.task ?? ''}
        >
          {taskMode ? texts.leaveTaskMode : texts.taskMode}
        </ToggleButton>
        {taskMode && (
          <>
            <Dropdown
              className={styles.dropdown}
              size="small"
              aria-label={texts.chooseTask}
              value={taskMode.task}
              selectedOptions={[taskMode.task]}
              onOptionSelect={(_, data) => data.optionValue && props.onEnterTaskMode(data.optionValue)}
            >
              {props.tasks.map((task) => (
                <Option key={task} value={task}>
                  {task}
                </Option>
              ))}
            </Dropdown>
            <Button size="small" onClick={props.onNextSameTask} data-command="next-same-task">
              {texts.nextSameTask}
            </Button>
          </>
        )}
      </div>
      {taskMode ? (
        <Caption1 data-task-mode-rows={taskMode.rows}>{texts.taskModeOn(taskMode.task, taskMode.rows)}</Caption1>
      ) : (
        <Caption1 className={layout.muted}>{texts.taskModeHint}</Caption1>
      )}
      {props.noSameTask && <Caption1 className={layout.muted}>{texts.noSameTask}</Caption1>}
      {props.taskModeFailed && (
        <MessageBar intent="warning">
          <MessageBarBody>{texts.taskModeFailed}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
