import { Body1, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import type { FullCheck } from './protocolState';

export interface FinishSectionProps {
  /** Problems known now (live): «Завершить» needs none. */
  problems: number;
  rows: number;
  check: FullCheck | null;
  completedAt: string | null;
  /** The completion mark of this time was cleared by an edit after finishing. */
  completionCleared?: string | null;
  onCheck: () => Promise<unknown>;
  onFinish: () => Promise<unknown>;
}

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  steps: { margin: '0', paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** `2026-12-01T09:30:00Z` in the pane's time zone: `01.12.2026, 17:30`. */
function when(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

/** «Проверить протокол», «Завершить», and what to do next once finished. */
export function FinishSection({ problems, rows, check, completedAt, completionCleared = null, onCheck, onFinish }: FinishSectionProps) {
  const messages = useMessages();
  const text = messages.expert.finish;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [busy, setBusy] = useState<'check' | 'finish' | null>(null);
  const run = (kind: 'check' | 'finish', action: () => Promise<unknown>) => {
    setBusy(kind);
    void action().finally(() => setBusy(null));
  };
  const canFinish = problems === 0 && rows > 0 && busy === null;

  return (
    <section className={layout.section} aria-label={text.title}>
      <Subtitle2 as="h2" className={layout.heading}>{text.title}</Subtitle2>
      <div className={styles.actions}>
        <Button disabled={busy !== null} onClick={() => run('check', onCheck)}>
          {busy === 'check' ? text.checking : text.check}
        </Button>
        <Button appearance="primary" disabled={!canFinish} onClick={() => run('finish', onFinish)}>
          {busy === 'finish' ? text.finishing : text.finish}
        </Button>
      </div>
      {!canFinish && busy === null && !completedAt && <Caption1 className={layout.muted}>{text.finishHint}</Caption1>}
      {check && (
        <Body1 role="status" data-check={check.problems === 0 ? 'clean' : 'problems'}>
          {check.problems === 0 ? text.checkedClean(check.rows, check.works) : text.checkedProblems(check.problems)}
        </Body1>
      )}
      {completionCleared && !completedAt && (
        <MessageBar intent="warning" layout="multiline" data-completion-cleared={completionCleared}>
          <MessageBarBody>{text.completionCleared(when(completionCleared, messages.language))}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1 className={layout.muted}>{text.checksumNote}</Caption1>
      {completedAt && (
        <MessageBar intent="success" layout="multiline" data-completed={completedAt}>
          <MessageBarBody>
            <MessageBarTitle>{text.finished(when(completedAt, messages.language))}</MessageBarTitle>
            <div className={layout.paragraph}>{text.nextStepsTitle}:</div>
            <ol className={styles.steps}>
              {text.nextSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
