import { useCallback, useEffect, useRef, useState } from 'react';
import { preparePackages } from '../../../engine';
import { errorText } from '../indexingErrors';
import type { Preparation, PreparationState, PrepareInputs, PrepareProgress, PrepareSource, ReadyPackage } from './Preparation.types';
import { preparedResult, readyPackage } from './preparedResult';

/** At most this often (ms) the progress line is re-rendered; a stage's last report always is. */
const PROGRESS_INTERVAL = 100;

const INITIAL_INPUTS: PrepareInputs = { sheets: [], experts: null, seed: 1, deadline: '' };

/**
 * The preparation's logic: the coordinator's inputs, one run of the engine's `preparePackages` at a time with
 * its progress and an AbortController behind "Cancel", and the result with every package kept as a Blob.
 * `source` is the archives of the bank on screen; when it changes, a result of the old archives is dropped.
 */
export function usePreparation(source: PrepareSource | null): Preparation {
  const [inputs, setInputState] = useState<PrepareInputs>(INITIAL_INPUTS);
  const [state, setState] = useState<PreparationState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const run = useRef(0);

  const setInputs = useCallback((change: Partial<PrepareInputs>) => setInputState((current) => ({ ...current, ...change })), []);

  const stop = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    run.current += 1;
  }, []);

  const start = useCallback(() => {
    if (!source || !inputs.experts) return;
    controller.current?.abort();
    const thisRun = ++run.current;
    const abort = new AbortController();
    controller.current = abort;
    const packages: ReadyPackage[] = [];
    let lastRender = 0;
    let lastStage = '';
    setState({ status: 'running', progress: null });

    const onProgress = (progress: PrepareProgress) => {
      if (thisRun !== run.current) return;
      const now = Date.now();
      const stageChanged = progress.stage !== lastStage;
      const stageDone = progress.total > 0 && progress.done >= progress.total;
      if (!stageChanged && !stageDone && now - lastRender < PROGRESS_INTERVAL) return;
      lastRender = now;
      lastStage = progress.stage;
      setState({ status: 'running', progress: { ...progress } });
    };

    preparePackages(
      {
        archives: source.files.map((file) => ({ name: file.name, data: file })),
        bank: source.bank,
        password: source.password || undefined,
        extraSheets: inputs.sheets.map((file) => ({ name: file.name, data: file })),
        experts: { name: inputs.experts.name, data: inputs.experts },
        seed: inputs.seed,
        deadline: inputs.deadline || undefined,
        onProgress,
        signal: abort.signal,
      },
      async (pkg) => {
        packages.push(readyPackage(pkg));
      },
    ).then(
      (result) => {
        if (thisRun !== run.current) return;
        // A cancel that came after the last check of the signal still means "cancelled".
        setState(abort.signal.aborted ? { status: 'cancelled' } : { status: 'done', result: preparedResult(result, packages, source.files.length) });
      },
      (error: unknown) => {
        if (thisRun !== run.current) return;
        setState(abort.signal.aborted ? { status: 'cancelled' } : { status: 'failed', reason: errorText(error) });
      },
    );
  }, [source, inputs]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  const edit = useCallback(() => {
    stop();
    setState({ status: 'idle' });
  }, [stop]);

  // Other archives: a result (or a run) of the old ones no longer applies; the inputs stay.
  useEffect(() => {
    stop();
    setState({ status: 'idle' });
  }, [source, stop]);

  // Leaving the view stops a run that is still going.
  useEffect(() => () => controller.current?.abort(), []);

  return { inputs, setInputs, state, start, cancel, edit };
}
