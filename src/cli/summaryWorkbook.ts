/**
 * `recheck merge --out SUMMARY.xlsx`: the summary sheets as the engine lays them out (src/engine/summary) — Свод,
 * Журнал, Статистика, Комментарии as Excel tables, Справка as text — written with ExcelJS. Without charts: native
 * charts are drawn by Excel itself, in the pane.
 */
import ExcelJS from 'exceljs';
import { columnLetters, NUMBER_FORMATS, summarySheets, type SummaryInput, type SummarySheet } from '../engine';

const HIGHLIGHT = 'FFFFC7CE';

function addSheet(workbook: ExcelJS.Workbook, summary: SummarySheet): void {
  const sheet = workbook.addWorksheet(summary.name, summary.table ? { views: [{ state: 'frozen', ySplit: 1 }] } : {});
  if (summary.table) {
    sheet.addTable({
      name: summary.table,
      ref: 'A1',
      headerRow: true,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns: summary.columns.map((column) => ({ name: column.header, filterButton: true })),
      // ExcelJS refuses a table without rows: an empty one gets a blank row.
      rows: summary.rows.length > 0 ? summary.rows : [summary.columns.map(() => null)],
    });
  } else {
    sheet.addRows(summary.rows);
  }
  summary.columns.forEach((column, index) => {
    const excelColumn = sheet.getColumn(index + 1);
    excelColumn.width = column.width;
    if (column.format !== 'general') excelColumn.numFmt = NUMBER_FORMATS[column.format];
  });
  if (summary.highlightColumn !== null && summary.rows.length > 0) {
    const flag = columnLetters(summary.highlightColumn + 1);
    const last = columnLetters(summary.columns.length);
    sheet.addConditionalFormatting({
      ref: `A2:${last}${summary.rows.length + 1}`,
      rules: [{ type: 'expression', priority: 1, formulae: [`LEN($${flag}2)>0`], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: HIGHLIGHT } } } }],
    });
  }
}

export async function buildSummaryWorkbook(input: SummaryInput): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Recheck';
  for (const sheet of summarySheets(input)) addSheet(workbook, sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
