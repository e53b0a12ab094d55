/**
 * What the analyst's summary needs of the host, asked by name before the first call (ExcelApi 1.8 is the pane's
 * minimum, which includes these; a host that says otherwise is named plainly with what stops working).
 */
import { getHostInfo, isExcelApiSupported } from '../host';
import { failure, type ExcelResult } from './failures';
import type { Requirement } from './requirements';

export const SUMMARY_REQUIREMENTS: readonly Requirement[] = Object.freeze([
  { set: 'ExcelApi', version: '1.2', feature: 'диаграммы как картинки для справки (Chart.getImage)' },
  { set: 'ExcelApi', version: '1.4', feature: 'пометка листов сводки (именованные диапазоны)' },
  { set: 'ExcelApi', version: '1.6', feature: 'выделение школ с флагами (условное форматирование)' },
  { set: 'ExcelApi', version: '1.7', feature: 'закрепление заголовков, чтение пометок листов' },
]);

/** `ok` when the host can write the summary; otherwise the missing sets and what they are for. Never throws. */
export function checkSummaryRequirements(): ExcelResult<true> {
  if (getHostInfo().host !== 'excel' || typeof Excel === 'undefined' || typeof Excel.run !== 'function') return failure('not-in-excel');
  const missing = SUMMARY_REQUIREMENTS.filter((requirement) => !isExcelApiSupported(requirement.version));
  if (missing.length === 0) return { ok: true, value: true };
  return failure('missing-requirements', { missing: missing.map((r) => `${r.set} ${r.version} — ${r.feature}`) });
}
