jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'Excel', Outlook: 'Outlook' } }));

import { formGridWrites, writtenValue, type CheckedWork } from '../../src/engine';
import { readOpenForm, writeFormScores } from '../../src/office/excel';
import { createExcelMock, installExcel, MockWorkbookModel, uninstallExcel, type Cell, type ExcelMock } from './excelMock';

let mock: ExcelMock;
afterEach(uninstallExcel);

/** A ФИС ОКО form as Excel shows it: a dropdown sheet first, then `Протокол` with the school's own scores for 40001. */
function formWorkbook(): MockWorkbookModel {
  const workbook = new MockWorkbookModel();
  workbook.addSheet('Классы', [['4А'], ['4Б']]);
  const rows: Cell[][] = [
    ['Код', 'Вариант', '1 (1б)', '2 (2б)', '3 (1б)', 'Итого баллов'],
    [40001, 1, 1, 2, 0, 3],
    [40002, 2, null, null, null, 0],
    [40003, 'отсутствовал', null, null, null, 0],
    [40004, 1, null, null, null, 0],
  ];
  workbook.addSheet('Протокол', rows);
  return workbook;
}

const WORKS: CheckedWork[] = [
  { sheetRow: 2, file: 'Ш-101 4А.pdf', code: '40001', variant: 1, scores: { '1': { kind: 'score', value: 1 }, '2': { kind: 'score', value: 1 }, '3': { kind: 'no-answer' } } },
  { sheetRow: 3, file: 'Ш-101 4А.pdf', code: '40002', variant: 2, scores: { '1': { kind: 'score', value: 0 }, '2': { kind: 'score', value: 2 }, '3': { kind: 'score', value: 1 } } },
  { sheetRow: 4, file: 'Ш-101 4Б.pdf', code: '49999', variant: 1, scores: { '1': { kind: 'score', value: 1 } } },
];

describe('filling the open ФИС ОКО form from a returned check protocol', () => {
  it('finds the form on its sheet in two syncs, reading only used rows of bounded columns', async () => {
    const workbook = formWorkbook();
    mock = createExcelMock(workbook);
    installExcel(mock, 17);
    const read = await readOpenForm();
    if (!read.ok || !read.value) throw new Error('form not found');
    expect(read.value.sheetName).toBe('Протокол');
    expect(read.value.grid.sheet.rows.map((r) => [r.code, r.variant, r.absent])).toEqual([['40001', 1, false], ['40002', 2, false], ['40003', null, true], ['40004', 1, false]]);
    expect(mock.syncs).toHaveBeenCalledTimes(2);
    expect(workbook.rangeRequests.every((address) => address.endsWith('!A:CZ'))).toBe(true);
  });

  it('plans the writes, lists the cells it would overwrite, codes not in the form and rows left without a result', async () => {
    mock = createExcelMock(formWorkbook());
    installExcel(mock, 17);
    const read = await readOpenForm();
    if (!read.ok || !read.value) throw new Error('form not found');
    const planned = formGridWrites(read.value.grid, read.value.values, WORKS);
    expect(planned.filled).toBe(2);
    expect(planned.writes.map((w) => [w.cell, writtenValue(w)])).toEqual([
      ['Протокол!C2', 1], ['Протокол!D2', 1], ['Протокол!E2', 'X'], ['Протокол!C3', 0], ['Протокол!D3', 2], ['Протокол!E3', 1],
    ]);
    expect(planned.overwritten).toEqual([{ cell: 'Протокол!D2', before: '2', after: '1' }, { cell: 'Протокол!E2', before: '0', after: 'X' }]);
    expect(planned.notInForm).toEqual(['49999']);
    expect(planned.problems.map((p) => p.facts)).toEqual([{ problem: 'cross-row-without-result', participant: '40004' }]);
  });

  it('writes only the score cells, in one sync for a small form', async () => {
    const workbook = formWorkbook();
    mock = createExcelMock(workbook);
    installExcel(mock, 17);
    const read = await readOpenForm();
    if (!read.ok || !read.value) throw new Error('form not found');
    const planned = formGridWrites(read.value.grid, read.value.values, WORKS);
    mock.syncs.mockClear();
    const written = await writeFormScores('Протокол', planned.writes.map((w) => ({ row: w.row, column: w.column, value: writtenValue(w) })));
    expect(written).toEqual({ ok: true, value: 6 });
    expect(mock.syncs).toHaveBeenCalledTimes(1);
    expect(workbook.sheets.get('Протокол')!.rows.slice(0, 3)).toEqual([
      ['Код', 'Вариант', '1 (1б)', '2 (2б)', '3 (1б)', 'Итого баллов'],
      [40001, 1, 1, 1, 'X', 3],
      [40002, 2, 0, 2, 1, 0],
    ]);
  });

  it('says there is no form in a workbook without one', async () => {
    const workbook = new MockWorkbookModel();
    workbook.addSheet('Лист1', [['Просто таблица']]);
    mock = createExcelMock(workbook);
    installExcel(mock, 17);
    expect(await readOpenForm()).toEqual({ ok: true, value: null });
  });
});
