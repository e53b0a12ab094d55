/**
 * «Разделить работу» and «Объединить со следующей» on the open check protocol (issue 10, §2): the rows read, the
 * engine plans the change (workPagesPlan.ts), and only the file and page cells (A–C) of the planned rows are
 * written. The data rows are the ones the builder laid out: their count follows from the sheet `Файлы`.
 *
 *     action          syncs
 *     editWorkPages   3   (Файлы; the data rows of Проверка; the write)
 */
import {
  CHECK_COLUMNS,
  CHECK_SHEETS,
  checkDataRows,
  FIRST_TASK_COLUMN,
  planMerge,
  planSplit,
  TOTAL_HEADER,
  type CellInput,
  type WorkPagesPlan,
  type WorkRow,
} from '../../engine';
import type { ExcelResult } from './failures';
import { runExcel } from './protocolWorkbook';

/** More classroom files than a package ever holds (a few dozen). */
const FILES_READ = 'A2:C500';

export type WorkPagesAction = { action: 'split'; row: number; page: number } | { action: 'merge'; row: number };

function text(value: CellInput | undefined): string {
  return String(value ?? '').trim();
}

function whole(value: CellInput | undefined): number | null {
  const number = typeof value === 'number' ? value : Number(text(value));
  return text(value) !== '' && Number.isInteger(number) ? number : null;
}

/** Plans the action on the open protocol and, when it is possible, writes it; a refusal writes nothing. */
export async function editWorkPages(action: WorkPagesAction): Promise<ExcelResult<WorkPagesPlan>> {
  return runExcel<WorkPagesPlan>(async (context) => {
    const filesRange = context.workbook.worksheets.getItem(CHECK_SHEETS.files).getRange(FILES_READ);
    filesRange.load('values');
    await context.sync();
    const files = (filesRange.values as CellInput[][])
      .filter((line) => text(line[0]) !== '' && whole(line[1]) !== null)
      .map((line) => ({ pages: whole(line[1]) ?? 0, works: whole(line[2]) }));
    const data = checkDataRows(files);

    const sheet = context.workbook.worksheets.getItem(CHECK_SHEETS.check);
    const grid = sheet.getRange(`A1:CZ${data.last}`);
    grid.load('values');
    await context.sync();
    const values = grid.values as CellInput[][];
    const titles = values[0].map(text);
    const column = (header: string) => titles.indexOf(header);
    const totalAt = column(TOTAL_HEADER);
    const typedColumns = [column(CHECK_COLUMNS.code.header), column(CHECK_COLUMNS.variant.header)];
    for (let index = FIRST_TASK_COLUMN - 1; index < (totalAt < 0 ? titles.length : totalAt); index += 1) typedColumns.push(index);
    const rows: WorkRow[] = [];
    for (let row = data.first; row <= data.last; row += 1) {
      const line = values[row - 1] ?? [];
      rows.push({
        row,
        file: text(line[column(CHECK_COLUMNS.file.header)]),
        first: whole(line[column(CHECK_COLUMNS.first.header)]),
        last: whole(line[column(CHECK_COLUMNS.last.header)]),
        typed: typedColumns.some((index) => index >= 0 && text(line[index]) !== ''),
      });
    }

    const plan = action.action === 'split' ? planSplit(rows, action.row, action.page) : planMerge(rows, action.row);
    if (!plan.ok) return { ok: true, value: plan };
    for (const edit of plan.edits) {
      sheet.getRange(`${CHECK_COLUMNS.file.letter}${edit.row}:${CHECK_COLUMNS.last.letter}${edit.row}`).values = [[edit.file, edit.first, edit.last]];
    }
    await context.sync();
    return { ok: true, value: plan };
  });
}
