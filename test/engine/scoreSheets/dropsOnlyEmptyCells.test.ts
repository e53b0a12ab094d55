/**
 * The reader hands ExcelJS the form without its empty pre-sized cells (withoutEmptyCells). These tests pin that
 * nothing else changes: every sheet keeps every value, formula and its result, in the same cells.
 */
import ExcelJS from 'exceljs';
import { trimWorksheetXml, withoutEmptyCells } from '../../../src/engine/scoreSheets/withoutEmptyCells';
import { makeScoreSheet, sampleRows } from '../../support/scoreSheetFactory';
import { realForm } from './helpers';

async function cellsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const cells = new Map<string, string>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row, r) => row.eachCell((cell, c) => {
      cells.set(`${sheet.name}!${r}:${c}`, JSON.stringify(cell.value));
    }));
  }
  return cells;
}

const TASKS = Array.from({ length: 5 }, (_, i) => `${i + 1} (2б)`);

describe('a form without its empty cells', () => {
  it.each(['base_form_2024-09-18.xlsx', 'base_form_2024-11-12.xlsx', 'base_form_2025-05-06.xlsx'])(
    'keeps every value of the real form %s',
    async (name) => {
      const bytes = realForm(name);
      const trimmed = await withoutEmptyCells(bytes);
      expect(trimmed).not.toEqual(bytes);
      expect(await cellsOf(trimmed)).toEqual(await cellsOf(bytes));
    },
  );

  it('keeps every value of a pre-sized form', async () => {
    const bytes = await makeScoreSheet({ tasks: TASKS, rows: sampleRows(12, TASKS, 40001), presizedRows: 400 });
    const trimmed = await withoutEmptyCells(bytes);
    const original = await cellsOf(bytes);
    expect(await cellsOf(trimmed)).toEqual(original);
    expect(original.size).toBeGreaterThan(12 * TASKS.length);
  });

  it('drops empty cells and rows, and nothing that holds a value, a formula or an inline string', () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2"/><c r="C1" s="2"></c></row>' +
      '<row r="2" spans="1:3"><c r="A2" s="2"/></row><row r="3"/>' +
      '<row r="4"><c r="C4"><f>SUM(A1:B1)</f></c><c r="D4" t="inlineStr"><is><t>X</t></is></c></row></sheetData>';
    expect(trimWorksheetXml(xml)).toBe(
      '<sheetData><row r="1"><c r="A1" s="1" t="s"><v>0</v></c></row>' +
        '<row r="4"><c r="C4"><f>SUM(A1:B1)</f></c><c r="D4" t="inlineStr"><is><t>X</t></is></c></row></sheetData>',
    );
  });

  it('hands back bytes it cannot read as they were', async () => {
    const junk = new TextEncoder().encode('PK not really a zip');
    expect(await withoutEmptyCells(junk)).toBe(junk);
  });
});
