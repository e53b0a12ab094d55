/**
 * The origin school's ФИС ОКО form, open in Excel, filled from a returned check protocol (issue 10): read the
 * sheets' used ranges to find the form, then write only the score cells the engine planned (`formGridWrites`).
 * Excel itself edits the file, so the form stays the school's own: validations, formulas and styles untouched.
 *
 *     action             syncs
 *     readOpenForm       2   (the sheets → every sheet's used range)
 *     writeFormScores    1 per block of at most WRITE_BLOCK cells (a form of 1,500 pupils × 20 tasks: 15)
 */
import { columnLetters, readFormGrid, type CellInput, type FormGrid } from '../../engine';
import type { ExcelResult } from './failures';
import { gridValues, runExcel } from './protocolWorkbook';

export interface OpenForm {
  sheetName: string;
  /** The sheet's values from A1 (row 1 = index 0). */
  values: CellInput[][];
  grid: FormGrid;
}

/** The columns a form is read in (its used rows only): far wider than any ФИС ОКО form, never whole rows. */
export const FORM_COLUMNS = 'A:CZ';

/** Cells per request: far under Excel on the web's 5 MB, whatever the values. */
export const WRITE_BLOCK = 2_000;

/** The form in the open workbook: the first sheet (`Протокол` first) with a code, a variant and task columns; null when none is. */
export async function readOpenForm(): Promise<ExcelResult<OpenForm | null>> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const ranges = sheets.items.map((sheet) => {
      const range = sheet.getRange(FORM_COLUMNS).getUsedRangeOrNullObject(true);
      range.load('values, rowIndex, columnIndex');
      return { name: sheet.name, range };
    });
    await context.sync();
    const ordered = [...ranges].sort((a, b) => Number(b.name === 'Протокол') - Number(a.name === 'Протокол'));
    for (const { name, range } of ordered) {
      const { values, firstRow } = gridValues(range);
      const fromA1 = [...Array.from({ length: firstRow - 1 }, () => [] as CellInput[]), ...values];
      const grid = readFormGrid(fromA1, name);
      if (grid) return { ok: true, value: { sheetName: name, values: fromA1, grid } };
    }
    return { ok: true, value: null };
  });
}

export interface ScoreWrite {
  row: number;
  column: number;
  value: number | string;
}

/** Writes the planned score cells, a block of cells per sync; returns the number of cells written. */
export async function writeFormScores(sheetName: string, writes: readonly ScoreWrite[]): Promise<ExcelResult<number>> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    for (let start = 0; start < writes.length; start += WRITE_BLOCK) {
      for (const write of writes.slice(start, start + WRITE_BLOCK)) {
        sheet.getRange(`${columnLetters(write.column)}${write.row}`).values = [[write.value]];
      }
      await context.sync();
    }
    return { ok: true, value: writes.length };
  });
}
