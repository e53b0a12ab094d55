/**
 * The requirement sets the expert's pane needs, asked of the host (`isSetSupported`) before the first call:
 * ExcelApi 1.8 is the minimum (Microsoft 365 / Office 2021); worksheet events need 1.7, which 1.8 includes —
 * still checked by name, so that a host that lies about one is named plainly.
 */
import { getHostInfo, isExcelApiSupported } from '../host';
import { failure, type ExcelResult } from './failures';

export interface Requirement {
  set: 'ExcelApi';
  version: string;
  /** What stops working without it, in Russian. */
  feature: string;
}

export const REQUIREMENTS: readonly Requirement[] = Object.freeze([
  { set: 'ExcelApi', version: '1.8', feature: 'чтение протокола, отметка о завершении, новая книга из примера' },
  { set: 'ExcelApi', version: '1.7', feature: 'показ работы при выборе строки и проверка при вводе (события листа)' },
]);

function hasExcel(): boolean {
  return typeof Excel !== 'undefined' && typeof Excel.run === 'function';
}

/** The last answer and the host it was for: a host's requirement sets do not change while the pane runs. */
let answered: { office: unknown; excel: unknown; result: ExcelResult<{ eventsSupported: true }> } | null = null;

/** `ok` when every requirement is met; otherwise the missing sets and what they are for. Never throws. */
export function checkRequirements(): ExcelResult<{ eventsSupported: true }> {
  const office = typeof Office === 'undefined' ? undefined : Office;
  const excel = typeof Excel === 'undefined' ? undefined : Excel;
  if (answered && answered.office === office && answered.excel === excel) return answered.result;
  const result = askHost();
  answered = { office, excel, result };
  return result;
}

function askHost(): ExcelResult<{ eventsSupported: true }> {
  if (getHostInfo().host !== 'excel' || !hasExcel()) return failure('not-in-excel');
  const missing = REQUIREMENTS.filter((requirement) => !isExcelApiSupported(requirement.version));
  if (missing.length === 0) return { ok: true, value: { eventsSupported: true } };
  return failure('missing-requirements', {
    missing: missing.map((requirement) => `${requirement.set} ${requirement.version} — ${requirement.feature}`),
  });
}
