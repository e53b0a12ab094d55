/**
 * Writing a block of values in as few requests as Excel accepts: Excel on the web rejects a request over
 * 5 MB, so the rows are cut into 2-D blocks under a byte budget and each block is one `sync` — never one per
 * row. Text cells get the text number format first, so a value starting with `=`, `+` or `-` stays text.
 */
import { columnLetters, type CellInput } from '../../engine';

/** Under Excel on the web's 5 MB per request, with room for the request's own envelope. */
export const REQUEST_BYTE_BUDGET = 4 * 1024 * 1024;

/** Bytes a row takes in the request: its JSON in UTF-8, plus the number format when written as text. */
export function rowBytes(row: readonly CellInput[], asText: boolean): number {
  const json = JSON.stringify(row);
  let bytes = 0;
  for (let index = 0; index < json.length; index += 1) {
    const code = json.charCodeAt(index);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return asText ? bytes + row.length * 6 : bytes;
}

/** Consecutive row ranges `[start, end)` whose bytes stay under the budget (a single huge row is its own block). */
export function blocksUnderBudget(rows: readonly (readonly CellInput[])[], asText: boolean, budget = REQUEST_BYTE_BUDGET): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, index) => {
    const size = rowBytes(row, asText);
    if (index > start && bytes + size > budget) {
      blocks.push([start, index]);
      start = index;
      bytes = 0;
    }
    bytes += size;
  });
  if (start < rows.length) blocks.push([start, rows.length]);
  return blocks;
}

export interface BlockWrite {
  /** 1-based sheet row and column of the top-left cell. */
  row: number;
  column: number;
  values: readonly (readonly CellInput[])[];
  /** Set the text number format (`@`) first. */
  asText?: boolean;
  budget?: number;
}

/** Writes `values` into `sheet` block by block, one `sync` per block. Returns the number of blocks. */
export async function writeBlocks(context: Excel.RequestContext, sheet: Excel.Worksheet, write: BlockWrite): Promise<number> {
  const width = write.values.reduce((max, row) => Math.max(max, row.length), 0);
  if (width === 0) return 0;
  const rows = write.values.map((row) => (row.length === width ? row : [...row, ...new Array<CellInput>(width - row.length).fill(null)]));
  const blocks = blocksUnderBudget(rows, write.asText === true, write.budget);
  const firstColumn = columnLetters(write.column);
  const lastColumn = columnLetters(write.column + width - 1);
  for (const [start, end] of blocks) {
    const range = sheet.getRange(`${firstColumn}${write.row + start}:${lastColumn}${write.row + end - 1}`);
    const block = rows.slice(start, end);
    if (write.asText) range.numberFormat = block.map((row) => row.map(() => '@'));
    range.values = block.map((row) => row.map((value) => (value === null || value === undefined ? '' : value))) as (string | number | boolean)[][];
    await context.sync();
  }
  return blocks.length;
}
