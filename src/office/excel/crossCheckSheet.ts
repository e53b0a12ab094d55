/**
 * The cross-check's check protocol open in Excel (issue 10), for the checking school's commission: which work a
 * row of `Проверка` is — its classroom file and pages — so the pane can show those pages. Columns are found by
 * their header text (`CHECK_COLUMNS`), as the engine's reader finds them.
 *
 *     action          syncs
 *     readCheckRow    1   (the header row and the row, columns A:CZ)
 */
import { CHECK_COLUMNS, CHECK_SHEETS, type CellInput } from '../../engine';
import { rowsOfAddress } from './addresses';
import type { ExcelResult } from './failures';
import { runExcel } from './protocolWorkbook';

export interface CheckSheetRow {
  row: number;
  file: string;
  first: number | null;
  last: number | null;
  code: string;
}

function whole(value: CellInput): number | null {
  const number = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  return String(value ?? '').trim() !== '' && Number.isInteger(number) ? number : null;
}

/** The work on sheet row `row` (the header row or an empty file cell: null). */
export async function readCheckRow(row: number): Promise<ExcelResult<CheckSheetRow | null>> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(CHECK_SHEETS.check);
    const header = sheet.getRange('A1:CZ1');
    const line = sheet.getRange(`A${Math.max(row, 1)}:CZ${Math.max(row, 1)}`);
    header.load('values');
    line.load('values');
    await context.sync();
    if (row < 2) return { ok: true, value: null };
    const titles = (header.values[0] as CellInput[]).map((value) => String(value ?? '').trim());
    const cell = (title: string): CellInput => (line.values[0] as CellInput[])[titles.indexOf(title)] ?? null;
    const file = String(cell(CHECK_COLUMNS.file.header) ?? '').trim();
    if (!file) return { ok: true, value: null };
    return {
      ok: true,
      value: { row, file, first: whole(cell(CHECK_COLUMNS.first.header)), last: whole(cell(CHECK_COLUMNS.last.header)), code: String(cell(CHECK_COLUMNS.code.header) ?? '').trim() },
    };
  });
}

/** The sheet row of an address from a selection event (`B5`, `Проверка!B5:C7` → 5). */
export function firstRowOf(address: string): number | null {
  return rowsOfAddress(address)?.first ?? null;
}
