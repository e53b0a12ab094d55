/**
 * The school's flow: a returned check protocol → the open form read → what would be written (shown) → written
 * after the person asks (and, where cells hold other values, confirms overwriting them).
 */
import { useCallback, useState } from 'react';
import { checkedWorks, checkProtocolChecksum, formGridWrites, readCheckProtocol, writtenValue, type FormGridWrites } from '../../engine';
import { readOpenForm, writeFormScores } from '../../office/excel';

export type FormFillState =
  | { stage: 'idle' }
  | { stage: 'reading' }
  | { stage: 'refused'; reason: 'not-a-protocol' | 'tampered' | 'no-form' | 'excel' ; detail?: string }
  | { stage: 'planned'; sheetName: string; plan: FormGridWrites; protocolFile: string }
  | { stage: 'writing'; sheetName: string; plan: FormGridWrites; protocolFile: string }
  | { stage: 'written'; cells: number }
  | { stage: 'failed'; detail: string };

export function useFormFill() {
  const [state, setState] = useState<FormFillState>({ stage: 'idle' });

  const choose = useCallback(async (file: File) => {
    setState({ stage: 'reading' });
    const read = await readCheckProtocol(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return setState({ stage: 'refused', reason: 'not-a-protocol' });
    if ((await checkProtocolChecksum(read.protocol.identity)) !== read.protocol.checksum) return setState({ stage: 'refused', reason: 'tampered' });
    const form = await readOpenForm();
    if (!form.ok) return setState({ stage: 'refused', reason: 'excel', detail: form.detail ?? form.problem });
    if (!form.value) return setState({ stage: 'refused', reason: 'no-form' });
    const plan = formGridWrites(form.value.grid, form.value.values, checkedWorks(read.protocol).works);
    setState({ stage: 'planned', sheetName: form.value.sheetName, plan, protocolFile: file.name });
  }, []);

  const write = useCallback(async () => {
    if (state.stage !== 'planned') return;
    setState({ ...state, stage: 'writing' });
    const result = await writeFormScores(state.sheetName, state.plan.writes.map((w) => ({ row: w.row, column: w.column, value: writtenValue(w) })));
    setState(result.ok ? { stage: 'written', cells: result.value } : { stage: 'failed', detail: result.detail ?? result.problem });
  }, [state]);

  return { state, choose, write, reset: () => setState({ stage: 'idle' }) };
}
