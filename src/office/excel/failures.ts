/**
 * Expected failures of the Excel adapter as data: a stable code, the host's own code and words when it gave
 * them, and a Russian message for the person. `OfficeExtension.Error` is read by its stable `code`, never by
 * its message. Bugs (a wrong address built by our own code) still throw.
 */

export type ExcelProblem =
  /** Not running in Excel: a plain browser page, another Office application. */
  | 'not-in-excel'
  /** The host lacks a requirement set the feature needs (see `missing`). */
  | 'missing-requirements'
  /** The workbook has no hidden `recheck` sheet with the protocol marker. */
  | 'not-a-protocol'
  /** A protocol of another format version. */
  | 'wrong-version'
  /** The hidden sheet is there but the `Протокол` sheet is gone (renamed or deleted). */
  | 'no-protocol-sheet'
  /** The active cell is on another sheet. */
  | 'not-on-protocol-sheet'
  /** The active cell is on the header or below the last work. */
  | 'outside-grid'
  /** A cell is being edited: Excel refuses API calls until Enter or Esc. */
  | 'cell-edit-mode'
  /** The sheet is protected with a password, so the add-in cannot write its note. */
  | 'sheet-protected'
  /** More than Excel accepts in one request (Excel on the web: 5 MB). */
  | 'too-large'
  /** Anything else the host reported. */
  | 'excel-error';

export interface ExcelFailure {
  ok: false;
  problem: ExcelProblem;
  message: string;
  /** `OfficeExtension.Error.code` when the host gave one. */
  code: string | null;
  /** The host's own words, for the person who asks IT for help. */
  detail: string | null;
  /** For `missing-requirements`: e.g. `ExcelApi 1.8`. */
  missing?: string[];
}

export type ExcelResult<T> = { ok: true; value: T } | ExcelFailure;

export interface ProblemDetails {
  missing?: string[];
  sheet?: string;
  version?: string;
  detail?: string | null;
}

export function excelProblemMessage(problem: ExcelProblem, details: ProblemDetails = {}): string {
  switch (problem) {
    case 'not-in-excel':
      return 'Панель открыта не в Excel: книга-протокол недоступна. Откройте протокол в Excel и запустите «Перепроверку» там.';
    case 'missing-requirements':
      return `Эта версия Excel не поддерживает нужные возможности (${(details.missing ?? []).join(', ')}). Нужен Microsoft 365 или Office 2021 и новее.`;
    case 'not-a-protocol':
      return 'Эта книга — не протокол перепроверки: в ней нет служебного листа пакета.';
    case 'wrong-version':
      return `Протокол создан в другой версии Recheck (формат ${details.version ?? '?'}). Обновите надстройку или попросите координатора выдать протокол заново.`;
    case 'no-protocol-sheet':
      return `В книге нет листа «${details.sheet ?? 'Протокол'}»: он переименован или удалён. Верните исходное имя листа или попросите координатора выдать протокол заново.`;
    case 'not-on-protocol-sheet':
      return `Активная ячейка не на листе «${details.sheet ?? 'Протокол'}». Перейдите на этот лист и выберите ячейку в строке работы.`;
    case 'outside-grid':
      return 'Активная ячейка вне таблицы работ. Выберите ячейку в строке с заданием работы.';
    case 'cell-edit-mode':
      return 'Excel ждёт окончания ввода в ячейку. Нажмите Enter или Esc и повторите.';
    case 'sheet-protected':
      return `Лист «${details.sheet ?? ''}» защищён паролем, и панель не может сделать отметку. Снимите защиту этого листа или попросите координатора выдать протокол заново.`;
    case 'too-large':
      return 'Слишком большой запрос к Excel. Повторите; если не поможет, сохраните книгу и откройте её снова.';
    case 'excel-error':
      return `Excel не выполнил действие${details.detail ? `: ${details.detail}` : ''}. Повторите; если не поможет, сохраните книгу и откройте её снова.`;
  }
}

export function failure(problem: ExcelProblem, details: ProblemDetails = {}, code: string | null = null): ExcelFailure {
  const result: ExcelFailure = { ok: false, problem, message: excelProblemMessage(problem, details), code, detail: details.detail ?? null };
  if (details.missing) result.missing = details.missing;
  return result;
}

const PROBLEM_BY_CODE: Record<string, ExcelProblem> = {
  InvalidOperationInCellEditMode: 'cell-edit-mode',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  PayloadTooLarge: 'too-large',
  ApiNotFound: 'missing-requirements',
};

function stringField(value: unknown, name: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const field = (value as Record<string, unknown>)[name];
  return typeof field === 'string' && field !== '' ? field : null;
}

/**
 * What the host threw, as our failure. `AccessDenied` while writing the hidden sheet means its protection:
 * the caller says which sheet through `protectedSheet`.
 */
export function failureFromError(error: unknown, protectedSheet?: string): ExcelFailure {
  const code = stringField(error, 'code');
  const detail = stringField(error, 'message') ?? (typeof error === 'string' ? error : null);
  if (code === 'AccessDenied' && protectedSheet !== undefined) return failure('sheet-protected', { sheet: protectedSheet, detail }, code);
  return failure((code && PROBLEM_BY_CODE[code]) || 'excel-error', { detail }, code);
}
