import type ExcelJS from 'exceljs';
import { makeScoreSheet, type ScoreSheetOptions } from '../../support/scoreSheetFactory';
import { codesOf, readOk, SOURCE } from './helpers';
import { problemText } from '../../../src/engine/wording';

// Columns: A Код участника, B Вариант, C 1 (2б), D 2 (1б), E 3К1 (3б), F…H trailing.
const TASKS = ['1 (2б)', '2 (1б)', '3К1 (3б)'];
const sheetWith = (rows: ScoreSheetOptions['rows'], more: ScoreSheetOptions = {}): Promise<Uint8Array> =>
  makeScoreSheet({ tasks: TASKS, rows, ...more });

describe('problems in the cells of a score sheet', () => {
  it('a score above the task maximum is score-above-max, with the cell and the participant', async () => {
    const { sheet, problems } = await readOk(await sheetWith([{ code: 40001, variant: 1 }, { code: 40002, variant: 1, scores: [2, 1, 4] }]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ archive: SOURCE.archive, path: SOURCE.path, problem: 'score-above-max', cell: 'Протокол!E3' });
    expect(problemText(problems[0])).toContain('40002');
    expect(problemText(problems[0])).toContain('3К1');
    expect(problemText(problems[0])).toMatch(/максимальн\S* \(3\)/);
    // The cell reads as empty; the problem names it.
    expect(sheet.rows[1].scores['3К1']).toEqual({ kind: 'empty' });
    expect(sheet.rows[1].scores['1']).toEqual({ kind: 'score', value: 2 });
  });

  it.each<[ExcelJS.CellValue, string]>([
    [1.5, '«1,5»'],
    ['1,5', '«1,5»'],
    ['-', '«-»'],
    [{ error: '#REF!' }, '#REF!'],
    [new Date(2024, 1, 1), 'дата'],
  ])('%j in a score cell is not-a-score, and the message says what was typed', async (value, shown) => {
    const { problems } = await readOk(await sheetWith([{ code: 40001, variant: 1, scores: [value, 1, 1] }]));
    expect(codesOf(problems)).toEqual(['not-a-score']);
    expect(problems[0].cell).toBe('Протокол!C2');
    expect(problemText(problems[0])).toContain('40001');
    expect(problemText(problems[0])).toContain(shown);
  });

  it('text in a score cell is not repeated in the message (it could be a name)', async () => {
    const { problems } = await readOk(await sheetWith([{ code: 40001, variant: 1, scores: ['Петров', 1, 1] }]));
    expect(codesOf(problems)).toEqual(['not-a-score']);
    expect(problemText(problems[0])).not.toContain('Петров');
    expect(problemText(problems[0])).toContain('текст');
  });

  it('an absent pupil with scores typed in is scores-for-absent, at the first score', async () => {
    const bytes = await sheetWith([{ code: 40001, variant: 'отсутствовал', scores: [undefined, 1, 0] }]);
    const { sheet, problems } = await readOk(bytes);
    expect(codesOf(problems)).toEqual(['scores-for-absent']);
    expect(problems[0].cell).toBe('Протокол!D2');
    expect(problemText(problems[0])).toContain('40001');
    expect(sheet.rows[0].absent).toBe(true);
    // What was typed is kept.
    expect(sheet.rows[0].scores['2']).toEqual({ kind: 'score', value: 1 });
  });

  it('a code without a variant is bad-variant at the variant cell', async () => {
    const { sheet, problems } = await readOk(await sheetWith([{ code: 40001, scores: [1, 1, 1] }]));
    expect(codesOf(problems)).toEqual(['bad-variant']);
    expect(problems[0].cell).toBe('Протокол!B2');
    expect(problemText(problems[0])).toContain('40001');
    expect(problemText(problems[0])).toContain('не указан вариант');
    expect(sheet.rows[0].variant).toBeNull();
  });

  it('a variant that is not a number is bad-variant too', async () => {
    const { problems } = await readOk(await sheetWith([{ code: 40001, variant: 'А', scores: [1, 1, 1] }]));
    expect(codesOf(problems)).toEqual(['bad-variant']);
    expect(problemText(problems[0])).toContain('не числом');
  });

  it('a two-part test needs both variants', async () => {
    const bytes = await sheetWith([{ code: 40001, variant: 1, scores: [1, 1, 1] }], { twoPart: { part2BeforeTask: 2 } });
    const { sheet, problems } = await readOk(bytes);
    expect(codesOf(problems)).toEqual(['bad-variant']);
    // A Код участника, B Вариант (часть 1), C 1, D 2, E Вариант (часть 2), F 3К1.
    expect(problems[0].cell).toBe('Протокол!E2');
    expect(problemText(problems[0])).toContain('Вариант (часть 2)');
    expect(sheet.rows[0]).toMatchObject({ variant: 1, variantPart2: null });
  });

  it('a participant code twice is duplicate-row for the second row, naming both rows', async () => {
    const bytes = await sheetWith([
      { code: 40001, variant: 1, scores: [1, 1, 1] },
      { code: 40002, variant: 2, scores: [2, 0, 3] },
      { code: 40001, variant: 1, scores: [0, 0, 0] },
    ]);
    const { sheet, problems } = await readOk(bytes);
    expect(codesOf(problems)).toEqual(['duplicate-row']);
    expect(problems[0].cell).toBe('Протокол!A4');
    expect(problemText(problems[0])).toContain('40001');
    expect(problemText(problems[0])).toContain('в строках 2 и 4');
    expect(problemText(problems[0])).toContain('различаются');
    // The first row is taken.
    expect(sheet.rows.map((r) => [r.row, r.code])).toEqual([[2, '40001'], [3, '40002']]);
    expect(sheet.rows[0].scores['1']).toEqual({ kind: 'score', value: 1 });
  });

  it('reports only the repeat for a repeated row, not the problems of its cells', async () => {
    const { problems } = await readOk(await sheetWith([{ code: 40001, variant: 1 }, { code: 40001, variant: 'Б', scores: [7] }]));
    expect(problems.map((p) => [p.problem, p.cell])).toEqual([['duplicate-row', 'Протокол!A3']]);
  });

  it('says when the duplicated rows are identical copies', async () => {
    const row = { code: 40003, variant: 1, scores: [1, 1, 1] };
    const { problems } = await readOk(await sheetWith([row, row]));
    expect(codesOf(problems)).toEqual(['duplicate-row']);
    expect(problemText(problems[0])).toContain('строки совпадают');
  });

  it('scores without a code are missing-code; the row is not read', async () => {
    const { sheet, problems } = await readOk(await sheetWith([{ code: 40001, variant: 1 }, { variant: 2, scores: [1, 1, 1] }]));
    expect(codesOf(problems)).toEqual(['missing-code']);
    expect(problems[0].cell).toBe('Протокол!A3');
    expect(problemText(problems[0])).toContain('строке 3');
    expect(sheet.rows.map((r) => r.code)).toEqual(['40001']);
  });

  it('scores under something that is not a code are bad-code, without repeating what was typed', async () => {
    const { sheet, problems } = await readOk(await sheetWith([{ code: 'Сидорова Анна', variant: 1, scores: [1, 1, 1] }, { code: 123, variant: 1 }]));
    expect(codesOf(problems)).toEqual(['bad-code', 'bad-code']);
    expect(problems.map((p) => p.cell)).toEqual(['Протокол!A2', 'Протокол!A3']);
    expect(problemText(problems[0])).not.toContain('Сидорова');
    expect(sheet.rows).toEqual([]);
  });

  it('text under the table without scores (a signature, a date) is not data and not a problem', async () => {
    const bytes = await sheetWith([{ code: 40001, variant: 1, scores: [1, 1, 1] }], {
      cells: { A5: 'Учитель: Иванова И. И.', A6: 'Дата: 20.04.2026' },
    });
    const { sheet, problems } = await readOk(bytes);
    expect(problems).toEqual([]);
    expect(sheet.rows).toHaveLength(1);
    expect(JSON.stringify(sheet)).not.toContain('Иванова');
  });

  it('a column with an unrecognised header and values is unknown-column', async () => {
    const bytes = await sheetWith([{ code: 40001, variant: 1, scores: [1, 1, 1], extra: { '13': 2 } }], {
      trailingColumns: ['13', 'Итого баллов'],
    });
    const { sheet, problems } = await readOk(bytes);
    expect(codesOf(problems)).toEqual(['unknown-column']);
    expect(problems[0].cell).toBe('Протокол!F1');
    expect(problemText(problems[0])).toContain('«13»');
    expect(problemText(problems[0])).toContain('«5 (2б)»');
    expect(sheet.ignoredColumns).toContain('13');
  });

  it('an unrecognised column left empty is only listed as ignored', async () => {
    const { sheet, problems } = await readOk(await sheetWith([{ code: 40001, variant: 1 }], { trailingColumns: ['Примерная оценка учителя ВПР'] }));
    expect(problems.filter((p) => p.problem === 'unknown-column')).toEqual([]);
    expect(sheet.ignoredColumns).toEqual(['Примерная оценка учителя ВПР']);
  });

  it('a task header repeated is read once; the second column is reported when it holds values', async () => {
    const bytes = await makeScoreSheet({ tasks: ['1 (2б)', '2 (1б)', '1 (2б)'], rows: [{ code: 40001, variant: 1, scores: [1, 1, 2] }] });
    const { sheet, problems } = await readOk(bytes);
    expect(sheet.tasks.map((t) => t.task)).toEqual(['1', '2']);
    expect(codesOf(problems)).toEqual(['unknown-column']);
    expect(problemText(problems[0])).toContain('задание 1 уже есть');
  });

  it('quotes a sheet name with spaces in cell references', async () => {
    const bytes = await sheetWith([{ code: 40001, variant: 1, scores: [9, 1, 1] }], { sheetName: '8 класс' });
    const { problems } = await readOk(bytes);
    expect(problems[0].cell).toBe("'8 класс'!C2");
  });

  it('reports every problem of a messy sheet, one per cell, in row order', async () => {
    const bytes = await sheetWith([
      { code: 40001, variant: 1, scores: [3, 'Y', 1] },
      { code: 40002 },
      { code: 40003, absent: true, scores: [1] },
      { code: 40001, variant: 2 },
    ]);
    const { problems } = await readOk(bytes);
    expect(problems.map((p) => [p.problem, p.cell])).toEqual([
      ['score-above-max', 'Протокол!C2'],
      ['not-a-score', 'Протокол!D2'],
      ['bad-variant', 'Протокол!B3'],
      ['scores-for-absent', 'Протокол!C4'],
      ['duplicate-row', 'Протокол!A5'],
    ]);
    for (const p of problems) expect(problemText(p)).toMatch(/[А-Яа-я]/);
  });
});
