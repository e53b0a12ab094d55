/**
 * Reads a protocol workbook back: its hidden metadata, the grid of the `Протокол` sheet, the expert's
 * comments and the original prefilled rows. Columns are found by header text (positions as a fallback), so a
 * protocol re-saved by Excel or LibreOffice reads the same.
 */
import ExcelJS from 'exceljs';
import { columnNumber } from '../columnLetters';
import { canonicalText } from './canonical';
import { protocolRowFromCells } from './protocolRow';
import { parseNumberCell, plainCellValue } from './cellValues';
import {
  COMMENT_COLUMNS,
  GENERAL_DIFFICULTIES_LABEL,
  GENERAL_OPINION_LABEL,
  META_KEYS,
  PROTOCOL_COLUMN_KEYS,
  PROTOCOL_COLUMNS,
  PROTOCOL_SHEETS,
  type ProtocolColumnKey,
} from './layout';
import { META_BLOCK_ROWS, pickMetaSheet, readMetaBlock, type ProtocolMetaValues } from './metaSheet';
import {
  PROTOCOL_FORMAT_VERSION,
  type CellInput,
  type PrefilledRow,
  type ProtocolComments,
  type ProtocolMeta,
  type ProtocolRow,
  type ReadProtocol,
  type ReadProtocolResult,
} from './types';

/** Past this many rows the sheet is not a protocol a person filled (ExcelJS would also be slow). */
const MAX_ROWS = 100_000;

export async function readProtocolWorkbook(bytes: Uint8Array): Promise<ReadProtocolResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its input as Node's Buffer; it hands it to JSZip, which takes any ArrayBuffer.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await workbook.xlsx.load(buffer as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { problem: 'broken-workbook', reason: 'read-error', detail } };
  }

  const metaSheet = findMetaSheet(workbook);
  if (!metaSheet) return notAProtocol();
  const reading = readMetaBlock(metaBlockValues(metaSheet));
  if (reading.kind === 'not-a-protocol') return notAProtocol();
  if (reading.kind === 'wrong-version') {
    return { ok: false, failure: { problem: 'wrong-version', version: reading.version, supported: PROTOCOL_FORMAT_VERSION } };
  }
  const protocolSheet = findSheet(workbook, PROTOCOL_SHEETS.protocol, [PROTOCOL_COLUMNS.schoolCode.header, PROTOCOL_COLUMNS.expertScore.header]);
  if (!protocolSheet) return notAProtocol(PROTOCOL_SHEETS.protocol);

  const protocol: ReadProtocol = {
    meta: metaOf(reading.meta, reading.values),
    rows: readGrid(protocolSheet),
    comments: readComments(findSheet(workbook, PROTOCOL_SHEETS.comments, [COMMENT_COLUMNS.task.header, COMMENT_COLUMNS.reasons.header])),
    originals: readOriginals(metaSheet),
  };
  return { ok: true, protocol };
}

function notAProtocol(missingSheet?: string): ReadProtocolResult {
  return { ok: false, failure: missingSheet ? { problem: 'not-a-protocol', missingSheet } : { problem: 'not-a-protocol' } };
}

function text(cell: ExcelJS.Cell): string {
  return canonicalText(plainCellValue(cell.value));
}

/** The hidden sheet, found as the add-in finds it (`pickMetaSheet`): by its marker, whatever its name. */
function findMetaSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const sheets = workbook.worksheets;
  const index = pickMetaSheet(sheets.map((sheet) => ({
    name: sheet.name,
    visibility: sheet.state,
    a1: plainCellValue(sheet.getCell('A1').value),
    b1: plainCellValue(sheet.getCell('B1').value),
  })));
  return index < 0 ? undefined : sheets[index];
}

/** A sheet by name, or else the first one whose header row holds all the given titles (a renamed sheet). */
function findSheet(workbook: ExcelJS.Workbook, name: string, headers: string[]): ExcelJS.Worksheet | undefined {
  const named = workbook.getWorksheet(name);
  if (named) return named;
  return workbook.worksheets.find((sheet) => {
    const titles = new Set<string>();
    sheet.getRow(1).eachCell((cell) => titles.add(text(cell)));
    return headers.every((header) => titles.has(header));
  });
}

/** Columns A and B of the hidden sheet's first rows, as values: the block `readMetaBlock` reads. */
function metaBlockValues(sheet: ExcelJS.Worksheet): CellInput[][] {
  const last = Math.min(sheet.rowCount, META_BLOCK_ROWS);
  const values: CellInput[][] = [];
  for (let row = 1; row <= last; row += 1) {
    values.push([plainCellValue(sheet.getCell(`A${row}`).value), plainCellValue(sheet.getCell(`B${row}`).value)]);
  }
  return values;
}

function metaOf(read: ProtocolMetaValues, values: Map<string, CellInput>): ProtocolMeta {
  const string = (key: string): string => canonicalText(values.get(key) ?? null);
  const meta: ProtocolMeta = {
    formatVersion: read.formatVersion,
    packageId: string(META_KEYS.packageId),
    round: read.round,
    reviewer: read.reviewer,
    expert: string(META_KEYS.expert),
    subject: string(META_KEYS.subject),
    grade: parseNumberCell(values.get(META_KEYS.grade) ?? null),
    createdAt: string(META_KEYS.createdAt),
    checksum: string(META_KEYS.checksum).toLowerCase(),
    signature: string(META_KEYS.signature).toLowerCase(),
  };
  const deadline = string(META_KEYS.deadline);
  if (deadline) meta.deadline = deadline;
  const completedAt = string(META_KEYS.completedAt);
  if (completedAt) meta.completedAt = completedAt;
  return meta;
}

/** Column numbers by key: by header text in row 1, else the built position. */
function gridColumns(sheet: ExcelJS.Worksheet): Record<ProtocolColumnKey, number> {
  const byTitle = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const title = text(cell);
    if (!byTitle.has(title)) byTitle.set(title, column);
  });
  const columns = {} as Record<ProtocolColumnKey, number>;
  for (const key of PROTOCOL_COLUMN_KEYS) {
    const column = PROTOCOL_COLUMNS[key];
    columns[key] = byTitle.get(column.header) ?? columnNumber(column.letter);
  }
  return columns;
}

function readGrid(sheet: ExcelJS.Worksheet): ProtocolRow[] {
  const columns = gridColumns(sheet);
  const rows: ProtocolRow[] = [];
  const last = Math.min(sheet.rowCount, MAX_ROWS);
  for (let rowNumber = 2; rowNumber <= last; rowNumber += 1) {
    const excelRow = sheet.getRow(rowNumber);
    const cells = {} as Record<ProtocolColumnKey, CellInput>;
    for (const key of PROTOCOL_COLUMN_KEYS) cells[key] = plainCellValue(excelRow.getCell(columns[key]).value);
    const filled = PROTOCOL_COLUMN_KEYS.some((key) => key !== 'difference' && canonicalText(cells[key]) !== '');
    if (!filled) continue;
    rows.push(protocolRowFromCells(rowNumber, cells));
  }
  return rows;
}

function readComments(sheet: ExcelJS.Worksheet | undefined): ProtocolComments {
  const comments: ProtocolComments = { tasks: [], generalOpinion: '', generalDifficulties: '' };
  if (!sheet) return comments;
  const last = Math.min(sheet.rowCount, MAX_ROWS);
  const column = (key: keyof typeof COMMENT_COLUMNS): string => COMMENT_COLUMNS[key].letter;
  for (let rowNumber = 2; rowNumber <= last; rowNumber += 1) {
    const cell = (key: keyof typeof COMMENT_COLUMNS): string => text(sheet.getCell(`${column(key)}${rowNumber}`));
    const label = cell('variants');
    if (label === GENERAL_OPINION_LABEL) {
      comments.generalOpinion = cell('hardest');
      continue;
    }
    if (label === GENERAL_DIFFICULTIES_LABEL) {
      comments.generalDifficulties = cell('hardest');
      continue;
    }
    const task = cell('task');
    if (task === '') continue;
    comments.tasks.push({
      row: rowNumber,
      variants: label
        .split(/[,;\s]+/)
        .filter((part) => part !== '')
        .map(Number)
        .filter((variant) => Number.isFinite(variant)),
      task,
      hardest: cell('hardest') !== '',
      reasons: cell('reasons'),
      opinion: cell('opinion'),
      difficulties: cell('difficulties'),
    });
  }
  return comments;
}

function readOriginals(sheet: ExcelJS.Worksheet): Array<PrefilledRow & { row: number }> {
  const originals: Array<PrefilledRow & { row: number }> = [];
  const last = Math.min(sheet.rowCount, MAX_ROWS);
  let start = 0;
  for (let row = 1; row <= Math.min(last, 200); row += 1) {
    if (text(sheet.getCell(`A${row}`)) === META_KEYS.originals) {
      start = row + 1;
      break;
    }
  }
  if (start === 0) return originals;
  for (let rowNumber = start; rowNumber <= last; rowNumber += 1) {
    const excelRow = sheet.getRow(rowNumber);
    const value = (column: number): CellInput => plainCellValue(excelRow.getCell(column).value);
    const row = parseNumberCell(value(1));
    if (!Number.isInteger(row)) continue;
    originals.push({
      row,
      schoolCode: value(2),
      workCode: value(3),
      variant: value(4),
      task: value(5),
      max: value(6),
      schoolScore: value(7),
    });
  }
  return originals;
}
