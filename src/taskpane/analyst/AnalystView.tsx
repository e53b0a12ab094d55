import { Button, Caption1, MessageBar, MessageBarBody, ProgressBar, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { canSaveFiles } from '../coordinator/prepare/saveFile';
import { useMessages } from '../i18n';
import { useFileDrop } from '../layout/useFileDrop';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { useSession } from '../session';
import { AnalystForm, type AnalystInputs } from './AnalystForm';
import { AnalystResult } from './AnalystResult';
import { protocolFiles, withAdded } from './protocolFiles';
import { useAnalystMerge } from './useAnalystMerge';

export interface AnalystViewProps {
  onBack: () => void;
}

const useStyles = makeStyles({
  view: { minHeight: '100vh' },
  back: { alignSelf: 'flex-start', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  start: { width: '100%' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const EMPTY: AnalystInputs = { protocols: [], key: null, scales: null, region: '', centre: '', period: '' };

/**
 * The analyst's screen (issue 8): returned protocols and the key in, the merge on the engine worker with progress
 * and cancel, the summary sheets and native charts written into the open workbook, the report saved as `.docx`.
 * The inputs stay after a merge: protocols that come in later are added and merged again.
 */
export function AnalystView({ onBack }: AnalystViewProps) {
  const messages = useMessages();
  const text = messages.analyst;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const { host } = useSession();
  const inExcel = host.host === 'excel';
  const [inputs, setInputs] = useState<AnalystInputs>(EMPTY);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [asked, setAsked] = useState<string | null>(null);
  const { merge, start, outcome, write, report, saveReport } = useAnalystMerge(inExcel);
  const running = merge.state.status === 'running';

  const change = useCallback((part: Partial<AnalystInputs>) => setInputs((current) => ({ ...current, ...part })), []);
  const addProtocols = useCallback((files: File[]) => {
    const { accepted, skipped: notProtocols } = protocolFiles(files);
    setSkipped(notProtocols);
    setInputs((current) => ({ ...current, protocols: withAdded(current.protocols, accepted) }));
  }, []);
  const drop = useFileDrop(addProtocols, !running);

  const begin = () => {
    if (inputs.protocols.length === 0) return setAsked(text.needProtocols);
    if (!inputs.key) return setAsked(text.needKey);
    setAsked(null);
    start({
      protocols: inputs.protocols,
      key: inputs.key,
      scales: inputs.scales,
      language: messages.language,
      metadata: { region: inputs.region || '—', centre: inputs.centre || '—', testPeriod: inputs.period || '—', date: new Date().toISOString().slice(0, 10) },
    });
  };

  const progress = merge.state.status === 'running' ? merge.state.progress : null;
  return (
    <div className={`${layout.screen} ${styles.view}`} {...drop.handlers}>
      <Button className={styles.back} appearance="subtle" size="small" onClick={onBack} disabled={running}>
        ← {text.back}
      </Button>
      <Title3 as="h1" className={layout.heading}>{text.title}</Title3>
      <Caption1 className={layout.muted}>{text.intro}</Caption1>
      {!inExcel && (
        <MessageBar intent="info">
          <MessageBarBody>{text.outsideExcel}</MessageBarBody>
        </MessageBar>
      )}
      <AnalystForm inputs={inputs} onChange={change} onProtocols={addProtocols} skipped={skipped} dragging={drop.dragging} />
      <section className={layout.section}>
        {running ? (
          <>
            <ProgressBar />
            <Text role="status">{progress ? text.progress(progress.done, progress.given) : text.starting}</Text>
            <Button onClick={merge.cancel}>{text.cancel}</Button>
          </>
        ) : (
          <Button className={styles.start} appearance="primary" size="large" onClick={begin}>
            {outcome ? text.again : text.start}
          </Button>
        )}
        {asked && (
          <Caption1 role="alert" className={styles.error}>
            {asked}
          </Caption1>
        )}
        {merge.state.status === 'cancelled' && <Caption1 role="status">{text.cancelled}</Caption1>}
        {merge.state.status === 'failed' && <Caption1 role="alert" className={styles.error}>{text.failed(merge.state.reason)}</Caption1>}
        {outcome && !outcome.ok && (
          <Caption1 role="alert" className={styles.error}>
            {text.keyUnreadable(outcome.key.problem, 'reason' in outcome.key ? (outcome.key.reason ?? null) : null)}
          </Caption1>
        )}
      </section>
      {outcome?.ok && !running && (
        <AnalystResult outcome={outcome} write={write} report={report} canSave={canSaveFiles(host)} onSaveReport={() => void saveReport()} />
      )}
    </div>
  );
}
