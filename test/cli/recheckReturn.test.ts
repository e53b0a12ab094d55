import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { RETURNED_SHEETS } from '../../src/engine';
import { recheck } from '../support/builtCli';
import { fillProtocol, prepareRegion } from '../engine/merge/returnedProtocols';

const dir = mkdtempSync(join(tmpdir(), 'recheck-return-'));
const inbox = join(dir, 'протоколы');
const out = join(dir, 'возврат');
const keyPath = join(dir, 'Ключ перепроверки.xlsx');
const scalesPath = join(dir, 'шкалы.csv');

beforeAll(async () => {
  const region = await prepareRegion('секрет-cli-возврат');
  writeFileSync(keyPath, region.keyWorkbook);
  mkdirSync(inbox, { recursive: true });
  for (const [id, blank] of region.protocols) writeFileSync(join(inbox, `Протокол ${id}.xlsx`), await fillProtocol(blank));
  // The fixture's tasks: 2 + 1 + 3 + 2 = 8 points.
  writeFileSync(scalesPath, '\uFEFFПредмет;Класс;«3» от;«4» от;«5» от;Максимум\r\nрусский язык;6;3;5;7;8\r\n');
}, 60_000);

describe('recheck return', () => {
  let result: { municipalities: Array<{ municipality: string; deadline: string; schools: Array<{ school: string; file: string; works: number; worksChanged: number }> }>; problems: unknown[] };

  it('writes a folder per municipality and prints the documented JSON with the deadline by the production calendar', () => {
    const run = recheck('return', inbox, '--key', keyPath, '--scales', scalesPath, '--out', out, '--received', '2026-04-30', '--zip', '--json');
    expect(run.code).toBe(0);
    result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(['municipalities', 'problems']);
    expect(result.municipalities.map((m) => m.municipality).sort()).toEqual(['Боханский район', 'Заларинский район']);
    for (const m of result.municipalities) {
      expect(m.deadline).toBe('2026-05-18');
      expect(readdirSync(join(out, m.municipality)).sort()).toEqual(
        [...m.schools.map((s) => s.file.split('/').pop()!), 'Сводка по муниципалитету.xlsx', 'Сопроводительное письмо.txt'].sort(),
      );
      expect(existsSync(join(out, `${m.municipality}.zip`))).toBe(true);
      for (const s of m.schools) {
        expect(Object.keys(s)).toEqual(expect.arrayContaining(['school', 'file', 'works', 'worksChanged']));
        expect(existsSync(s.file)).toBe(true);
        expect(s.works).toBeGreaterThan(0);
      }
    }
    expect(result.municipalities.flatMap((m) => m.schools).reduce((sum, s) => sum + s.works, 0)).toBe(9);
  });

  it('gives each work its marks by the scale and says whether the expert lowered, confirmed or raised the mark', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(result.municipalities[0].schools[0].file)) as unknown as ArrayBuffer);
    const works = workbook.getWorksheet(RETURNED_SHEETS.works)!;
    expect(works.getCell('I1').value).toBe('Итог: отметка');
    const outcomes = new Set<string>();
    works.eachRow((row, number) => {
      if (number === 1) return;
      const [school, expert, schoolMark, expertMark, outcome] = [3, 4, 7, 8, 9].map((column) => row.getCell(column).value);
      const mark = (total: number) => (total >= 7 ? 5 : total >= 5 ? 4 : total >= 3 ? 3 : 2);
      expect(schoolMark).toBe(mark(Number(school)));
      expect(expertMark).toBe(mark(Number(expert)));
      expect(outcome).toBe(Number(expertMark) < Number(schoolMark) ? 'понижена' : Number(expertMark) > Number(schoolMark) ? 'повышена' : 'подтверждена');
      outcomes.add(String(outcome));
    });
    expect(outcomes.size).toBeGreaterThan(0);
  });

  it('reads a school’s filled Причины и меры back into the merge summary, and lists the schools that did not answer', async () => {
    const school = result.municipalities[0].schools[0];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(school.file)) as unknown as ArrayBuffer);
    const form = workbook.getWorksheet(RETURNED_SHEETS.answers)!;
    form.getCell('D5').value = 'Проверяли без критериев';
    form.getCell('E5').value = 'Семинар для учителей';
    const answered = join(dir, 'ответ школы.xlsx');
    writeFileSync(answered, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));

    const summaryPath = join(dir, 'свод.xlsx');
    const run = recheck('merge', inbox, '--key', keyPath, '--out', summaryPath, '--answers', answered, '--json');
    expect(run.code).toBe(0);
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.load(new Uint8Array(readFileSync(summaryPath)) as unknown as ArrayBuffer);
    const sheet = summary.getWorksheet(RETURNED_SHEETS.answers)!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value)))));
    expect(rows[0].slice(0, 6)).toEqual(['Муниципалитет', 'Школа', 'Код ОО', 'Предмет', 'Класс', 'Ответ получен']);
    expect(rows.filter((row) => row[5] === 'да')).toEqual([expect.arrayContaining([school.school, 'Проверяли без критериев', 'Семинар для учителей'])]);
    const schools = result.municipalities.flatMap((m) => m.schools).length;
    expect(rows.filter((row) => row[5] === 'нет')).toHaveLength(schools - 1);
  });

  it('prints its summary in English with --lang en, Russian by default', () => {
    const english = recheck('return', inbox, '--key', keyPath, '--scales', scalesPath, '--out', join(dir, 'en'), '--received', '2026-04-30', '--lang', 'en');
    expect(english.code).toBe(0);
    expect(english.stdout).toMatch(/^Боханский район: \d+ schools, report on the causes due by 2026-05-18$/m);
    expect(english.stdout).toMatch(/, grade 6: works \d+, changed \d+ — /);
    // The words around the names and paths (the file names stay Russian: they are what the schools receive).
    expect(english.stdout).not.toMatch(/школ |изменено|не позднее|Проблемы/);
    const russian = recheck('return', inbox, '--key', keyPath, '--scales', scalesPath, '--out', join(dir, 'ru'), '--received', '2026-04-30');
    expect(russian.stdout).toMatch(/^Боханский район: школ \d+, отчёт о причинах — не позднее 18\.05\.2026$/m);
  });

  it('refuses a date that is not a date', () => {
    const run = recheck('return', inbox, '--key', keyPath, '--out', out, '--received', '30.04.2026');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ГГГГ-ММ-ДД/);
  });
});
