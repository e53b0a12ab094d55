import ExcelJS from 'exceljs';
import { computeStatistics, REPORT_TITLE, summarySheets, type MergedProtocol, type MergeRow } from '../../src/engine';
import { buildSummaryWorkbook } from '../../src/cli/summaryWorkbook';
import { convertWithLibreOffice, parseCsv } from '../support/libreOffice';
import { workRows, type Place, type TaskLine } from '../engine/statistics/rows';

const A: Partial<Place> = { municipality: 'Район А', school: 'Школа А', schoolCode: '0701' };
const B: Partial<Place> = { municipality: 'Район Б', school: 'Школа Б', schoolCode: '0702' };

function mergeRows(workCode: string, lines: TaskLine[], place: Partial<Place>): MergeRow[] {
  return workRows(workCode, lines, place).map((row, index) => ({
    ...row, packageId: '2026-Т1-Э01-1', round: 1, file: 'p.xlsx', sheetRow: index + 2, errorCode: row.errorCodes[0] ?? null, explanation: '',
  }));
}

const ROWS = [
  ...mergeRows('w1', [['1', 6, 5, 4, [3]], ['2', 6, 5, 4, [2]]], A),
  ...mergeRows('w2', [['1', 6, 3, 3], ['2', 6, 3, 3]], A),
  ...mergeRows('w3', [['1', 6, 2, 2], ['2', 6, 3, 3]], B),
];
const PROTOCOLS: MergedProtocol[] = [
  { file: 'p.xlsx', state: 'merged', packageId: '2026-Т1-Э01-1', expert: 'Иванова', round: 1, subject: 'русский язык', grade: 4, completedAt: null, works: 3, rows: 6, problems: [] },
];

describe('the summary workbook of recheck merge --out', () => {
  it('opens in LibreOffice with the engine\'s five sheets, codes kept as text, the flags highlighted by a rule', async () => {
    const statistics = computeStatistics(ROWS);
    const input = { protocols: PROTOCOLS, rows: ROWS, comments: [], statistics, language: 'ru' as const, report: { metadata: { region: 'Р', centre: 'Ц', testPeriod: 'П', date: '2026-05-20' } } };
    const bytes = await buildSummaryWorkbook(input);
    const layout = summarySheets(input);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const rules = (workbook.getWorksheet('Статистика') as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(rules).toEqual([expect.objectContaining({ ref: `A2:AE${layout[2].rows.length + 1}`, rules: [expect.objectContaining({ formulae: ['LEN($AE2)>0'] })] })]);

    const csv = await convertWithLibreOffice([{ name: 'summary.xlsx', bytes }], 'csv');
    const sheet = (name: string) => parseCsv(csv.get(`summary-${name}.csv`)!);
    expect(['Свод', 'Журнал', 'Статистика', 'Комментарии', 'Справка'].every((name) => csv.has(`summary-${name}.csv`))).toBe(true);
    expect(sheet('Свод')[0]).toEqual(layout[0].columns.map((column) => column.header));
    expect(sheet('Свод')[1].slice(0, 3)).toEqual(['Район А', 'Школа А', '0701']);
    expect(sheet('Свод')).toHaveLength(ROWS.length + 1);
    expect(sheet('Справка')[0][0]).toBe(REPORT_TITLE);
  }, 60_000);
});
