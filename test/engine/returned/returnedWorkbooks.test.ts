import ExcelJS from 'exceljs';
import { ERROR_CODES, readReturnedWorkbook, returnProtocols, RETURNED_SHEETS, type ReturnResult } from '../../../src/engine';
import { convertWithLibreOffice, parseCsv } from '../../support/libreOffice';
import { EXPERTS } from '../merge/returnedProtocols';
import { mergedRegion, xlsxText, type MergedRegion } from './returnedFixtures';

let data: MergedRegion;
let result: ReturnResult;
/** LibreOffice's CSV of every sheet of every school workbook, by `<file base>-<sheet>.csv`. */
let csv: Map<string, Uint8Array>;
let files: Array<{ municipality: string; name: string; base: string; data: Uint8Array }>;

beforeAll(async () => {
  data = await mergedRegion();
  result = await returnProtocols({
    merged: data.merged,
    statistics: data.statistics,
    key: data.region.key,
    received: '2026-04-30',
    testPeriodEnd: '2026-04-25',
    createdAt: '2026-05-01T09:00:00.000Z',
  });
  files = result.municipalities.flatMap((m) =>
    m.files.filter((file) => file.name.endsWith('.xlsx')).map((file, index) => ({ municipality: m.municipality, name: file.name, base: `${m.folder}-${index}`, data: file.data })),
  );
  csv = await convertWithLibreOffice(files.map((file) => ({ name: `${file.base}.xlsx`, bytes: file.data })), 'csv');
}, 180_000);

function sheet(base: string, name: string): string[][] {
  const entry = [...csv].find(([file]) => file.normalize('NFC') === `${base}-${name}.csv`.normalize('NFC'));
  if (!entry) throw new Error(`LibreOffice wrote no ${base}-${name}.csv: ${[...csv.keys()].join(', ')}`);
  return parseCsv(entry[1]);
}

const schoolFiles = () => files.filter((file) => !file.name.startsWith('Сводка'));

describe('returned protocols', () => {
  it('gives each municipality its own schools, one workbook per school and test, a summary and a cover letter with the deadline', () => {
    const schools = data.region.key.schools;
    expect(result.municipalities.map((m) => m.municipality).sort()).toEqual([...new Set(schools.map((s) => s.municipality))].sort());
    for (const m of result.municipalities) {
      expect(m.schools.map((s) => s.school).sort()).toEqual(schools.filter((s) => s.municipality === m.municipality).map((s) => s.school).sort());
      expect(m.files.map((f) => f.name)).toEqual(expect.arrayContaining(['Сводка по муниципалитету.xlsx', 'Сопроводительное письмо.txt']));
      // 30 April 2026: 1–3 and 9–11 May are days off, so the 10th working day is 18 May.
      expect(m.deadlines.reportDue).toBe('2026-05-18');
      const letter = new TextDecoder().decode(m.files.find((f) => f.name.endsWith('.txt'))!.data);
      expect(letter).toContain('не позднее 18.05.2026');
    }
  });

  it('opens the municipal summary in LibreOffice: its schools side by side, the ones needing attention first, and the dates', () => {
    for (const file of files.filter((f) => f.name.startsWith('Сводка'))) {
      const [header, ...rows] = sheet(file.base, 'Школы');
      expect(header.slice(0, 2)).toEqual(['Школа', 'Код ОО']);
      const flags = rows.map((row) => row[header.indexOf('Требует внимания')]);
      expect(flags).toEqual([...flags].sort((a, b) => Number(b === 'да') - Number(a === 'да')));
      const own = result.municipalities.find((m) => m.municipality === file.municipality)!.schools;
      expect(rows.map((row) => row[0]).sort()).toEqual(own.map((s) => s.school).sort());
      const dates = sheet(file.base, 'Сроки');
      expect(dates.find((row) => row[0].startsWith('Отчёт'))![1]).toBe('18.05.2026');
      expect(dates.find((row) => row[0].startsWith('Перепроверка'))![1]).toBe('24.06.2026');
    }
  });

  it('opens every workbook in LibreOffice with all its sheets', () => {
    for (const file of schoolFiles()) {
      for (const name of [RETURNED_SHEETS.totals, RETURNED_SHEETS.works, RETURNED_SHEETS.protocol, RETURNED_SHEETS.tasks, RETURNED_SHEETS.answers]) {
        expect(sheet(file.base, name).length).toBeGreaterThan(1);
      }
    }
  });

  it('computes the school figures of Итоги with its own formulas, equal to the merge statistics', () => {
    for (const file of schoolFiles()) {
      const schoolCode = sheet(file.base, RETURNED_SHEETS.totals)[1][0].match(/код ОО ([^)]+)\)/)![1];
      const group = data.statistics.groups.find((g) => g.level === 'school' && g.schoolCode === schoolCode)!;
      const rows = sheet(file.base, RETURNED_SHEETS.totals);
      // LibreOffice's CSV keeps the percent sign of a percent cell.
      const value = (label: string) => {
        const cell = rows.find((row) => row[0].startsWith(label))![1];
        return cell.endsWith('%') ? Number(cell.slice(0, -1)) / 100 : Number(cell);
      };
      expect(value('Работ перепроверено')).toBe(group.works);
      expect(value('Работ с изменёнными')).toBe(group.worksChanged);
      expect(value('Доля объективно')).toBeCloseTo(group.objectiveShare!, 6);
      expect(value('Средний балл школы')).toBeCloseTo(group.schoolMean!, 6);
      expect(value('Средний балл эксперта')).toBeCloseTo(group.expertMean!, 6);
    }
  });

  it('shows on Работы the difference E − S computed by the sheet, for every work of the school', () => {
    for (const file of schoolFiles()) {
      const [, ...rows] = sheet(file.base, RETURNED_SHEETS.works);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(Number(row[4])).toBe(Number(row[3]) - Number(row[2]));
    }
  });

  it('holds nothing of another school: only its own work codes, no other school named anywhere', async () => {
    const key = data.region.key;
    for (const m of result.municipalities) {
      for (const returned of m.schools) {
        const file = files.find((f) => f.name === returned.file)!;
        const own = new Set(key.works.filter((w) => w.schoolCode === returned.schoolCode).map((w) => w.workCode));
        const [, ...protocol] = sheet(file.base, RETURNED_SHEETS.protocol);
        expect(protocol.length).toBeGreaterThan(0);
        for (const row of protocol) expect(own.has(row[0])).toBe(true);
        const text = await xlsxText(file.data);
        for (const other of key.schools.filter((s) => s.code !== returned.schoolCode)) {
          expect(text).not.toContain(other.school.replace(/"/g, '&quot;'));
          expect(text).not.toContain(other.school);
        }
      }
    }
  });

  it('names no expert, in any sheet or property of any file sent back — the expert code only', async () => {
    for (const m of result.municipalities) {
      for (const file of m.files) {
        const text = file.name.endsWith('.xlsx') ? await xlsxText(file.data) : new TextDecoder().decode(file.data);
        for (const expert of EXPERTS) expect(text).not.toContain(expert.name.split(' ')[0]);
      }
    }
    const codes = new Set(data.region.key.packages.map((p) => p.reviewer.id));
    for (const file of schoolFiles()) {
      const [, ...rows] = sheet(file.base, RETURNED_SHEETS.protocol);
      for (const row of rows) expect(codes.has(row[10])).toBe(true);
    }
  });

  it('writes every error code with its full text, and every code 1–7 the experts used appears', () => {
    const seen = new Set<number>();
    for (const file of schoolFiles()) {
      const [, ...rows] = sheet(file.base, RETURNED_SHEETS.protocol);
      for (const row of rows.filter((r) => r[7] !== '')) {
        const code = Number(row[7]);
        seen.add(code);
        expect(row[8]).toBe(ERROR_CODES.find((entry) => entry.code === code)!.text);
        expect(Number(row[6])).not.toBe(0);
      }
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('reads back what a school typed into Причины и меры, after LibreOffice saved it again', async () => {
    const file = schoolFiles()[0];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.data as unknown as ArrayBuffer);
    const form = workbook.getWorksheet(RETURNED_SHEETS.answers)!;
    expect(form.getCell('D5').protection?.locked).toBe(false);
    expect(form.getCell('B5').value).not.toBeNull();
    form.getCell('D5').value = 'Учителя не сверяли ответы с критериями';
    form.getCell('E5').value = 'Семинар по критериям ВПР';
    form.getCell('F5').value = 'Завуч';
    form.getCell('G5').value = new Date(Date.UTC(2026, 8, 30));
    const filled = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const resaved = await convertWithLibreOffice([{ name: 'filled.xlsx', bytes: filled }], 'xlsx');
    const reading = await readReturnedWorkbook(resaved.get('filled.xlsx')!);
    expect(reading).toMatchObject({
      ok: true,
      answers: [{ row: 5, reasons: 'Учителя не сверяли ответы с критериями', measures: 'Семинар по критериям ВПР', responsible: 'Завуч', due: '2026-09-30' }],
    });
  }, 60_000);
});
