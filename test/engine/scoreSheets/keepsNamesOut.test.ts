import { makeScoreSheet } from '../../support/scoreSheetFactory';
import { readOk } from './helpers';

const TASKS = ['1 (2б)', '2 (1б)'];
const NAMES = ['Иванов Иван Иванович', 'Петрова Мария', 'Сидоров П.'];

describe('personal data in a score sheet', () => {
  it('recognises a ФИО column and copies no name into the result', async () => {
    const bytes = await makeScoreSheet({
      tasks: TASKS,
      fioColumn: true,
      rows: NAMES.map((name, i) => ({ code: 40001 + i, name, variant: 1, scores: [2, 1] })),
    });
    const { sheet, problems } = await readOk(bytes);
    expect(sheet.personalColumns).toEqual(['ФИО']);
    expect(sheet.rows.map((r) => r.code)).toEqual(['40001', '40002', '40003']);
    const everything = JSON.stringify({ sheet, problems });
    for (const name of NAMES) expect(everything).not.toContain(name.split(' ')[0]);
  });

  it.each(['Ф.И.', 'Фамилия, имя обучающегося', 'Ученик', 'ФИО учащегося'])('recognises %j as personal', async (header) => {
    const bytes = await makeScoreSheet({ tasks: TASKS, fioColumn: header, rows: [{ code: 40001, name: 'Орлова Анна', variant: 2, scores: [1, 0] }] });
    const { sheet, problems } = await readOk(bytes);
    expect(sheet.personalColumns).toEqual([header]);
    expect(sheet.ignoredColumns).not.toContain(header);
    expect(JSON.stringify({ sheet, problems })).not.toContain('Орлова');
  });

  it('keeps names out of problem messages too', async () => {
    const bytes = await makeScoreSheet({
      tasks: TASKS,
      fioColumn: true,
      rows: [
        { code: 40001, name: 'Кузнецова Ольга', scores: [5, 'много'] },
        { code: 40001, name: 'Кузнецова Ольга', variant: 1 },
        { name: 'Морозов Олег', variant: 1, scores: [1, 1] },
      ],
    });
    const { problems } = await readOk(bytes);
    expect(problems.length).toBeGreaterThanOrEqual(4);
    const text = JSON.stringify(problems);
    expect(text).not.toContain('Кузнецова');
    expect(text).not.toContain('Морозов');
    expect(text).not.toContain('много');
  });
});
