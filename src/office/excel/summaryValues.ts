/**
 * The summary's cells as blocks of Office.js writes: each block is a rectangle of values with its number formats,
 * under the request byte budget, so that many small sheets share one `sync` and a large `Свод` takes a few. Pure.
 */
import { columnLetters, NUMBER_FORMATS, type CellInput, type SummaryCell, type SummaryChart, type SummarySheet } from '../../engine';
import { REQUEST_BYTE_BUDGET, rowBytes } from './writeBlocks';

export interface ValueBlock {
  sheet: string;
  /** A1 address of the rectangle, without the sheet. */
  address: string;
  values: (string | number)[][];
  formats: string[][];
  bytes: number;
}

function blank(value: SummaryCell | undefined): string | number {
  return value === null || value === undefined ? '' : value;
}

/** The rows of a sheet (header first when it is a table) cut into blocks of at most `budget` bytes. */
export function sheetBlocks(sheet: string, header: readonly string[] | null, rows: readonly (readonly SummaryCell[])[], formats: readonly string[], budget = REQUEST_BYTE_BUDGET, firstRow = 1): ValueBlock[] {
  const width = formats.length;
  const lines: { values: (string | number)[]; formats: string[] }[] = [];
  if (header) lines.push({ values: [...header], formats: header.map(() => '@') });
  for (const row of rows) lines.push({ values: formats.map((_, index) => blank(row[index])), formats: [...formats] });
  const blocks: ValueBlock[] = [];
  let start = 0;
  let bytes = 0;
  const cut = (end: number) => {
    if (end <= start) return;
    const part = lines.slice(start, end);
    blocks.push({
      sheet,
      address: `A${firstRow + start}:${columnLetters(width)}${firstRow + end - 1}`,
      values: part.map((line) => line.values),
      formats: part.map((line) => line.formats),
      bytes,
    });
  };
  lines.forEach((line, index) => {
    const size = rowBytes(line.values as CellInput[], false) + rowBytes(line.formats, false);
    if (index > start && bytes + size > budget) {
      cut(index);
      start = index;
      bytes = 0;
    }
    bytes += size;
  });
  cut(lines.length);
  return blocks;
}

export function summarySheetBlocks(sheet: SummarySheet, budget = REQUEST_BYTE_BUDGET): ValueBlock[] {
  const formats = sheet.columns.map((column) => NUMBER_FORMATS[column.format]);
  return sheetBlocks(sheet.name, sheet.table ? sheet.columns.map((column) => column.header) : null, sheet.rows, formats, budget);
}

/** Where a chart's values sit on the charts sheet: its title row, then header and rows. */
export interface ChartPlace {
  chart: SummaryChart;
  /** The values with their header, e.g. `A2:C12`: the chart's source. */
  source: string;
  titleRow: number;
}

/** The charts' values one under another in columns A…, a blank row between them. */
export function chartPlaces(charts: readonly SummaryChart[]): ChartPlace[] {
  let row = 1;
  return charts.map((chart) => {
    const titleRow = row;
    const last = titleRow + 1 + chart.rows.length;
    row = last + 2;
    return { chart, titleRow, source: `A${titleRow + 1}:${columnLetters(chart.header.length)}${last}` };
  });
}

export function chartBlocks(sheet: string, places: readonly ChartPlace[], budget = REQUEST_BYTE_BUDGET): ValueBlock[] {
  return places.flatMap(({ chart, titleRow }) => {
    const formats = chart.header.map((_, index) => (index === 0 ? '@' : chart.percent ? NUMBER_FORMATS.percent : NUMBER_FORMATS.decimal));
    const title: SummaryCell[] = [chart.title, ...new Array<SummaryCell>(chart.header.length - 1).fill(null)];
    const blocks = sheetBlocks(sheet, null, [title, chart.header, ...chart.rows], formats, budget, titleRow);
    // The title and header rows are text throughout.
    blocks[0] = { ...blocks[0], formats: blocks[0].formats.map((line, row) => (row < 2 ? line.map(() => '@') : line)) };
    return blocks;
  });
}

/** Blocks grouped so that each group stays under the budget: one `sync` per group. */
export function groupUnderBudget(blocks: readonly ValueBlock[], budget = REQUEST_BYTE_BUDGET): ValueBlock[][] {
  const groups: ValueBlock[][] = [];
  let current: ValueBlock[] = [];
  let bytes = 0;
  for (const block of blocks) {
    if (current.length > 0 && bytes + block.bytes > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(block);
    bytes += block.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
