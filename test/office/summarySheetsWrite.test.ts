/**
 * The summary writer against the browser tests' stand-in Excel host, run here in Node: 60,000 rows of Свод take a
 * few requests under the 5 MB limit, never one per row.
 */
import { computeStatistics, summaryCharts, summarySheets, type MergeRow } from '../../src/engine';
import { writeSummary } from '../../src/office/excel';
import { REQUEST_BYTE_BUDGET } from '../../src/office/excel/writeBlocks';
import { chartBlocks, chartPlaces, groupUnderBudget, summarySheetBlocks } from '../../src/office/excel/summaryValues';
import { standInExcelScript, type StandInExcelApi } from '../e2e/support/standInExcel';
import { standInOfficeScript } from '../e2e/support/standInOffice';
import { workRows } from '../engine/statistics/rows';

const globals = globalThis as unknown as Record<string, unknown>;

beforeAll(() => {
  globals.window = globalThis;
  const script = standInOfficeScript({ extraScript: standInExcelScript({ sheets: [{ name: 'Лист1', rows: [['своё']], visibility: 'Visible', protected: false }], active: { sheet: 'Лист1', row: 1, column: 1 } }) });
  new Function(script)();
});

afterAll(() => {
  for (const name of ['window', 'Office', 'Excel', '__standInExcel', '__standInOffice']) delete globals[name];
});

/** 3,000 works × 20 tasks in 100 schools. */
function bigMerge(): MergeRow[] {
  const tasks = Array.from({ length: 20 }, (_, index) => [String(index + 1), 2, (index % 3), (index % 3) - (index % 7 === 0 ? 1 : 0)] as [string, number, number, number]);
  const rows: MergeRow[] = [];
  for (let work = 0; work < 3000; work += 1) {
    const school = Math.floor(work / 30);
    const place = { municipality: `Район ${school % 10}`, school: `Школа ${school}`, schoolCode: `ОО-${String(school).padStart(3, '0')}` };
    workRows(`${100000 + work}`, tasks.map(([task, max, s, e]) => [task, max, s, Math.max(0, e)]), place).forEach((row, index) => {
      rows.push({ ...row, packageId: `2026-Т1-Э${school}-1`, round: 1, file: `Протокол ${school}.xlsx`, sheetRow: index + 2, errorCode: null, explanation: '' });
    });
  }
  return rows;
}

describe('writeSummary', () => {
  it('writes 60,000 rows in a few requests under the budget: what is there, new sheets, the values, tables and charts', async () => {
    const rows = bigMerge();
    const statistics = computeStatistics(rows);
    const sheets = summarySheets({ protocols: [], rows, comments: [], statistics, language: 'ru', report: { metadata: { region: 'Р', centre: 'Ц', testPeriod: 'П', date: '2026-05-20' } } });
    const charts = summaryCharts(statistics);
    const api = (globals.__standInExcel as StandInExcelApi);
    const before = api.syncs;
    const result = await writeSummary(sheets, charts);
    expect(result).toMatchObject({ ok: true, value: { replaced: false } });
    const groups = groupUnderBudget([...sheets.flatMap((sheet) => summarySheetBlocks(sheet)), ...chartBlocks('Диаграммы', chartPlaces(charts))]);
    const bytes = groups.flat().reduce((sum, block) => sum + block.bytes, 0);
    expect(groups.length).toBeLessThanOrEqual(Math.ceil(bytes / REQUEST_BYTE_BUDGET) + 1);
    expect(groups.length).toBeGreaterThan(1);
    expect(api.syncs - before).toBe(3 + groups.length);
    expect(result.ok && result.value.syncs).toBe(3 + groups.length);
    const snapshot = api.snapshot();
    expect(snapshot.sheets.find((sheet) => sheet.name === 'Свод')!.rows).toHaveLength(60_001);
    expect(snapshot.sheets[0]).toMatchObject({ name: 'Лист1', rows: [['своё']] });
  }, 120_000);
});
