import ExcelJS from 'exceljs';
import { answerRowsOf, excelSerialDate, isAnswered, returnedTotals, returnProtocols, RETURNED_SHEETS, type CellInput } from '../../../src/engine';
import { plainCellValue } from '../../../src/engine/protocol';
import { mergedRegion } from './returnedFixtures';

function values(sheet: ExcelJS.Worksheet, first: number, last: number, columns: number): CellInput[][] {
  return Array.from({ length: last - first + 1 }, (_, r) => Array.from({ length: columns }, (_, c) => plainCellValue(sheet.getRow(first + r).getCell(c + 1).value)));
}

describe('the returned workbook as the school pane reads it', () => {
  it('counts the school figures from Работы as the statistics do, beside the municipality and region, and lists why the school needs attention', async () => {
    const data = await mergedRegion();
    const result = await returnProtocols({ merged: data.merged, statistics: data.statistics, key: data.region.key, received: '2026-05-20', createdAt: '2026-05-20T00:00:00Z' });
    for (const municipality of result.municipalities) {
      for (const school of municipality.schools) {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(municipality.files.find((f) => f.name === school.file)!.data as unknown as ArrayBuffer);
        const totals = returnedTotals(values(workbook.getWorksheet(RETURNED_SHEETS.totals)!, 1, 40, 4), values(workbook.getWorksheet(RETURNED_SHEETS.works)!, 2, 60, 10));
        const group = data.statistics.groups.find((g) => g.level === 'school' && g.schoolCode === school.schoolCode)!;
        const region = data.statistics.groups.find((g) => g.level === 'region')!;
        expect(totals.lines.map((line) => line.school).slice(0, 5)).toEqual([group.works, group.worksChanged, group.objectiveShare, group.schoolMean, group.expertMean]);
        expect(totals.lines[0]).toMatchObject({ label: 'Работ перепроверено', region: region.works });
        expect(totals.attention.length).toBe(Math.max(1, group.flags.length));
        if (group.flags.length === 0) expect(totals.attention[0]).toMatch(/^Нет/);
      }
    }
  }, 60_000);

  it('reads answer rows, filled or not, and turns a typed date into Excel’s serial day and back', () => {
    const rows = answerRowsOf([[1, 'Задание 3', 'подробно', '', '', '', ''], [2, 'Код ошибки 2', '', 'причина', 'мера', 'завуч', 46295]], 5);
    expect(rows.map(isAnswered)).toEqual([false, true]);
    expect(rows[1]).toMatchObject({ row: 6, due: '2026-09-30' });
    expect(excelSerialDate('2026-09-30')).toBe(46295);
  });
});
