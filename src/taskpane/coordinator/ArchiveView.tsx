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
import { useCallback, useEffect, useState } from 'react';
import { indexTask, useEngineRun, type IndexRequest, type IndexResult } from '../engineRun';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { useSession } from '../session';
import { ArchivePicker } from './ArchivePicker';
import { IndexingProgress } from './IndexingProgress';
import { ProblemList } from './ProblemList';
import { SchoolList } from './SchoolList';
import { PrepareView } from './prepare/PrepareView';
import { usePreparation } from './prepare/usePreparation';
import { useFileDrop } from '../layout/useFileDrop';
import { splitZipFiles } from './zipFiles';

export interface ArchiveViewProps {
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
export function ArchiveView({ onBack }: ArchiveViewProps) {
  const messages = useMessages();
  const text = messages.archives;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const { bank: current, setBank } = useSession();
  const onIndexed = useCallback(
    (result: IndexResult, request: IndexRequest) => setBank({ bank: result.bank, schools: result.schools, request, unreadable: result.unreadable }),
    [setBank],
  );
  const { state, start: startRun, cancel, reset: resetRun } = useEngineRun(indexTask, onIndexed);
  // The archives of the run on screen (the bank's, when the view opens on a bank indexed before).
  const [request, setRequest] = useState<IndexRequest | null>(current?.request ?? null);
  const [password, setPassword] = useState(current?.request.password ?? '');
  const [skipped, setSkipped] = useState<string[]>([]);
  const [step, setStep] = useState<'bank' | 'prepare'>('bank');
  const preparation = usePreparation();
  // Other archives: back to their bank first.
  useEffect(() => setStep('bank'), [current]);

  const start = useCallback(
    (files: File[], withPassword: string) => {
      const next = { files, password: withPassword };
      setBank(null);
      setRequest(next);
      startRun(next);
    },
    [startRun, setBank],
  );
  /** The archives of the last run again, e.g. with a password. */
  const restart = (withPassword: string) => request && start(request.files, withPassword);
  const reset = () => {
    resetRun();
    setBank(null);
    setRequest(null);
  };
  const choose = useCallback(
    (files: File[]) => {
      const { archives, skipped: notZip } = splitZipFiles(files);
      setSkipped(notZip);
      if (archives.length > 0) start(archives, password);
    },
    [start, password],
  );
  const running = state.status === 'running';
  const drop = useFileDrop(choose, !running);
  const bank = running ? null : current;
  const showPicker = !running && !bank;
  const archives = bank?.request.files.map((file) => file.name) ?? [];

  if (step === 'prepare' && bank) {
    return (
      <PrepareView preparation={preparation} bank={bank} onBack={() => setStep('bank')} />
    );
  }

  return (
    <div className={mergeClasses(layout.screen, styles.view)} {...drop.handlers}>
      <Button className={styles.back} appearance="transparent" size="small" onClick={onBack}>
        ← {text.back}
      </Button>
      <Title3 as="h1" className={layout.heading}>{text.title}</Title3>
      {showPicker && <Caption1 className={layout.muted}>{text.intro}</Caption1>}

      {showPicker && state.status === 'cancelled' && (
        <MessageBar intent="info">
          <MessageBarBody>{text.cancelled}</MessageBarBody>
        </MessageBar>
      )}
      {showPicker && state.status === 'failed' && (
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
      {running && <IndexingProgress archives={request?.files.map((file) => file.name) ?? []} progress={state.progress} onCancel={cancel} />}

      {bank && (
        <>
          <div className={styles.summary} role="status">
            <Text weight="semibold">
              {text.summary(
                bank.bank.works.length,
                bank.bank.works.reduce((pages, work) => pages + work.pages, 0),
                bank.schools.length,
              )}
            </Text>
            <br />
            <Caption1 className={layout.breakWords}>{text.selected(archives)}</Caption1>
          </div>
          {bank.bank.works.length === 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{text.noWorks}</MessageBarBody>
            </MessageBar>
          )}
          {bank.bank.problems.some((problem) => PASSWORD_PROBLEMS.has(problem.problem)) && (
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
          {bank.bank.works.length > 0 && (
            <section className={styles.next} aria-label={messages.prepare.nextStep}>
              <Caption1>{messages.prepare.nextStepHint}</Caption1>
              <Button className={styles.nextButton} appearance="primary" onClick={() => setStep('prepare')}>
                {messages.prepare.nextStep}
              </Button>
            </section>
          )}
          {bank.schools.length > 0 && <SchoolList schools={bank.schools} />}
          <ProblemList problems={bank.bank.problems} showArchive={archives.length > 1} />
          <div className={styles.actions}>
            <Button onClick={reset}>{text.loadOther}</Button>
          </div>
        </>
      )}
    </div>
  );
}
