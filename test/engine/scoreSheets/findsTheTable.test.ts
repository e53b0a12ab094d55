import ExcelJS from 'exceljs';
import { makeScoreSheet, makeScoreWorkbook, sampleRows } from '../../support/scoreSheetFactory';
import { codesOf, read, readOk } from './helpers';
import { problemText } from '../../../src/engine/wording';

const TASKS = ['1 (2б)', '2 (1б)', '3К1 (3б)'];

/** Writes `values` into row `row` from column `first`; undefined leaves a cell empty. */
function put(ws: ExcelJS.Worksheet, row: number, first: number, values: ReadonlyArray<ExcelJS.CellValue | undefined>): void {
  values.forEach((value, i) => {
    if (value !== undefined) ws.getCell(row, first + i).value = value;
  });
}

describe('finding the table of a score sheet', () => {
  it('reads the 2026 form: Код участника, Вариант, criteria tasks 4К1…4К4, X for no answer', async () => {
    const bytes = await makeScoreSheet({
      rows: [
        { code: 40001, variant: 1, scores: [5, 4, 'X', 3, 2, 'Х', 0] },
        { code: 40002, variant: 2, scores: [0, 0, 0, 0, 0, 0, 0] },
      ],
    });
    const { sheet, problems } = await readOk(bytes);
    expect(problems).toEqual([]);
    expect(sheet.tasks).toEqual([
      { task: '1', max: 5 }, { task: '2', max: 5 }, { task: '3', max: 5 },
      { task: '4К1', max: 3 }, { task: '4К2', max: 2 }, { task: '4К3', max: 3 }, { task: '4К4', max: 2 },
    ]);
    expect(sheet.rows[0]).toEqual({
      row: 2,
      code: '40001',
      variant: 1,
      absent: false,
      scores: {
        '1': { kind: 'score', value: 5 },
        '2': { kind: 'score', value: 4 },
        '3': { kind: 'no-answer' },
        '4К1': { kind: 'score', value: 3 },
        '4К2': { kind: 'score', value: 2 },
        '4К3': { kind: 'no-answer' },
        '4К4': { kind: 'score', value: 0 },
      },
    });
    expect(sheet.ignoredColumns).toEqual([
      'Порядковый номер класса',
      'Отметка за предыдущий триместр/ четверть/полугодие',
      'Итого баллов',
    ]);
  });

  it('accepts the older header Код', async () => {
    const { sheet } = await readOk(await makeScoreSheet({ codeHeader: 'Код', tasks: TASKS, rows: [{ code: 40001, variant: 1, scores: [1, 1, 1] }] }));
    expect(sheet.rows.map((r) => r.code)).toEqual(['40001']);
  });

  it('finds headers typed with other case, extra spaces and line breaks', async () => {
    const bytes = await makeScoreSheet({
      codeHeader: '  КОД\nУЧАСТНИКА ',
      variantHeader: 'вариант ',
      tasks: ['1\n(2б)', ' 2 (1 балл) ', '3 к1(3 б)'],
      rows: [{ code: 40001, variant: 2, scores: [2, 1, 3] }],
    });
    const { sheet } = await readOk(bytes);
    expect(sheet.tasks).toEqual([{ task: '1', max: 2 }, { task: '2', max: 1 }, { task: '3К1', max: 3 }]);
    expect(sheet.rows[0].variant).toBe(2);
    expect(sheet.rows[0].scores['3К1']).toEqual({ kind: 'score', value: 3 });
  });

  it('places columns by header text, not by position', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Лист1');
    ws.addRow(['Пол', '2 (1б)', 'Вариант', 'Итого баллов', '1 (2б)', 'Код участника']);
    ws.addRow(['м', 1, 2, 3, 2, 40007]);
    const { sheet } = await readOk(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(sheet.sheetName).toBe('Лист1');
    expect(sheet.tasks.map((t) => t.task)).toEqual(['2', '1']);
    expect(sheet.rows).toEqual([
      { row: 2, code: '40007', variant: 2, absent: false, scores: { '1': { kind: 'score', value: 2 }, '2': { kind: 'score', value: 1 } } },
    ]);
  });

  it('finds a header below a title block, as in ФИС ОКО exports (header in row 8, group rows)', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('РУ 4 Индивидуальные результаты');
    ws.getCell('A1').value = 'Индивидуальные результаты';
    ws.getCell('A3').value = 'ВПР 2026 Русский язык 4 класс';
    ws.getCell('A4').value = 'Предмет:';
    ws.getCell('B4').value = 'Русский язык';
    put(ws, 7, 3, ['Уровень сложности задания', undefined, undefined, undefined, 'Б', 'Б', 'П']);
    put(ws, 8, 1, ['ОО', 'Муниципалитет', 'Название ОО', 'Код участника', 'Класс', 'Вариант', '1 (2б)', '2 (1б)', '9.1 (1б)', 'Первичный балл', 'Отметка', 'Отметка по журналу']);
    put(ws, 9, 1, ['МБОУ «СОШ №1»(edu203389) | Кол-во участников: 2']);
    put(ws, 10, 1, ['edu203389', 'район', 'МБОУ «СОШ №1»', 40001, 1, 1, 1, 1, 1, 3, 3, 3]);
    put(ws, 11, 1, ['edu203389', 'район', 'МБОУ «СОШ №1»', 40002, 1, 2, 2, 0, 'X', 2, 2, 3]);
    const { sheet, problems } = await readOk(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(problems).toEqual([]);
    expect(sheet.headerRow).toBe(8);
    expect(sheet.tasks).toEqual([{ task: '1', max: 2 }, { task: '2', max: 1 }, { task: '9.1', max: 1 }]);
    expect(sheet.rows.map((r) => [r.row, r.code, r.variant])).toEqual([[10, '40001', 1], [11, '40002', 2]]);
    expect(sheet.ignoredColumns).toEqual(['ОО', 'Муниципалитет', 'Название ОО', 'Класс', 'Первичный балл', 'Отметка', 'Отметка по журналу']);
  });

  it('reads task headers from a second header row under a merged «Баллы за задания»', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Протокол');
    put(ws, 1, 1, ['Код участника', 'Вариант', 'Баллы за задания', undefined, undefined, 'Итого баллов']);
    put(ws, 2, 3, ['1 (1б)', '2 (2б)', '3 (1б)']);
    ws.mergeCells('A1:A2');
    ws.mergeCells('B1:B2');
    ws.mergeCells('C1:E1');
    ws.mergeCells('F1:F2');
    put(ws, 3, 1, [40001, 1, 1, 2, 0, 3]);
    const { sheet } = await readOk(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(sheet.headerRow).toBe(1);
    expect(sheet.tasks).toEqual([{ task: '1', max: 1 }, { task: '2', max: 2 }, { task: '3', max: 1 }]);
    expect(sheet.rows.map((r) => [r.row, r.code, r.scores['2']])).toEqual([[3, '40001', { kind: 'score', value: 2 }]]);
  });

  it('skips the pre-sized empty rows of the form silently', async () => {
    const { sheet, problems } = await readOk(await makeScoreSheet({ tasks: TASKS, rows: sampleRows(3, TASKS), presizedRows: 300 }));
    expect(sheet.rows).toHaveLength(3);
    expect(problems).toEqual([]);
  });

  it('skips columns without a header (the form keeps helper values there)', async () => {
    const bytes = await makeScoreSheet({
      tasks: TASKS,
      rows: [{ code: 40001, variant: 1, scores: [1, 1, 1] }],
      cells: { P2: 'X', Q2: 0, R3: 'X' },
    });
    const { sheet, problems } = await readOk(bytes);
    expect(problems).toEqual([]);
    expect(sheet.tasks).toHaveLength(3);
  });

  it('reads a two-part test with Вариант (часть 1) and Вариант (часть 2)', async () => {
    const bytes = await makeScoreSheet({
      tasks: TASKS,
      twoPart: { part2BeforeTask: 2 },
      rows: [{ code: 40001, variant: 1, variantPart2: 2, scores: [2, 1, 3] }, { code: 40002, absent: true }],
    });
    const { sheet, problems } = await readOk(bytes);
    expect(problems).toEqual([]);
    expect(sheet.rows.map((r) => [r.code, r.variant, r.variantPart2, r.absent])).toEqual([
      ['40001', 1, 2, false],
      ['40002', null, null, true],
    ]);
  });

  it('gives codes as text: a number without .0, a text code with its leading zero', async () => {
    const bytes = await makeScoreSheet({
      tasks: TASKS,
      rows: [{ code: 4002, variant: 1 }, { code: '04003', variant: 1 }, { code: ' 123456 ', variant: 2 }],
    });
    const { sheet } = await readOk(bytes);
    expect(sheet.rows.map((r) => r.code)).toEqual(['4002', '04003', '123456']);
  });

  it('takes a formula\u2019s result, rich text, shared formulas and hyperlinks as their values', async () => {
    const bytes = await makeScoreSheet({
      tasks: TASKS,
      rows: [
        { code: 40001, variant: { formula: '1', result: 1 }, scores: [{ richText: [{ text: '2' }] }, { formula: 'IF(1,1,0)', result: 1 }, 'x'] },
        { code: { text: '40002', hyperlink: 'https://example.org' }, variant: 2, scores: [0, 0, 0] },
      ],
    });
    const { sheet, problems } = await readOk(bytes);
    expect(problems).toEqual([]);
    expect(sheet.rows[0].variant).toBe(1);
    expect(sheet.rows[0].scores).toEqual({
      '1': { kind: 'score', value: 2 },
      '2': { kind: 'score', value: 1 },
      '3К1': { kind: 'no-answer' },
    });
    expect(sheet.rows[1].code).toBe('40002');
  });

  it('marks a pupil absent from отсутствовал in any case, also typed into a task cell', async () => {
    const bytes = await makeScoreSheet({
      tasks: TASKS,
      rows: [
        { code: 40001, variant: 'ОТСУТСТВОВАЛ' },
        { code: 40002, variant: 'Отсутствовала' },
        { code: 40003, variant: null, scores: ['отсутствовал'] },
      ],
    });
    const { sheet, problems } = await readOk(bytes);
    expect(problems).toEqual([]);
    expect(sheet.rows.map((r) => [r.code, r.absent, r.variant])).toEqual([
      ['40001', true, null],
      ['40002', true, null],
      ['40003', true, null],
    ]);
    expect(sheet.rows[2].scores['1']).toEqual({ kind: 'empty' });
  });

  it('reads an untouched form as a sheet with tasks and no rows', async () => {
    const { sheet, problems } = await readOk(await makeScoreSheet({ presizedRows: 100 }));
    expect(sheet.rows).toEqual([]);
    expect(sheet.tasks).toHaveLength(7);
    expect(problems).toEqual([]);
  });
});

describe('choosing among several sheets', () => {
  const data = { tasks: TASKS, rows: sampleRows(4, TASKS) };

  it('prefers the sheet named Протокол', async () => {
    const bytes = await makeScoreWorkbook([{ ...data, sheetName: 'Копия' }, { ...data, sheetName: 'Протокол' }]);
    const { sheet } = await readOk(bytes);
    expect(sheet.sheetName).toBe('Протокол');
  });

  it('reads the table wherever it is when no sheet is named Протокол', async () => {
    const bytes = await makeScoreWorkbook([{ ...data, sheetName: '8 класс' }], {
      extraSheets: [{ name: 'Инструкция', rows: [['Заполните лист «8 класс»'], ['Код участника — 5 цифр']] }],
    });
    const { sheet } = await readOk(bytes);
    expect(sheet.sheetName).toBe('8 класс');
  });

  it('reads a filled-in copy when Протокол is the untouched form', async () => {
    const bytes = await makeScoreWorkbook([{ tasks: TASKS, presizedRows: 50 }, { ...data, sheetName: 'Протокол_2' }]);
    const { sheet, problems } = await readOk(bytes);
    expect(sheet.sheetName).toBe('Протокол_2');
    expect(sheet.rows).toHaveLength(4);
    expect(problems).toEqual([]);
  });

  it('says nothing about a second sheet holding the same data (the real 2025 Протокол_2)', async () => {
    const bytes = await makeScoreWorkbook([data, { ...data, sheetName: 'Протокол_2' }]);
    const { problems } = await readOk(bytes);
    expect(problems).toEqual([]);
  });

  it('reports a second sheet whose participants or scores differ, naming the codes', async () => {
    const other = sampleRows(5, TASKS);
    other[1] = { ...other[1], scores: [0, 0, 0] };
    const bytes = await makeScoreWorkbook([data, { tasks: TASKS, rows: other, sheetName: 'Протокол_2' }]);
    const { sheet, problems } = await readOk(bytes);
    expect(sheet.sheetName).toBe('Протокол');
    expect(codesOf(problems)).toEqual(['other-score-sheet']);
    expect(problemText(problems[0])).toContain('«Протокол_2»');
    expect(problemText(problems[0])).toContain('40005');
    expect(problemText(problems[0])).toContain('40002');
    expect(problemText(problems[0])).toContain('Прочитан только лист «Протокол»');
  });
});

describe('a workbook without a usable table', () => {
  it('is unknown-layout when no sheet has Код участника and Вариант in its first 30 rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Лист1');
    ws.addRow(['Номер работы', 'Баллы']);
    ws.addRow([40001, 12]);
    const result = await read(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(result.ok).toBe(false);
    expect(codesOf(result.problems)).toEqual(['unknown-layout']);
    expect(problemText(result.problems[0])).toContain('«Код участника» (или «Код») и «Вариант»');
    expect(problemText(result.problems[0])).not.toContain('персональные');
  });

  it('is unknown-layout when the header is below row 30', async () => {
    const titleRows = Array.from({ length: 30 }, (_, i) => `строка ${i + 1}`);
    const result = await read(await makeScoreSheet({ titleRows, tasks: TASKS, rows: sampleRows(2, TASKS) }));
    expect(codesOf(result.problems)).toEqual(['unknown-layout']);
  });

  it('is no-tasks when the table has no task column with a maximum', async () => {
    const result = await read(await makeScoreSheet({ tasks: ['1', '2', '3'], rows: [{ code: 40001, variant: 1, scores: [1, 1, 1] }] }));
    expect(result.ok).toBe(false);
    expect(codesOf(result.problems)).toEqual(['no-tasks']);
    expect(problemText(result.problems[0])).toContain('«Протокол»');
  });
});
