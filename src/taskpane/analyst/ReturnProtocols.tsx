import { Body1, Button, Caption1, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import { returnProtocolsTask, useEngineRun, type MergeRequest, type ReturnProgress } from '../engineRun';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { ProblemLines } from './ProblemLines';
import { ReturnedMunicipalities } from './ReturnedMunicipalities';
import { RunProgress } from './RunProgress';
import { SaveAllFiles } from './SaveAllFiles';
import { TitledNotice } from '../layout/TitledNotice';
import { localToday } from './today';
import { useNextStepStyles } from './useNextStepStyles';

export interface ReturnProtocolsProps {
  /** The merge shown: its protocols, key and scales are what goes back to the schools. */
  mergedFrom: MergeRequest;
  /** The host can save files (not Excel for Mac). */
  canSave: boolean;
}

function share(progress: ReturnProgress | null): number | undefined {
  return progress && progress.total > 0 ? progress.done / progress.total : undefined;
}

/**
 * «Вернуть протоколы» (issue 9): the dates of the return, then the ZIP per municipality built on the engine worker
 * (progress, cancel), what each municipality gets and by when, the problems, and saving the ZIPs — all at once or
 * one by one; where the host cannot save a ZIP, it says so.
 */
export function ReturnProtocols({ mergedFrom, canSave }: ReturnProtocolsProps) {
  const messages = useMessages();
  const text = messages.analystReturn;
  const layout = useLayoutStyles();
  const styles = useNextStepStyles();
  const [received, setReceived] = useState(localToday);
  const [periodEnd, setPeriodEnd] = useState('');
  const [asked, setAsked] = useState(false);
  const run = useEngineRun(returnProtocolsTask);
  const state = run.state;

  const begin = () => {
    setAsked(!received);
    if (!received) return;
    run.start({
      protocols: mergedFrom.protocols.map((protocol) => protocol.data),
      key: mergedFrom.key,
      scales: mergedFrom.scales ?? undefined,
      received,
      testPeriodEnd: periodEnd,
    });
  };

  const result = state.status === 'done' ? state.result : null;
  const zips = result?.municipalities ?? [];
  return (
    <section className={layout.section} aria-labelledby="analyst-return" data-section="return">
      <Subtitle2 as="h2" id="analyst-return" className={layout.heading}>{text.title}</Subtitle2>
      <Caption1 className={layout.muted}>{text.intro}</Caption1>
      <Field label={text.receivedLabel} hint={text.receivedHint} required validationMessage={asked ? text.needReceived : undefined}>
        <Input type="date" value={received} onChange={(_, data) => setReceived(data.value)} disabled={state.status === 'running'} data-field="received" />
      </Field>
      <Field label={text.periodEndLabel} hint={text.periodEndHint}>
        <Input type="date" value={periodEnd} onChange={(_, data) => setPeriodEnd(data.value)} disabled={state.status === 'running'} data-field="period-end" />
      </Field>
      {state.status === 'running' ? (
        <RunProgress
          status={state.progress ? text.progress(state.progress.stage, state.progress.done, state.progress.total) : text.starting}
          share={share(state.progress)}
          cancelLabel={text.cancel}
          onCancel={run.cancel}
        />
      ) : (
        <Button className={styles.start} appearance={result ? 'secondary' : 'primary'} onClick={begin}>
          {result ? text.again : text.start}
        </Button>
      )}
      {state.status === 'cancelled' && <Caption1 role="status">{text.cancelled}</Caption1>}
      {state.status === 'failed' && <Caption1 role="alert" className={styles.error}>{text.failed(state.reason)}</Caption1>}
      {result?.keyProblem && (
        <Caption1 role="alert" className={styles.error}>
          {messages.analyst.keyUnreadable(result.keyProblem === 'newer-key' ? 'newer-key' : 'not-a-key', null)}
        </Caption1>
      )}
      {result && !result.keyProblem && (
        <>
          <div className={styles.summary} role="status" data-returned={zips.length}>
            <Body1>{zips.length > 0 ? text.summary(zips.length, zips.reduce((sum, zip) => sum + zip.schools.length, 0)) : text.nothing}</Body1>
          </div>
          {canSave ? (
            zips.length > 0 && <SaveAllFiles name="returned" files={zips.map((zip) => ({ data: zip.zip, fileName: zip.fileName }))} text={text} />
          ) : (
            <TitledNotice intent="warning" title={text.macTitle} body={text.macBody} />
          )}
          <ReturnedMunicipalities municipalities={zips} canSave={canSave} />
          <ProblemLines problems={result.problems} title={text.problemsTitle} />
        </>
      )}
    </section>
  );
}
