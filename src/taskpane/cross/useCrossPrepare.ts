import { useCallback, useMemo, useState } from 'react';
import { crossPlanTask, crossPrepareTask, useEngineRun, type CrossPlanRequest, type CrossPlanView } from '../engineRun';
import { overridesOf, seedOf, typedCounts, type ChosenCheckers, type TypedCounts } from './crossPrepareModel';

/** The CLI's default seed, so the pane and `recheck cross prepare` without `--seed` route alike. */
export const DEFAULT_CROSS_SEED = 1;

/**
 * The coordinator's cross-check preparation: the archives and blank forms, the counts typed over the letters,
 * the hand-made pairs, seed and deadline; the plan (the archives read once, then re-planned from the same bank)
 * and the packages, both runs on the engine worker with progress and cancel.
 */
export function useCrossPrepare() {
  const [archives, setArchives] = useState<File[]>([]);
  const [password, setPassword] = useState('');
  const [forms, setForms] = useState<File[]>([]);
  const [typed, setTyped] = useState<TypedCounts>({});
  const [chosen, setChosen] = useState<ChosenCheckers>({});
  const [seedText, setSeedText] = useState(String(DEFAULT_CROSS_SEED));
  const [deadline, setDeadline] = useState('');
  const [plan, setPlan] = useState<CrossPlanView | null>(null);
  /** What the shown plan was computed from; the plan is stale when the inputs differ. */
  const [plannedFrom, setPlannedFrom] = useState('');

  const onPlanned = useCallback((result: CrossPlanView, request: CrossPlanRequest) => {
    setPlan(result);
    setPlannedFrom(inputsKey(request));
  }, []);
  const planRun = useEngineRun(crossPlanTask, onPlanned);
  const prepareRun = useEngineRun(crossPrepareTask);

  const request = useCallback(
    (over: { archives?: File[]; forms?: File[]; chosen?: ChosenCheckers; fresh?: boolean } = {}): CrossPlanRequest => {
      return {
        archives: over.archives ?? archives,
        password,
        forms: over.forms ?? forms,
        bank: over.fresh ? undefined : plan?.bank,
        counts: typedCounts(typed),
        overrides: overridesOf(over.fresh ? [] : (plan?.schools ?? []), over.chosen ?? chosen),
        seed: seedOf(seedText, DEFAULT_CROSS_SEED),
        deadline,
      };
    },
    [archives, password, forms, plan, typed, chosen, seedText, deadline],
  );

  const chooseArchives = useCallback((files: File[]) => {
    setArchives(files);
    setPlan(null);
    prepareRun.reset();
    planRun.start(request({ archives: files, fresh: true }));
  }, [planRun, prepareRun, request]);

  const chooseForms = useCallback((files: File[]) => {
    setForms(files);
    if (archives.length > 0) planRun.start(request({ forms: files }));
  }, [archives, planRun, request]);

  const typeCount = useCallback((key: string, text: string) => setTyped((current) => ({ ...current, [key]: text })), []);

  const chooseChecker = useCallback((key: string, checker: string) => {
    const next = { ...chosen, [key]: checker };
    if (!checker) delete next[key];
    setChosen(next);
    planRun.start(request({ chosen: next }));
  }, [chosen, planRun, request]);

  const replan = useCallback(() => planRun.start(request()), [planRun, request]);
  const prepare = useCallback(() => planRun.state.status !== 'running' && prepareRun.start(request()), [planRun.state.status, prepareRun, request]);

  const stale = useMemo(() => plan !== null && inputsKey(request()) !== plannedFrom, [plan, plannedFrom, request]);

  return {
    archives, password, setPassword, forms, typed, chosen, seedText, setSeedText, deadline, setDeadline, plan, stale,
    planRun, prepareRun, chooseArchives, chooseForms, typeCount, chooseChecker, replan, prepare,
  };
}

/** What a plan depends on besides the files: the counts, the pairs, the seed, the deadline. */
function inputsKey(request: CrossPlanRequest): string {
  return JSON.stringify([request.counts, request.overrides, request.seed, request.deadline]);
}
