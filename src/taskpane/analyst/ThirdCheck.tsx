import { Button, Caption1, Field, Input, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { FilePickButton } from '../coordinator/prepare/FilePickButton';
import { prepareAdjudicationTask, useEngineRun, type MergeRequest } from '../engineRun';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { RunProgress } from './RunProgress';
import { ThirdCheckResult } from './ThirdCheckResult';
import { useNextStepStyles } from './useNextStepStyles';

export interface ThirdCheckProps {
  /** Works whose two experts differ substantially (the merge's `awaiting-third`). */
  awaiting: number;
  mergedFrom: MergeRequest;
  canSave: boolean;
}

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/**
 * «Подготовить третью проверку» (issue 11): the earlier rounds' packages (the scans come from them), then the round-3
 * packages and the key with round 3 built on the engine worker (progress, cancel), what went to whom, and saving it all.
 */
export function ThirdCheck({ awaiting, mergedFrom, canSave }: ThirdCheckProps) {
  const messages = useMessages();
  const text = messages.thirdCheck;
  const layout = useLayoutStyles();
  const styles = { ...useStyles(), ...useNextStepStyles() };
  const [packages, setPackages] = useState<File[]>([]);
  const [deadline, setDeadline] = useState('');
  const [asked, setAsked] = useState(false);
  const run = useEngineRun(prepareAdjudicationTask);
  const state = run.state;

  const begin = () => {
    setAsked(packages.length === 0);
    if (packages.length === 0) return;
    run.start({ protocols: mergedFrom.protocols.map((protocol) => protocol.data), key: mergedFrom.key, earlierPackages: packages, deadline });
  };

  const result = state.status === 'done' ? state.result : null;
  const running = state.status === 'running';
  return (
    <section className={layout.section} aria-labelledby="analyst-third" data-section="third-check">
      <Subtitle2 as="h2" id="analyst-third" className={layout.heading}>{text.title}</Subtitle2>
      <Caption1>{text.intro(awaiting)}</Caption1>
      <Caption1 className={layout.muted}>{text.packagesHint}</Caption1>
      <div className={styles.actions}>
        <FilePickButton name="earlier-packages" accept=".zip" multiple appearance={packages.length > 0 ? 'secondary' : 'primary'} onFiles={setPackages}>
          {text.choosePackages}
        </FilePickButton>
        {packages.length > 0 && <Text data-earlier-packages={packages.length}>{text.packagesChosen(packages.length)}</Text>}
      </div>
      {asked && packages.length === 0 && <Caption1 role="alert" className={styles.error}>{text.needPackages}</Caption1>}
      <Field label={text.deadlineLabel}>
        <Input type="date" value={deadline} onChange={(_, data) => setDeadline(data.value)} disabled={running} data-field="third-deadline" />
      </Field>
      {running ? (
        <RunProgress status={state.progress === null ? text.starting : text.progress(state.progress)} cancelLabel={text.cancel} onCancel={run.cancel} />
      ) : (
        <Button className={styles.start} appearance={result ? 'secondary' : 'primary'} onClick={begin}>
          {result ? text.again : text.start}
        </Button>
      )}
      {state.status === 'cancelled' && <Caption1 role="status">{text.cancelled}</Caption1>}
      {state.status === 'failed' && <Caption1 role="alert" className={styles.error}>{text.failed(state.reason)}</Caption1>}
      {result && !result.keyRead && <Caption1 role="alert" className={styles.error}>{messages.analyst.keyUnreadable('not-a-key', null)}</Caption1>}
      {result?.keyRead && <ThirdCheckResult result={result} canSave={canSave} />}
    </section>
  );
}
