import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { computeStatistics } from '../../src/engine';
import { buildZip } from '../support/archiveFixtures';
import { REGION } from '../support/regionFixture';
import { recheck } from '../support/builtCli';
import { editProtocol } from '../engine/protocol/protocolFixtures';
import { expertPoints, fillProtocol, prepareRegion, rowsOf } from '../engine/merge/returnedProtocols';

const dir = mkdtempSync(join(tmpdir(), 'recheck-merge-'));
const inbox = join(dir, 'почта');
const keyPath = join(dir, 'Ключ перепроверки.xlsx');
const scalesPath = join(dir, 'шкалы.csv');
let ids: string[];
let expectedRows = 0;
let expectedWorks = 0;

beforeAll(async () => {
  const region = await prepareRegion('секрет-cli');
  ids = [...region.protocols.keys()];
  writeFileSync(keyPath, region.keyWorkbook);
  mkdirSync(join(inbox, 'Иванова'), { recursive: true });
  const [first, second] = ids.map((id) => region.protocols.get(id)!);
  const filledFirst = await fillProtocol(first);
  writeFileSync(join(inbox, 'Иванова', `Протокол ${ids[0]}.xlsx`), filledFirst);
  writeFileSync(join(inbox, 'Иванова', `~$Протокол ${ids[0]}.xlsx`), new Uint8Array([1, 2, 3]));
  writeFileSync(join(inbox, 'копия.xlsx'), await editProtocol(filledFirst, { 'Протокол!F2': 9 }));
  const filledSecond = await fillProtocol(second, { edits: { 'Комментарии!C2': '+', 'Комментарии!D2': 'Мало времени' } });
  writeFileSync(join(dir, 'второй.zip'), await buildZip([{ path: `Протокол ${ids[1]}.xlsx`, data: filledSecond }]));
  expectedRows = (await rowsOf(filledFirst)).length + (await rowsOf(filledSecond)).length;
  const works = async (bytes: Uint8Array) => new Set((await rowsOf(bytes)).map((row) => `${row.schoolCode}/${row.workCode}`)).size;
  expectedWorks = (await works(filledFirst)) + (await works(filledSecond));
  expect(expertPoints(await rowsOf(filledFirst)).every((points) => points !== null)).toBe(true);
  // The fixture's tasks: 2 + 1 + 3 + 2 = 8 points.
  writeFileSync(scalesPath, '\uFEFFПредмет;Класс;«3» от;«4» от;«5» от;Максимум\r\nрусский язык;6;3;5;7;8\r\n');
}, 60_000);

describe('recheck merge', () => {
  it('prints the documented JSON: every file with its state, the statistics and the per-task table', () => {
    const run = recheck('merge', inbox, join(dir, 'второй.zip'), '--key', keyPath, '--scales', scalesPath, '--json');
    expect(run.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('прочитано'))).toEqual([]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(['protocols', 'works', 'rows', 'groups', 'tasks', 'problems', 'experts', 'finals']);
    expect(result.protocols.map((p: { file: string; state: string; package: string }) => [p.file, p.state, p.package])).toEqual([
      [join(inbox, 'Иванова', `Протокол ${ids[0]}.xlsx`), 'merged', ids[0]],
      [join(inbox, 'копия.xlsx'), 'tampered', ids[0]],
      [`${join(dir, 'второй.zip')}/Протокол ${ids[1]}.xlsx`, 'merged', ids[1]],
    ]);
    expect(result.protocols[1].problems[0]).toMatchObject({ problem: 'locked-cell-edited', cell: 'Протокол!F2' });
    expect(result.protocols[1].problems[0].message).toMatch(/заблокированная ячейка/);
    expect(result.protocols[0]).toMatchObject({ round: 1, expert: expect.any(String) });
    expect(result.rows).toBe(expectedRows);
    expect(result.works).toBe(expectedWorks);
    const region = result.groups.find((g: { level: string }) => g.level === 'region');
    expect(Object.keys(region)).toEqual([
      'level', 'municipality', 'school', 'schoolCode', 'expert', 'subject', 'grade', 'works', 'worksChanged', 'tasks', 'tasksChanged',
      'schoolMean', 'expertMean', 'meanDifference', 'exactTotals', 'adjacentTotals', 'smd', 'pearson', 'qwk', 'marksLowered',
      'marksConfirmed', 'marksRaised', 'objectiveShare', 'errorCodes', 'flags',
    ]);
    expect(region).toMatchObject({ subject: 'русский язык', grade: 6, works: expectedWorks });
    expect(region.marksConfirmed).not.toBeNull();
    expect(region.marksLowered + region.marksConfirmed + region.marksRaised).toBe(expectedWorks);
    const schools = result.groups.filter((g: { level: string }) => g.level === 'school').map((g: { school: string }) => g.school);
    expect(schools.length).toBeGreaterThan(0);
    for (const school of schools) expect(REGION.map((s) => s.school)).toContain(school);
    expect(Object.keys(result.tasks[0])).toEqual(['subject', 'grade', 'variant', 'task', 'max', 'rows', 'schoolMean', 'expertMean', 'exact', 'schoolHigher', 'errorCodes', 'hardest']);
    expect(result.tasks.some((t: { hardest: number }) => t.hardest === 1)).toBe(true);
    expect(result.problems).toEqual([]);
  });

  it('agrees with the statistics engine on the same rows', async () => {
    const run = recheck('merge', join(inbox, 'Иванова'), '--key', keyPath, '--json');
    const result = JSON.parse(run.stdout);
    const { mergeProtocols, readKeyWorkbook } = await import('../../src/engine');
    const key = await readKeyWorkbook(new Uint8Array(readFileSync(keyPath)));
    if (!key.ok) throw new Error('key');
    const file = join(inbox, 'Иванова', `Протокол ${ids[0]}.xlsx`);
    const merged = await mergeProtocols([{ file, data: new Uint8Array(readFileSync(file)) }], key.key);
    const statistics = computeStatistics(merged.rows);
    expect(result.groups.map((g: { works: number; meanDifference: number | null }) => [g.works, g.meanDifference])).toEqual(
      statistics.groups.map((g) => [g.works, g.meanDifference]),
    );
  });

  it('prints a readable Russian summary and writes the report', () => {
    const report = join(dir, 'Справка.docx');
    const run = recheck('merge', inbox, join(dir, 'второй.zip'), '--key', keyPath, '--report', report, '--region', 'Иркутская область');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Файлов: 3, сведено протоколов: 2. ${expectedWorks} `);
    expect(run.stdout).toMatch(/копия\.xlsx — изменены данные ОО — не сведён/);
    expect(run.stdout).toMatch(/русский язык, 6 класс: работ \d+/);
    expect(run.stdout).toContain(`Справка: ${report}`);
    const docx = readFileSync(report);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });

  it('writes the summary workbook: Свод row by row, Журнал file by file, Статистика, Комментарии', async () => {
    const out = join(dir, 'Свод.xlsx');
    const run = recheck('merge', inbox, join(dir, 'второй.zip'), '--key', keyPath, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Сводная книга: ${out}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Свод', 'Журнал', 'Статистика', 'Комментарии', 'Справка']);
    const svod = workbook.getWorksheet('Свод')!;
    expect(svod.rowCount).toBe(expectedRows + 1);
    expect(REGION.map((s) => s.school)).toContain(svod.getCell('B2').value);
    const journal = workbook.getWorksheet('Журнал')!;
    expect([2, 3, 4].map((row) => journal.getCell(`C${row}`).value)).toEqual(['merged', 'tampered', 'merged']);
    expect(workbook.getWorksheet('Комментарии')!.getCell('F2').value).toBe('Мало времени');
    expect(workbook.getWorksheet('Статистика')!.getCell('A2').value).toBe('регион');
  });

  it('lists a path that is not there as a file that cannot be read, and still merges the rest', () => {
    const missing = join(dir, 'нет такого.xlsx');
    const run = recheck('merge', join(dir, 'второй.zip'), missing, '--key', keyPath, '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.protocols.map((p: { file: string; state: string }) => [p.file, p.state])).toEqual([
      [`${join(dir, 'второй.zip')}/Протокол ${ids[1]}.xlsx`, 'merged'],
      [missing, 'broken-workbook'],
    ]);
    expect(result.protocols[1].problems[0]).toMatchObject({ problem: 'file-not-found', details: { reason: 'missing' } });
  });

  it('speaks English with --lang en', () => {
    const run = recheck('merge', inbox, '--key', keyPath, '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/school data changed — not merged/);
  });

  it('exits 1 when the key cannot be read and 2 on a usage error', () => {
    expect(recheck('merge', inbox, '--key', join(dir, 'нет.xlsx')).code).toBe(1);
    expect(recheck('merge', inbox, '--key', scalesPath).code).toBe(1);
    expect(recheck('merge', inbox).code).toBe(2);
    expect(recheck('merge', '--key', keyPath).code).toBe(2);
    expect(recheck('merge', inbox, '--key', keyPath, '--out-of-nowhere').code).toBe(2);
  });
});
