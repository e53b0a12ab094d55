import { useCallback, useEffect, useState } from 'react';
import { prepareTask, useEngineRun, type PrepareRequest } from '../../engineRun';
import { readableArchives, useSession, type SessionBank } from '../../session';
import type { PreparedResult, Preparation, PrepareInputs } from './Preparation.types';

const INITIAL_INPUTS: PrepareInputs = { sheets: [], experts: null, seed: 1, deadline: '' };

/**
 * The preparation: the coordinator's inputs and one engine run on the archives of the session's bank. The key
 * of a finished run goes to the session. When the bank changes, a result (or a run) of the old one is dropped.
 */
export function usePreparation(): Preparation {
  const session = useSession();
  const { bank, setKey } = session;
  const [inputs, setInputState] = useState<PrepareInputs>(INITIAL_INPUTS);
  const onDone = useCallback(
    (result: PreparedResult, request: PrepareRequest) => setKey({ workbook: result.keyWorkbook, archives: request.archives.map((file) => file.name) }),
    [setKey],
  );
  const run = useEngineRun(prepareTask, onDone);
  const { start: startRun, reset } = run;

  const setInputs = useCallback((change: Partial<PrepareInputs>) => setInputState((current) => ({ ...current, ...change })), []);

  const start = useCallback(() => {
    const request = bank && prepareRequest(bank, inputs);
    if (request) startRun(request);
  }, [bank, inputs, startRun]);

  useEffect(() => reset(), [bank, reset]);

  return { inputs, setInputs, state: run.state, start, cancel: run.cancel, edit: reset };
}

function prepareRequest(bank: SessionBank, inputs: PrepareInputs): PrepareRequest | null {
  if (!inputs.experts) return null;
  return {
    archives: readableArchives(bank),
    bank: bank.bank,
    password: bank.request.password,
    sheets: inputs.sheets,
    experts: inputs.experts,
    seed: inputs.seed,
    deadline: inputs.deadline,
    copies: inputs.copies,
    share: inputs.copies === 2 && inputs.sharePercent !== undefined ? inputs.sharePercent / 100 : undefined,
  };
}
