import { codesOf, read, readOk, realForm, SOURCE } from './helpers';
import { problemText } from '../../../src/engine/wording';

const CODES = Array.from({ length: 20 }, (_, i) => String(40001 + i));

const TASKS_2024 = [
  { task: '1', max: 1 }, { task: '2', max: 1 }, { task: '3', max: 2 }, { task: '4', max: 1 },
  { task: '5.1', max: 1 }, { task: '5.2', max: 1 }, { task: '6.1', max: 1 }, { task: '6.2', max: 1 },
  { task: '7', max: 1 }, { task: '8', max: 2 }, { task: '9.1', max: 1 }, { task: '9.2', max: 1 },
  { task: '10', max: 2 }, { task: '11', max: 2 }, { task: '12', max: 2 },
];

describe('the real 2024 form (Код, Вариант, re-saved without its dropdown sheets)', () => {
  it('finds the table on the sheet Протокол with its header in row 1', async () => {
    const { sheet, problems } = await readOk(realForm('base_form_2024-11-12.xlsx'));
    expect(sheet.sheetName).toBe('Протокол');
    expect(sheet.headerRow).toBe(1);
    expect(sheet.source).toEqual(SOURCE);
    expect(problems).toEqual([]);
  });

  it('reads the tasks and their maxima from the headers, in column order', async () => {
    const { sheet } = await readOk(realForm('base_form_2024-11-12.xlsx'));
    expect(sheet.tasks).toEqual(TASKS_2024);
  });

  it('reads the twenty participants 40001–40020 as text codes in their rows', async () => {
    const { sheet } = await readOk(realForm('base_form_2024-11-12.xlsx'));
    expect(sheet.rows.map((r) => r.code)).toEqual(CODES);
    expect(sheet.rows.map((r) => r.row)).toEqual(CODES.map((_, i) => i + 2));
  });

  it('reads variants and every task score of a participant', async () => {
    const { sheet } = await readOk(realForm('base_form_2024-11-12.xlsx'));
    const first = sheet.rows[0];
    expect(first.variant).toBe(1);
    expect(first.absent).toBe(false);
    expect(first.variantPart2).toBeUndefined();
    expect(Object.keys(first.scores).sort()).toEqual(TASKS_2024.map((t) => t.task).sort());
    expect(first.scores['3']).toEqual({ kind: 'score', value: 2 });
    expect(first.scores['12']).toEqual({ kind: 'score', value: 2 });
    // 40018, row 19: a weaker work with zeros.
    const weak = sheet.rows.find((r) => r.code === '40018')!;
    expect(weak.variant).toBe(2);
    expect(weak.scores['1']).toEqual({ kind: 'score', value: 0 });
    expect(weak.scores['10']).toEqual({ kind: 'score', value: 2 });
  });

  it('marks the two absentees (отсутствовал in Вариант) with no variant and no scores', async () => {
    const { sheet } = await readOk(realForm('base_form_2024-11-12.xlsx'));
    const absent = sheet.rows.filter((r) => r.absent);
    expect(absent.map((r) => r.code)).toEqual(['40019', '40020']);
    for (const row of absent) {
      expect(row.variant).toBeNull();
      expect(Object.values(row.scores).every((s) => s.kind === 'empty')).toBe(true);
    }
  });

  it('keeps class, sex, previous mark and the Итого баллов formula out of the scores', async () => {
    const { sheet } = await readOk(realForm('base_form_2024-11-12.xlsx'));
    expect(sheet.ignoredColumns).toEqual([
      'Класс № (список формируется из листа "Классы")',
      'Пол',
      'Отметка за предыдущий триместр/ четверть/полугодие',
      'Итого баллов',
    ]);
    expect(sheet.personalColumns).toEqual([]);
  });
});

describe('the real 2025 form (two-part variants, sheets Протокол and Протокол_2)', () => {
  it('reads the sheet Протокол, whose part-two variant column sits between tasks 6.2 and 7', async () => {
    const { sheet, problems } = await readOk(realForm('base_form_2025-05-06.xlsx'));
    expect(sheet.sheetName).toBe('Протокол');
    expect(sheet.headerRow).toBe(1);
    expect(sheet.tasks.map((t) => t.task)).toEqual(TASKS_2024.map((t) => (t.task === '11' ? '11.3К1' : t.task)));
    expect(sheet.tasks.find((t) => t.task === '11.3К1')).toEqual({ task: '11.3К1', max: 2 });
    expect(problems).toEqual([]);
  });

  it('gives each participant the variants of both parts', async () => {
    const { sheet } = await readOk(realForm('base_form_2025-05-06.xlsx'));
    expect(sheet.rows.map((r) => r.code)).toEqual(CODES);
    expect(sheet.rows.slice(0, 4).map((r) => [r.variant, r.variantPart2])).toEqual([[1, 1], [2, 2], [1, 1], [2, 2]]);
    const absent = sheet.rows.filter((r) => r.absent);
    expect(absent.map((r) => [r.code, r.variant, r.variantPart2])).toEqual([['40019', null, null], ['40020', null, null]]);
  });

  it('reads the typed header «11.3 k1 (2б)» (Latin k, a space) as task 11.3К1', async () => {
    const { sheet } = await readOk(realForm('base_form_2025-05-06.xlsx'));
    expect(sheet.rows.find((r) => r.code === '40006')!.scores['11.3К1']).toEqual({ kind: 'score', value: 1 });
    expect(sheet.rows.find((r) => r.code === '40008')!.scores['11.3К1']).toEqual({ kind: 'score', value: 0 });
  });

  it('says nothing about Протокол_2: it is a copy of the same class with the same scores', async () => {
    const result = await read(realForm('base_form_2025-05-06.xlsx'));
    expect(result.ok).toBe(true);
    expect(codesOf(result.problems)).not.toContain('other-score-sheet');
  });
});

describe('the real school-made analysis sheet with a ФИО column', () => {
  it('is not a score sheet: no participant code column, so the layout is unknown', async () => {
    const result = await read(realForm('base_form_2024-09-18.xlsx'));
    expect(result.ok).toBe(false);
    expect(codesOf(result.problems)).toEqual(['unknown-layout']);
    const [problem] = result.problems;
    expect(problemText(problem)).toContain('«Код участника» (или «Код»)');
    expect(problemText(problem)).toContain('«Вариант»');
  });

  it('warns that the file holds pupils\u2019 names and must not reach experts', async () => {
    const result = await read(realForm('base_form_2024-09-18.xlsx'));
    expect(problemText(result.problems[0])).toMatch(/персональные данные/);
    expect(result.problems[0].archive).toBe(SOURCE.archive);
    expect(result.problems[0].path).toBe(SOURCE.path);
  });
});
