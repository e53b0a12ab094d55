import {
  computeStatistics, REPORT_TITLE, STATE_LABELS, summaryCharts, summarySheets, type MergedProtocol, type MergeRow, type SummarySheet,
} from '../../../src/engine';
import { workRows, type Place, type TaskLine } from '../statistics/rows';

const A: Partial<Place> = { municipality: 'Район А', school: 'Школа А', schoolCode: 'ОО-001' };
const B: Partial<Place> = { municipality: 'Район Б', school: 'Школа Б', schoolCode: 'ОО-002' };

function mergeRows(workCode: string, lines: TaskLine[], place: Partial<Place>): MergeRow[] {
  return workRows(workCode, lines, place).map((row, index) => ({
    ...row, packageId: '2026-Т1-Э01-1', round: 1, file: 'почта/p.xlsx', sheetRow: index + 2, errorCode: row.errorCodes[0] ?? null, explanation: '',
  }));
}

/**
 * | school | work | tasks (S → E)        | S  | E  |
 * | А      | w1   | 5 → 4 (3), 5 → 4 (2) | 10 |  8 |
 * | А      | w2   | 3 → 3, X → 0         |  3 |  3 |
 * | Б      | w3   | 2 → 2, 3 → 3         |  5 |  5 |
 * | Б      | w4   | 1 → 1, 3 → 3         |  4 |  4 |
 * Objective share (no scale: S = E): А 1/2, Б 1; changed: А 1/2, Б 0.
 */
const ROWS: MergeRow[] = [
  ...mergeRows('w1', [['1', 6, 5, 4, [3]], ['2', 6, 5, 4, [2]]], A),
  ...mergeRows('w2', [['1', 6, 3, 3], ['2', 6, 'X', 0]], A),
  ...mergeRows('w3', [['1', 6, 2, 2], ['2', 6, 3, 3]], B),
  ...mergeRows('w4', [['1', 6, 1, 1], ['2', 6, 3, 3]], B),
];

const PROTOCOLS: MergedProtocol[] = [
  { file: 'почта/p.xlsx', state: 'merged', packageId: '2026-Т1-Э01-1', expert: 'Иванова', round: 1, subject: 'русский язык', grade: 4, completedAt: null, works: 4, rows: 8, problems: [] },
  { file: 'скан.xlsx', state: 'not-a-protocol', packageId: null, expert: null, round: null, subject: null, grade: null, completedAt: null, works: 0, rows: 0, problems: [] },
];

const statistics = computeStatistics(ROWS);
const sheets = summarySheets({
  protocols: PROTOCOLS, rows: ROWS, comments: [], statistics, language: 'ru',
  report: { metadata: { region: 'Иркутская область', centre: 'ЦОКО', testPeriod: 'апрель 2026', date: '2026-05-20' } },
});
const sheet = (name: string): SummarySheet => sheets.find((s) => s.name === name)!;
const column = (s: SummarySheet, header: string) => s.columns.findIndex((c) => c.header === header);

describe('summarySheets', () => {
  it('lays out the five sheets in order, four of them Excel tables', () => {
    expect(sheets.map((s) => [s.name, s.table])).toEqual([['Свод', 'Svod'], ['Журнал', 'Zhurnal'], ['Статистика', 'Statistika'], ['Комментарии', 'Kommentarii'], ['Справка', null]]);
  });

  it('writes Свод one row per work and task: the real school, both scores (X as typed), E − S, the code and its text', () => {
    const svod = sheet('Свод');
    expect(svod.columns).toHaveLength(19);
    expect(svod.rows).toHaveLength(ROWS.length);
    expect(svod.rows[0].slice(0, 14)).toEqual(['Район А', 'Школа А', 'ОО-001', 'русский язык', 4, 'w1', 1, '1', 6, 5, 4, -1, 3, 'Оценка работ учителями не по критериям']);
    expect(svod.rows[3].slice(9, 13)).toEqual(['X', 0, 0, null]);
    expect(svod.columns[column(svod, 'Код ОО')].format).toBe('text');
  });

  it('writes Журнал one row per file with its state in words and as a code', () => {
    expect(sheet('Журнал').rows.map((row) => row.slice(0, 3))).toEqual([
      ['почта/p.xlsx', STATE_LABELS.ru.merged, 'merged'],
      ['скан.xlsx', STATE_LABELS.ru['not-a-protocol'], 'not-a-protocol'],
    ]);
  });

  it('marks the flags column of Статистика for highlighting; only the flagged school has flags', () => {
    const table = sheet('Статистика');
    expect(table.highlightColumn).toBe(column(table, 'Флаги'));
    const schools = table.rows.filter((row) => row[0] === 'школа');
    expect(schools.map((row) => [row[2], row[table.highlightColumn!]])).toEqual([
      ['Школа А', expect.stringContaining('objectiveShare')],
      ['Школа Б', null],
    ]);
    const share = column(table, 'Доля объективно оценённых');
    expect(schools.map((row) => row[share])).toEqual([0.5, 1]);
    expect(table.columns[share].format).toBe('percent');
  });

  it('writes the report on Справка: its title first, its tables as rows, the flagged school named', () => {
    const report = sheet('Справка');
    expect(report.rows[0][0]).toBe(REPORT_TITLE);
    expect(report.rows.some((row) => row.some((cell) => typeof cell === 'string' && cell.includes('Школа А')))).toBe(true);
    expect(report.rows.every((row) => row.length === report.columns.length)).toBe(true);
  });
});

describe('summaryCharts', () => {
  const charts = summaryCharts(statistics);

  it('draws shares by municipality and school, means per task, error codes; no marks chart without a scale', () => {
    expect(charts.map((chart) => [chart.name, chart.kind])).toEqual([
      ['RecheckSharesByMunicipality', 'bar'],
      ['RecheckSharesBySchool', 'bar'],
      ['RecheckMeansByTask', 'column'],
      ['RecheckErrorCodes', 'column'],
    ]);
  });

  it('sorts the shares so that the lowest objective share is drawn at the top (last row)', () => {
    expect(charts[0].rows).toEqual([['Район Б', 0, 1], ['Район А', 0.5, 0.5]]);
    expect(charts[1].rows.map((row) => row[0])).toEqual(['Школа Б (Район Б)', 'Школа А (Район А)']);
  });

  it('gives the mean school and expert points per task and the error codes counted by hand', () => {
    expect(charts[2].rows).toEqual([['№1', 11 / 4, 10 / 4], ['№2', 11 / 4, 10 / 4]]);
    expect(charts[3].rows.map((row) => row[1])).toEqual([0, 1, 1, 0, 0, 0, 0]);
  });

  it('draws marks lowered, confirmed and raised by municipality as a stacked bar when a scale is given', () => {
    // Scale 3/6/9 of 12: w1 10 → 8 is «5» → «4» (lowered); the other works keep their mark.
    const withScale = summaryCharts(computeStatistics(ROWS, { scales: [{ subject: 'русский язык', grade: 4, lowest3: 3, lowest4: 6, lowest5: 9, max: 12 }] }));
    const marks = withScale.find((chart) => chart.name === 'RecheckMarks');
    expect(marks).toMatchObject({ kind: 'stackedBar', header: ['Муниципалитет', 'Понижена', 'Подтверждена', 'Повышена'] });
    expect(marks!.rows).toEqual([['Район А', 1, 1, 0], ['Район Б', 0, 2, 0]]);
  });
});
