/**
 * Reading a returned check protocol: its hidden identity, the files and task headers the checksum covers, and
 * the commission's rows. Columns are found by header text, so a protocol re-saved by Excel or LibreOffice (or
 * with columns widened, rows sorted) reads the same. Integrity is judged here as the merge judges the expert
 * protocol: checksum over the prefilled identity, signature with the coordinator's secret.
 */
import ExcelJS from 'exceljs';
import type { ProblemFacts } from '../problems';
import { canonicalText } from '../protocol/canonical';
import { plainCellValue } from '../protocol/cellValues';
import type { CellInput } from '../protocol/types';
import { parseTaskHeader } from '../scoreSheets/headers';
import type { Task } from '../scores';
import { CHECK_COLUMNS, CHECK_META_KEYS, CHECK_PROTOCOL_MARKER, CHECK_PROTOCOL_VERSION, CHECK_SHEETS, FILE_COLUMNS } from './checkProtocolLayout';
import { checkProtocolChecksum, checkProtocolSignature, type CheckProtocolIdentity } from './checkProtocolDigest';

export interface CheckProtocolRow {
  sheetRow: number;
  file: string;
  first: CellInput;
  last: CellInput;
  code: CellInput;
  variant: CellInput;
  /** By task label, as typed. */
  scores: Record<string, CellInput>;
}

export interface ReadCheckProtocol {
  packageId: string;
  checker: string;
  subject: string;
  grade: number;
  createdAt: string;
  checksum: string;
  signature: string;
  identity: CheckProtocolIdentity;
  tasks: Task[];
  files: { file: string; pages: number; works: number | null }[];
  rows: CheckProtocolRow[];
  /** Sheet name for cell references. */
  sheetName: string;
  /** Column letter of each task (for cell references in problems). */
  taskColumns: Record<string, number>;
}

export type CheckProtocolReading =
  | { ok: true; protocol: ReadCheckProtocol }
  | { ok: false; facts: ProblemFacts<'not-a-protocol' | 'wrong-version' | 'broken-workbook'> };

function text(value: CellInput): string {
  return canonicalText(value);
}

export async function readCheckProtocol(bytes: Uint8Array): Promise<CheckProtocolReading> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    return { ok: false, facts: { problem: 'broken-workbook', reason: 'read-error', detail: error instanceof Error ? error.message.split('\n')[0] : String(error) } };
  }
  const meta = workbook.worksheets.find((sheet) => text(plainCellValue(sheet.getCell('A1').value)) === CHECK_META_KEYS.format && text(plainCellValue(sheet.getCell('B1').value)) === CHECK_PROTOCOL_MARKER);
  if (!meta) return { ok: false, facts: { problem: 'not-a-protocol' } };
  const values = new Map<string, CellInput>();
  for (let row = 1; row <= 30; row += 1) {
    const key = text(plainCellValue(meta.getCell(row, 1).value));
    if (key && !values.has(key)) values.set(key, plainCellValue(meta.getCell(row, 2).value));
  }
  const version = Number(text(values.get(CHECK_META_KEYS.formatVersion) ?? null));
  if (version !== CHECK_PROTOCOL_VERSION) return { ok: false, facts: { problem: 'wrong-version', version: text(values.get(CHECK_META_KEYS.formatVersion) ?? null) || '?', supported: CHECK_PROTOCOL_VERSION } };

  const check = findByHeader(workbook, CHECK_SHEETS.check, CHECK_COLUMNS.code.header);
  const files = findByHeader(workbook, CHECK_SHEETS.files, FILE_COLUMNS.pages.header);
  if (!check) return { ok: false, facts: { problem: 'not-a-protocol', missingSheet: CHECK_SHEETS.check } };
  if (!files) return { ok: false, facts: { problem: 'not-a-protocol', missingSheet: CHECK_SHEETS.files } };

  const headers = new Map<string, number>();
  const tasks: Task[] = [];
  const taskColumns: Record<string, number> = {};
  const taskHeaders: { task: CellInput; max: CellInput }[] = [];
  check.getRow(1).eachCell((cell, column) => {
    const header = text(plainCellValue(cell.value));
    const task = parseTaskHeader(header);
    if (task && !(task.task in taskColumns)) {
      tasks.push(task);
      taskColumns[task.task] = column;
      taskHeaders.push({ task: task.task, max: task.max });
    } else if (header && !headers.has(header)) headers.set(header, column);
  });
  const at = (header: string) => headers.get(header) ?? 0;
  const fileHeaders = new Map<string, number>();
  files.getRow(1).eachCell((cell, column) => fileHeaders.set(text(plainCellValue(cell.value)), column));

  const fileRows: ReadCheckProtocol['files'] = [];
  const fileIdentity: CheckProtocolIdentity['files'] = [];
  for (let row = 2; row <= files.rowCount; row += 1) {
    const cell = (header: string) => plainCellValue(files.getCell(row, fileHeaders.get(header) ?? 0).value);
    const file = text(cell(FILE_COLUMNS.file.header));
    if (!file) continue;
    const pages = cell(FILE_COLUMNS.pages.header);
    const works = cell(FILE_COLUMNS.works.header);
    fileIdentity.push({ file, pages, works });
    fileRows.push({ file, pages: Number(text(pages)), works: text(works) === '' ? null : Number(text(works)) });
  }

  const rows: CheckProtocolRow[] = [];
  for (let row = 2; row <= check.rowCount; row += 1) {
    const excelRow = check.getRow(row);
    const value = (column: number): CellInput => (column > 0 ? plainCellValue(excelRow.getCell(column).value) : null);
    const scores: Record<string, CellInput> = {};
    for (const task of tasks) scores[task.task] = value(taskColumns[task.task]);
    rows.push({
      sheetRow: row,
      file: text(value(at(CHECK_COLUMNS.file.header))),
      first: value(at(CHECK_COLUMNS.first.header)),
      last: value(at(CHECK_COLUMNS.last.header)),
      code: value(at(CHECK_COLUMNS.code.header)),
      variant: value(at(CHECK_COLUMNS.variant.header)),
      scores,
    });
  }

  const get = (key: string) => values.get(key) ?? null;
  return {
    ok: true,
    protocol: {
      packageId: text(get(CHECK_META_KEYS.packageId)),
      checker: text(get(CHECK_META_KEYS.checker)),
      subject: text(get(CHECK_META_KEYS.subject)),
      grade: Number(text(get(CHECK_META_KEYS.grade))),
      createdAt: text(get(CHECK_META_KEYS.createdAt)),
      checksum: text(get(CHECK_META_KEYS.checksum)),
      signature: text(get(CHECK_META_KEYS.signature)),
      identity: {
        version: get(CHECK_META_KEYS.formatVersion), packageId: get(CHECK_META_KEYS.packageId), checker: get(CHECK_META_KEYS.checker),
        subject: get(CHECK_META_KEYS.subject), grade: get(CHECK_META_KEYS.grade), createdAt: get(CHECK_META_KEYS.createdAt),
        files: fileIdentity, tasks: taskHeaders,
      },
      tasks,
      files: fileRows,
      rows,
      sheetName: check.name,
      taskColumns,
    },
  };
}

function findByHeader(workbook: ExcelJS.Workbook, name: string, header: string): ExcelJS.Worksheet | undefined {
  const has = (sheet: ExcelJS.Worksheet) => {
    let found = false;
    sheet.getRow(1).eachCell((cell) => {
      if (text(plainCellValue(cell.value)) === header) found = true;
    });
    return found;
  };
  const named = workbook.getWorksheet(name);
  return named && has(named) ? named : workbook.worksheets.find(has);
}

/** `checksum-mismatch` when the prefilled identity changed; `signature-mismatch` when another key signed it. */
export async function checkProtocolIntegrity(protocol: ReadCheckProtocol, secret: string): Promise<ProblemFacts<'checksum-mismatch' | 'signature-mismatch'>[]> {
  if ((await checkProtocolChecksum(protocol.identity)) !== protocol.checksum) return [{ problem: 'checksum-mismatch' }];
  if ((await checkProtocolSignature(protocol.identity, secret)) !== protocol.signature) return [{ problem: 'signature-mismatch' }];
  return [];
}
