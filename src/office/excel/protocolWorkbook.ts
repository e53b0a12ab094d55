/**
 * The expert's protocol workbook through Office.js: recognise it, read the whole grid, re-read changed rows,
 * read the active cell's row, select a cell, record completion on the hidden sheet (`recordCompletion(at,
 * opened.metaSheet)`: the hidden sheet as `openProtocol` found it).
 *
 * Discipline (ENGINEERING.md): every action is a fixed, small number of `context.sync()` calls whatever the
 * number of rows — reads are one range each, bounded to the used rows of the grid's columns (never whole
 * columns); writes go through `writeBlocks` (5 MB request limit). The add-in writes only to the hidden
 * sheet: never to `Протокол`, where the expert types scores, codes and explanations (G, I, J).
 *
 *     action                         syncs
 *     openProtocol                   2   (the sheets → their key blocks + grid)
 *     readProtocolGrid               1
 *     readProtocolRows               1   (0 when the address is outside the grid)
 *     readCurrentRow                 1
 *     selectProtocolCell             1
 *     recordCompletion               2   (3 when the hidden sheet was protected: unprotect … protect)
 */
import {
  columnLetters,
  firstFreeMetaRow,
  META_BLOCK_ROWS,
  META_KEYS,
  pickMetaSheet,
  PROTOCOL_SHEETS,
  readMetaBlock,
  type CellInput,
  type ProtocolMetaValues,
  type ProtocolRow,
} from '../../engine';
import { rowsOfAddress, sheetOf, withoutSheet } from './addresses';
import { failure, failureFromError, type ExcelResult } from './failures';
import { GRID_COLUMNS, layoutFromHeader, rowsFromValues, type GridLayout } from './protocolGrid';
import { checkRequirements } from './requirements';
import { writeBlocks } from './writeBlocks';

/** The hidden sheet's key/value block sits in these rows (14 keys today, `originals` after them). */
export const META_BLOCK = `A1:B${META_BLOCK_ROWS}`;

export interface OpenedProtocol {
  meta: ProtocolMetaValues;
  /** The hidden sheet's name as found (`recheck` unless someone renamed it): where completion is recorded. */
  metaSheet: string;
  layout: GridLayout;
  rows: ProtocolRow[];
}

export interface RowsUpdate {
  /** The sheet rows re-read, inclusive; rows in between that are absent from `rows` are empty now. */
  first: number;
  last: number;
  rows: ProtocolRow[];
}

export interface CurrentRow {
  /** The active cell, e.g. `Протокол!G12`. */
  address: string;
  row: ProtocolRow;
}

type Values = CellInput[][];

export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<ExcelResult<T>>, protectedSheet?: string): Promise<ExcelResult<T>> {
  const ready = checkRequirements();
  if (!ready.ok) return ready;
  try {
    return await Excel.run(batch);
  } catch (error) {
    return failureFromError(error, protectedSheet);
  }
}

/** The grid: the used rows of columns A:J, one range. */
function usedGrid(sheet: Excel.Worksheet): Excel.Range {
  const range = sheet.getRange(GRID_COLUMNS).getUsedRangeOrNullObject(true);
  range.load('values, rowIndex, columnIndex');
  return range;
}

/** The grid range's values shifted so that index 0 is column A, and its first sheet row. */
export function gridValues(range: Excel.Range): { values: Values; firstRow: number } {
  if (range.isNullObject) return { values: [], firstRow: 1 };
  const pad: CellInput[] = new Array<CellInput>(range.columnIndex).fill(null);
  const values = (range.values as Values).map((line) => (range.columnIndex > 0 ? [...pad, ...line] : line));
  return { values, firstRow: range.rowIndex + 1 };
}

function openedGrid(range: Excel.Range): { layout: GridLayout; rows: ProtocolRow[] } {
  const { values, firstRow } = gridValues(range);
  const lastRow = firstRow + values.length - 1;
  const header = firstRow === 1 && values.length > 0 ? values[0] : [];
  const layout = layoutFromHeader(header, lastRow);
  return { layout, rows: rowsFromValues(values, firstRow, layout) };
}

/**
 * Recognises a protocol workbook (the hidden sheet with its marker, a format this version reads) and reads its
 * identity and the whole grid. The hidden sheet is found by its marker as the engine finds it (`pickMetaSheet`),
 * so a renamed one is still found. `not-a-protocol` for any other workbook. Two syncs: the sheets, then the
 * key block of each and the grid.
 */
export async function openProtocol(): Promise<ExcelResult<OpenedProtocol>> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name, items/visibility');
    await context.sync();

    const blocks = sheets.items.map((sheet) => {
      const block = sheet.getRange(META_BLOCK);
      block.load('values');
      return { name: sheet.name, visibility: String(sheet.visibility), block };
    });
    const gridSheet = sheets.items.find((sheet) => sheet.name === PROTOCOL_SHEETS.protocol);
    const grid = gridSheet ? usedGrid(gridSheet) : null;
    await context.sync();

    const candidates = blocks.map(({ name, visibility, block }) => {
      const first = (block.values as Values)[0] ?? [];
      return { name, visibility: visibility.replace(/^./, (c) => c.toLowerCase()), a1: first[0], b1: first[1] };
    });
    const found = pickMetaSheet(candidates);
    if (found < 0) return failure('not-a-protocol');
    const reading = readMetaBlock(blocks[found].block.values as Values);
    if (reading.kind === 'not-a-protocol') return failure('not-a-protocol');
    if (reading.kind === 'wrong-version') return failure('wrong-version', { version: reading.version });
    if (!grid) return failure('no-protocol-sheet', { sheet: PROTOCOL_SHEETS.protocol });
    return { ok: true, value: { meta: reading.meta, metaSheet: blocks[found].name, ...openedGrid(grid) } };
  });
}

/** The whole grid again (for «Проверить протокол», or after rows were inserted or deleted). One sync. */
export async function readProtocolGrid(): Promise<ExcelResult<{ layout: GridLayout; rows: ProtocolRow[] }>> {
  return runExcel(async (context) => {
    const grid = usedGrid(context.workbook.worksheets.getItem(PROTOCOL_SHEETS.protocol));
    await context.sync();
    return { ok: true, value: openedGrid(grid) };
  });
}

/**
 * The rows an address touches (a typed cell, a pasted block, a cleared column), bounded to the grid. One
 * sync; none when the address lies outside the grid.
 */
export async function readProtocolRows(layout: GridLayout, address: string): Promise<ExcelResult<RowsUpdate>> {
  const rows = rowsOfAddress(address);
  if (!rows) return failure('excel-error', { detail: `unrecognised address ${address}` });
  const first = Math.max(2, rows.first);
  const last = Math.min(layout.lastRow, rows.last ?? layout.lastRow);
  if (first > last) return { ok: true, value: { first, last: first - 1, rows: [] } };
  return runExcel(async (context) => {
    const range = context.workbook.worksheets.getItem(PROTOCOL_SHEETS.protocol).getRange(`A${first}:${columnLetters(layout.width)}${last}`);
    range.load('values');
    await context.sync();
    return { ok: true, value: { first, last, rows: rowsFromValues(range.values as Values, first, layout) } };
  });
}

/** The active cell's row of the grid, for «Показать работу текущей строки». One sync. */
export async function readCurrentRow(layout: GridLayout): Promise<ExcelResult<CurrentRow>> {
  return runExcel(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load('address');
    // Columns A… of the active cell's row, on whichever sheet is active: checked below.
    const line = cell.getEntireRow().getCell(0, 0).getResizedRange(0, layout.width - 1);
    line.load('values');
    await context.sync();
    if (sheetOf(cell.address) !== PROTOCOL_SHEETS.protocol) return failure('not-on-protocol-sheet', { sheet: PROTOCOL_SHEETS.protocol });
    const rowNumber = rowsOfAddress(cell.address)?.first ?? 0;
    const [row] = rowNumber >= 2 ? rowsFromValues(line.values as Values, rowNumber, layout) : [];
    if (!row) return failure('outside-grid');
    return { ok: true, value: { address: cell.address, row } };
  });
}

/** Activates the sheet and selects a cell, e.g. `Протокол!I12` (a click on a listed problem). One sync. */
export async function selectProtocolCell(address: string): Promise<ExcelResult<{ address: string }>> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetOf(address) ?? PROTOCOL_SHEETS.protocol);
    sheet.activate();
    sheet.getRange(withoutSheet(address)).select();
    await context.sync();
    return { ok: true, value: { address } };
  });
}

/**
 * Records completion on the hidden sheet (`completedAt`, an ISO time, written as text). Its protection is
 * checked first: it is not protected as built; when someone protected it without a password it is
 * unprotected for the write and protected again with the same options. Two syncs (three when protected).
 */
export async function recordCompletion(completedAt: string, sheetName: string = PROTOCOL_SHEETS.meta): Promise<ExcelResult<{ completedAt: string }>> {
  return writeCompletion(completedAt, sheetName);
}

/**
 * Clears the completion mark (issue 12): the protocol was edited after «Завершить», so it is not finished until the
 * expert finishes it again. Same syncs as `recordCompletion`; nothing to do when there is no mark.
 */
export async function clearCompletion(sheetName: string = PROTOCOL_SHEETS.meta): Promise<ExcelResult<{ completedAt: string }>> {
  return writeCompletion('', sheetName);
}

async function writeCompletion(completedAt: string, sheetName: string): Promise<ExcelResult<{ completedAt: string }>> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const protection = sheet.protection;
    protection.load('protected, options');
    const block = sheet.getRange(META_BLOCK);
    block.load('values');
    await context.sync();

    const values = block.values as Values;
    const reading = readMetaBlock(values);
    if (reading.kind !== 'protocol') return failure('not-a-protocol');
    const row = reading.rowOf[META_KEYS.completedAt] ?? firstFreeMetaRow(values);
    if (row === undefined || row === null) return failure('not-a-protocol');

    const wasProtected = protection.protected;
    const options = wasProtected ? protection.options : undefined;
    if (wasProtected) protection.unprotect();
    const line: CellInput[] = reading.rowOf[META_KEYS.completedAt] === undefined ? [META_KEYS.completedAt, completedAt] : [completedAt];
    await writeBlocks(context, sheet, { row, column: line.length === 2 ? 1 : 2, values: [line], asText: true });
    if (wasProtected) {
      protection.protect(options);
      await context.sync();
    }
    return { ok: true, value: { completedAt } };
  }, sheetName);
}
