/**
 * Putting a workbook file into Excel: `Excel.createWorkbook(base64)` (ExcelApi 1.8) opens the bytes of an
 * `.xlsx` as a new, unsaved workbook window. The engine builds the file (ExcelJS); this module only hands it over.
 *
 * Expected failures come back as data, never as a throw: not inside Excel, an Excel without ExcelApi 1.8, a
 * cell being edited, a request too large for Excel on the web, a refusal by the host. `OfficeExtension.Error`
 * codes are read by their stable string (`error.code`), not by the message.
 */
import { getHostInfo, isExcelApiSupported } from './host';

/** What went wrong, as a code the pane words. */
export type OpenWorkbookProblem =
  /** Not running in Excel (a plain browser page, another Office application). */
  | 'not-in-excel'
  /** Excel without ExcelApi 1.8 (`Excel.createWorkbook`), or a host that does not implement it. */
  | 'unsupported'
  /** A cell is being edited: Excel refuses API calls until the edit is finished (Enter or Esc). */
  | 'cell-edit-mode'
  /** The workbook is over what the host accepts in one request (Excel on the web: about 5 MB). */
  | 'too-large'
  /** The host or an administrator's policy refused to open a new workbook. */
  | 'access-denied'
  /** Anything else the host reported; `code` and `detail` say what. */
  | 'failed';

export type OpenWorkbookResult =
  | { ok: true }
  | {
      ok: false;
      problem: OpenWorkbookProblem;
      /** `OfficeExtension.Error.code` when the host gave one (e.g. `GeneralException`). */
      code: string | null;
      /** The host's own message, for the person who asks IT for help. */
      detail: string | null;
    };

/** ExcelApi version of `Excel.createWorkbook`. */
export const CREATE_WORKBOOK_API = '1.8';

/** Bytes per `btoa` call: a multiple of 3, so the chunks' base64 texts join without padding in between. */
const BASE64_CHUNK = 3 * 16 * 1024;
/** Arguments per `String.fromCharCode` call: far below any engine's limit on arguments. */
const CHAR_CODES_PER_CALL = 8 * 1024;

/**
 * Base64 of any number of bytes. Chunked: `String.fromCharCode(...bytes)` over megabytes overflows the call
 * stack, and one giant binary string doubles the memory a workbook takes.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += BASE64_CHUNK) {
    const chunk = bytes.subarray(start, Math.min(start + BASE64_CHUNK, bytes.length));
    let binary = '';
    for (let index = 0; index < chunk.length; index += CHAR_CODES_PER_CALL) {
      binary += String.fromCharCode.apply(null, chunk.subarray(index, index + CHAR_CODES_PER_CALL) as unknown as number[]);
    }
    parts.push(btoa(binary));
  }
  return parts.join('');
}

const PROBLEM_BY_CODE: Record<string, OpenWorkbookProblem> = {
  InvalidOperationInCellEditMode: 'cell-edit-mode',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  PayloadTooLarge: 'too-large',
  AccessDenied: 'access-denied',
  ApiNotFound: 'unsupported',
  NotImplemented: 'unsupported',
  UnsupportedOperation: 'unsupported',
  UnsupportedFeature: 'unsupported',
};

function stringField(value: unknown, name: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const field = (value as Record<string, unknown>)[name];
  return typeof field === 'string' && field ? field : null;
}

/** An `OfficeExtension.Error` (or anything thrown) as our result. */
export function openWorkbookFailure(error: unknown): OpenWorkbookResult {
  const code = stringField(error, 'code');
  const detail = stringField(error, 'message') ?? (typeof error === 'string' ? error : null);
  return { ok: false, problem: (code && PROBLEM_BY_CODE[code]) || 'failed', code, detail };
}

function hasCreateWorkbook(): boolean {
  return typeof Excel !== 'undefined' && typeof Excel.createWorkbook === 'function';
}

/** Opens the bytes of an `.xlsx` as a new workbook in Excel. Never throws. */
export async function openWorkbook(bytes: Uint8Array): Promise<OpenWorkbookResult> {
  if (getHostInfo().host !== 'excel') return { ok: false, problem: 'not-in-excel', code: null, detail: null };
  if (!isExcelApiSupported(CREATE_WORKBOOK_API) || !hasCreateWorkbook()) return { ok: false, problem: 'unsupported', code: null, detail: null };
  try {
    await Excel.createWorkbook(bytesToBase64(bytes));
    return { ok: true };
  } catch (error) {
    return openWorkbookFailure(error);
  }
}
