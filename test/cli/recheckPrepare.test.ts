import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobReader, Uint8ArrayWriter, ZipReader, type FileEntry } from '@zip.js/zip.js';
import { editProtocol, loadWorkbook } from '../engine/protocol/protocolFixtures';
import { buildRegionArchives, expertsCsv } from '../support/regionFixture';

const dir = mkdtempSync(join(tmpdir(), 'recheck-prepare-'));
const out = join(dir, 'выдача');

function recheck(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/recheck.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function protocolOf(packagePath: string): Promise<{ name: string; bytes: Uint8Array }> {
  const reader = new ZipReader(new BlobReader(new Blob([readFileSync(packagePath)])), { useWebWorkers: false });
  const entry = (await reader.getEntries()).find((e) => e.filename.startsWith('Протокол '))! as FileEntry;
  const bytes = await entry.getData(new Uint8ArrayWriter());
  await reader.close();
  return { name: entry.filename, bytes };
}

let archives: string[];
let prepared: { experts: { name: string; works: number; package: string }[]; unassigned: unknown[]; problems: unknown[] };

beforeAll(async () => {
  archives = [];
  for (const archive of await buildRegionArchives()) {
    const path = join(dir, archive.name);
    writeFileSync(path, archive.bytes);
    archives.push(path);
  }
  writeFileSync(join(dir, 'эксперты.csv'), expertsCsv([
    { name: 'Петров Олег Ильич', school: 'МБОУ СОШ №5', municipality: 'Заларинский район' },
    { name: 'Сидорова Мария', school: 'Лицей №1', municipality: 'г. Иркутск' },
  ]));
  const run = recheck('prepare', '--works', ...archives, '--experts', join(dir, 'эксперты.csv'), '--out', out, '--seed', '3', '--deadline', '2026-12-20', '--json');
  // stderr carries nothing but progress lines, which appear only when the run takes more than a second.
  expect(run.stderr.split('\n').filter((line) => line !== '' && !/^(Чтение архивов|Протоколы школ|Пакеты): /.test(line))).toEqual([]);
  expect(run.code).toBe(0);
  prepared = JSON.parse(run.stdout);
});

describe('recheck prepare', () => {
  it('writes a package per expert, cover letters and the key, and prints the documented JSON', () => {
    expect(Object.keys(prepared)).toEqual(['experts', 'unassigned', 'problems']);
    expect(prepared.experts.map((e) => e.name).sort()).toEqual(['Петров Олег Ильич', 'Сидорова Мария']);
    expect(prepared.experts.reduce((sum, e) => sum + e.works, 0)).toBe(9);
    for (const expert of prepared.experts) expect(existsSync(join(out, expert.package))).toBe(true);
    expect(readdirSync(join(out, 'letters'))).toHaveLength(prepared.experts.length);
    expect(existsSync(join(out, 'Ключ перепроверки.xlsx'))).toBe(true);
    expect(prepared.unassigned).toEqual([]);
    expect(prepared.problems).toEqual([]);
  });

  it('exits 2 without the experts list and 1 for a missing archive', () => {
    expect(recheck('prepare', '--works', archives[0], '--out', out).code).toBe(2);
    const missing = recheck('prepare', '--works', join(dir, 'нет.zip'), '--experts', join(dir, 'эксперты.csv'), '--out', out);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('нет.zip');
  });
});

describe('recheck check', () => {
  it('lists the missing expert scores of a fresh protocol and exits 3', async () => {
    const { bytes } = await protocolOf(join(out, prepared.experts[0].package));
    const path = join(dir, 'свежий.xlsx');
    writeFileSync(path, bytes);
    const run = recheck('check', path, '--key', join(out, 'Ключ перепроверки.xlsx'), '--json');
    expect(run.code).toBe(3);
    const result = JSON.parse(run.stdout);
    expect(result.complete).toBe(false);
    expect(result.works).toBe(prepared.experts[0].works);
    expect(result.problems[0]).toEqual({ cell: 'Протокол!G2', work: expect.stringMatching(/^ОО-\d+\/\d+$/), task: '1', problem: 'missing-expert-score', message: expect.any(String) });
  });

  it('accepts a protocol the expert filled by the rules and exits 0', async () => {
    const { bytes } = await protocolOf(join(out, prepared.experts[0].package));
    const workbook = await loadWorkbook(bytes);
    const sheet = workbook.getWorksheet('Протокол')!;
    const edits: Record<string, string | number> = {};
    for (let row = 2; row <= sheet.rowCount; row++) {
      const school = sheet.getCell(`F${row}`).value;
      if (school === null || school === '') continue;
      edits[`G${row}`] = school as string | number;
    }
    const path = join(dir, 'заполнен.xlsx');
    writeFileSync(path, await editProtocol(bytes, edits));
    const run = recheck('check', path, '--key', join(out, 'Ключ перепроверки.xlsx'));
    expect(run.stdout).toContain('Протокол заполнен полностью');
    expect(run.code).toBe(0);
  });

  it('catches an edited school score and exits 3', async () => {
    const { bytes } = await protocolOf(join(out, prepared.experts[0].package));
    const path = join(dir, 'правка.xlsx');
    writeFileSync(path, await editProtocol(bytes, { F2: 9 }));
    const result = JSON.parse(recheck('check', path, '--json').stdout);
    expect(result.problems.map((p: { problem: string }) => p.problem)).toContain('locked-cell-edited');
  });

  it('exits 1 for a file that is not a protocol', () => {
    const path = join(dir, 'не протокол.xlsx');
    writeFileSync(path, 'not a workbook');
    expect(recheck('check', path).code).toBe(1);
  });
});
