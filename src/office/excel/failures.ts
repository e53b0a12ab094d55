/**
 * Expected failures of the Excel adapter as data: a stable code with its details, and the host's own code and
 * words when it gave them. No text for a person is built here: the pane words a failure in its language
 * (`excelProblem` in src/taskpane/i18n). `OfficeExtension.Error` is read by its stable `code`, never by its
 * message. Bugs (a wrong address built by our own code) still throw.
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
  /** A sheet the summary writes (`Свод`, …) already exists and is the analyst's own: it is never overwritten. */
  | 'sheet-name-taken'
  /** More than Excel accepts in one request (Excel on the web: 5 MB). */
  | 'too-large'
  /** Anything else the host reported. */
  | 'excel-error';

export interface ExcelFailure {
  ok: false;
  problem: ExcelProblem;
  /** For `no-protocol-sheet`, `not-on-protocol-sheet`, `sheet-protected`, `sheet-name-taken`: the sheet concerned. */
  sheet?: string;
  /** For `wrong-version`: the format version the workbook declares. */
  version?: string;
  /** `OfficeExtension.Error.code` when the host gave one. */
  code: string | null;
  /** The host's own words, for the person who asks IT for help. */
  detail: string | null;
  /** For `missing-requirements`: e.g. `ExcelApi 1.8`. */
  missing?: string[];
}

export type ExcelResult<T> = { ok: true; value: T } | ExcelFailure;

export interface FailureDetails {
  missing?: string[];
  sheet?: string;
  version?: string;
  detail?: string | null;
}

export function failure(problem: ExcelProblem, details: FailureDetails = {}, code: string | null = null): ExcelFailure {
  const result: ExcelFailure = { ok: false, problem, code, detail: details.detail ?? null };
  if (details.missing) result.missing = details.missing;
  if (details.sheet !== undefined) result.sheet = details.sheet;
  if (details.version !== undefined) result.version = details.version;
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
