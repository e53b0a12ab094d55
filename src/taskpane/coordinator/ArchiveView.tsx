import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { HostInfo } from '../../office/host';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { ArchivePicker } from './ArchivePicker';
import { IndexingProgress } from './IndexingProgress';
import { ProblemList } from './ProblemList';
import { SchoolList } from './SchoolList';
import { missingSheetNames } from './prepare/missingSheetNames';
import { PrepareView } from './prepare/PrepareView';
import { usePreparation } from './prepare/usePreparation';
import { useArchiveIndexing } from './useArchiveIndexing';
import { useFileDrop } from '../layout/useFileDrop';
import { splitZipFiles } from './zipFiles';

export interface ArchiveViewProps {
  host: HostInfo;
  onBack: () => void;
}

const useStyles = makeStyles({
  view: { minHeight: '100vh' },
  back: { alignSelf: 'flex-start', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  summary: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  next: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  nextButton: { width: '100%' },
});

const PASSWORD_PROBLEMS = new Set(['encrypted', 'wrong-password']);

/**
 * The coordinator's screens: choose the municipalities' archives, watch them indexed, read the result; then, on
 * the same archives, prepare the experts' packages (PrepareView).
 */
export function ArchiveView({ host, onBack }: ArchiveViewProps) {
  const messages = useMessages();
  const text = messages.archives;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const { state, start, restart, cancel, reset } = useArchiveIndexing();
  const [password, setPassword] = useState('');
  const [skipped, setSkipped] = useState<string[]>([]);
  const [step, setStep] = useState<'bank' | 'prepare'>('bank');
  const source = useMemo(() => (state.status === 'done' ? { files: state.files, password: state.password, bank: state.bank } : null), [state]);
  const preparation = usePreparation(source);
  // Other archives: back to their bank first.
  useEffect(() => setStep('bank'), [source]);

  const choose = useCallback(
    (files: File[]) => {
      const { archives, skipped: notZip } = splitZipFiles(files);
      setSkipped(notZip);
      if (archives.length > 0) start(archives, password);
    },
    [start, password],
  );
  const drop = useFileDrop(choose, state.status !== 'indexing');
  const showPicker = state.status === 'idle' || state.status === 'cancelled' || state.status === 'unreadable' || state.status === 'failed';

  if (step === 'prepare' && state.status === 'done') {
    return (
      <PrepareView
        preparation={preparation}
        host={host}
        works={state.bank.works.length}
        archives={state.archives}
        missingSheets={missingSheetNames(state.schools)}
        onBack={() => setStep('bank')}
      />
    );
  }

  return (
    <div className={mergeClasses(layout.screen, styles.view)} {...drop.handlers}>
      <Button className={styles.back} appearance="transparent" size="small" onClick={onBack}>
        ← {text.back}
      </Button>
      <Title3 as="h1" className={layout.heading}>{text.title}</Title3>
      {showPicker && <Caption1 className={layout.muted}>{text.intro}</Caption1>}

      {state.status === 'cancelled' && (
        <MessageBar intent="info">
          <MessageBarBody>{text.cancelled}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'unreadable' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.unreadableTitle(state.archive)}</MessageBarTitle>
            <div className={layout.paragraph}>{text.unreadableBody(state.reason)}</div>
          </MessageBarBody>
          {state.archives.length > 1 && (
            <MessageBarActions>
              <Button size="small" onClick={() => restart(password, state.archive)}>
                {text.retryWithout(state.archive)}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.failedTitle}</MessageBarTitle>
            <div className={layout.paragraph}>{state.reason}</div>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => restart(password)}>
              {text.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {skipped.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.skippedNotZip(skipped)}</MessageBarBody>
        </MessageBar>
      )}

      {showPicker && <ArchivePicker password={password} onPasswordChange={setPassword} onFiles={choose} dragging={drop.dragging} />}
      {state.status === 'indexing' && <IndexingProgress archives={state.archives} progress={state.progress} onCancel={cancel} />}

      {state.status === 'done' && (
        <>
          <div className={styles.summary} role="status">
            <Text weight="semibold">
              {text.summary(
                state.bank.works.length,
                state.bank.works.reduce((pages, work) => pages + work.pages, 0),
                state.schools.length,
              )}
            </Text>
            <br />
            <Caption1 className={layout.breakWords}>{text.selected(state.archives)}</Caption1>
          </div>
          {state.bank.works.length === 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{text.noWorks}</MessageBarBody>
            </MessageBar>
          )}
          {state.bank.problems.some((problem) => PASSWORD_PROBLEMS.has(problem.problem)) && (
            <section className={layout.section}>
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{text.passwordProblemsHint}</MessageBarBody>
              </MessageBar>
              <form
                className={layout.section}
                onSubmit={(event) => {
                  event.preventDefault();
                  restart(password);
                }}
              >
                <Field label={text.passwordLabel}>
                  <Input type="password" autoComplete="off" value={password} onChange={(_, data) => setPassword(data.value)} />
                </Field>
                <div className={styles.actions}>
                  <Button appearance="primary" type="submit">
                    {text.reindex}
                  </Button>
                </div>
              </form>
            </section>
          )}
          {state.bank.works.length > 0 && (
            <section className={styles.next} aria-label={messages.prepare.nextStep}>
              <Caption1>{messages.prepare.nextStepHint}</Caption1>
              <Button className={styles.nextButton} appearance="primary" onClick={() => setStep('prepare')}>
                {messages.prepare.nextStep}
              </Button>
            </section>
          )}
          {state.schools.length > 0 && <SchoolList schools={state.schools} />}
          <ProblemList problems={state.bank.problems} showArchive={state.archives.length > 1} />
          <div className={styles.actions}>
            <Button onClick={reset}>{text.loadOther}</Button>
          </div>
        </>
      )}
    </div>
  );
}
