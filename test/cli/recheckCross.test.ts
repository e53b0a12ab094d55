import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobReader, Uint8ArrayWriter, ZipReader, type FileEntry } from '@zip.js/zip.js';
import ExcelJS from 'exceljs';
import { readScoreSheet } from '../../src/engine/scoreSheets';
import { recheck } from '../support/builtCli';
import { buildCrossArchive, codesOf, countsCsv, crossFolder, schoolForm, variantOf, type CrossSchool } from '../support/crossFixture';

const FORM_2024 = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'school-forms', 'base_form_2024-11-12.xlsx')));
const TASKS_2024 = ['1 (1б)', '2 (1б)', '3 (2б)', '4 (1б)', '5.1 (1б)', '5.2 (1б)', '6.1 (1б)', '6.2 (1б)', '7 (1б)', '8 (2б)', '9.1 (1б)', '9.2 (1б)', '10 (2б)', '11 (2б)', '12 (2б)'];

/** Grade 4 Russian, the real-derived 2024 form as one school's own form (its codes 40001–40018, two absent). */
const SCHOOLS: CrossSchool[] = [
  { school: 'МБОУ СОШ №131', grade: 4, tasks: TASKS_2024, form: FORM_2024, classes: [{ class: '4А', works: 10 }, { class: '4Б', works: 8 }], letter: 'docx', firstCode: 40001 },
  { school: 'МБОУ СОШ №13', grade: 4, tasks: TASKS_2024, classes: [{ class: '4А', works: 4 }], letter: 'txt', firstCode: 42001 },
  { school: 'МАОУ Гимназия №1', grade: 4, tasks: TASKS_2024, classes: [{ class: '4В', works: 3 }], letter: 'docx', firstCode: 43001 },
  { school: 'МБОУ ООШ с. Ивановка', grade: 4, tasks: TASKS_2024, classes: [{ class: '4А', works: 2 }], letter: 'pdf', firstCode: 45001 },
];
const MAXIMA = TASKS_2024.map((t) => Number(/\((\d+)/.exec(t)![1]));

const dir = mkdtempSync(join(tmpdir(), 'recheck-cross-'));
const out = join(dir, 'выдача');

interface PrepareJson {
  schools: { school: string; cipher: string; subject: string; grade: number; checkedBy: string | null }[];
  packages: { checker: string; package: string; files: { cipher: string; class: string; file: string; pages: number; works: number | null }[] }[];
  problems: { problem: string }[];
}

async function protocolOf(packagePath: string): Promise<Uint8Array> {
  const reader = new ZipReader(new BlobReader(new Blob([readFileSync(packagePath)])), { useWebWorkers: false });
  const entry = (await reader.getEntries()).find((e) => e.filename.startsWith('Протокол проверки'))! as FileEntry;
  const bytes = await entry.getData(new Uint8ArrayWriter());
  await reader.close();
  return bytes;
}

/** The commission's work: codes and variants from the blanks, a score per task (its maximum, 0 on task 1). */
async function fillProtocol(bytes: Uint8Array, prepared: PrepareJson, skip: Set<number>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const sheet = workbook.getWorksheet('Проверка')!;
  const seen = new Map<string, number>();
  for (let row = 2; row <= sheet.rowCount; row += 1) {
    const file = String(sheet.getCell(row, 1).value ?? '');
    if (!file) continue;
    const [cipher, room] = file.replace(/\.pdf$/, '').split(' ');
    const school = SCHOOLS.find((s) => s.school === prepared.schools.find((r) => r.cipher === cipher)!.school)!;
    const index = seen.get(file) ?? 0;
    seen.set(file, index + 1);
    const code = codesOf(school).find((c) => c.class === room)!.codes[index];
    if (skip.has(code)) continue;
    sheet.getCell(row, 4).value = String(code);
    sheet.getCell(row, 5).value = variantOf(school, code);
    MAXIMA.forEach((max, t) => {
      sheet.getCell(row, 6 + t).value = t === 0 ? 0 : max;
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

let prepared: PrepareJson;
const archives: string[] = [];

beforeAll(async () => {
  for (const school of SCHOOLS) {
    const archive = await buildCrossArchive(school);
    const path = join(dir, archive.name);
    writeFileSync(path, archive.bytes);
    archives.push(path);
  }
  writeFileSync(join(dir, 'количества.csv'), countsCsv([SCHOOLS[3]]));
  const run = recheck('cross', 'prepare', '--works', ...archives, '--out', out, '--counts', join(dir, 'количества.csv'), '--seed', '5', '--deadline', '2026-04-25', '--json');
  expect(run.code).toBe(0);
  prepared = JSON.parse(run.stdout);
}, 120_000);

describe('recheck cross prepare', () => {
  it('prints the documented JSON: schools with cipher and checker, packages with their ciphered files', () => {
    expect(Object.keys(prepared)).toEqual(['schools', 'packages', 'problems']);
    expect(prepared.schools.map((s) => Object.keys(s))).toEqual(SCHOOLS.map(() => ['school', 'cipher', 'subject', 'grade', 'checkedBy']));
    for (const s of prepared.schools) expect(s.checkedBy).not.toBe(s.school);
    expect(prepared.packages).toHaveLength(SCHOOLS.length);
    for (const pkg of prepared.packages) {
      expect(existsSync(join(out, pkg.package))).toBe(true);
      for (const file of pkg.files) expect(Object.keys(file)).toEqual(['cipher', 'class', 'file', 'pages', 'works']);
    }
    expect(existsSync(join(out, 'Ключ перекрёстной проверки.xlsx'))).toBe(true);
    expect(prepared.problems).toEqual([]);
  });

  it('exits 2 for a usage mistake', () => {
    expect(recheck('cross', 'prepare', '--out', out).code).toBe(2);
    expect(recheck('cross', 'sideways').code).toBe(2);
    const badPair = recheck('cross', 'prepare', '--works', archives[0], '--out', out, '--pair', 'МБОУ СОШ №13');
    expect(badPair.code).toBe(2);
    expect(badPair.stderr).toContain('--pair');
  });
});

describe('recheck cross return', () => {
  let returned: {
    protocols: { file: string; state: string }[];
    forms: { school: string; file: string; filled: number }[];
    problems: { problem: string; details: Record<string, unknown> }[];
    comparison: { school: string; checkedBy: string; works: number; schoolMean: number; checkedMean: number }[];
  };
  const skipped = 40005;

  beforeAll(async () => {
    const back = join(dir, 'вернулось');
    mkdirSync(back, { recursive: true });
    for (const [index, pkg] of prepared.packages.entries()) {
      const bytes = await protocolOf(join(out, pkg.package));
      writeFileSync(join(back, `протокол ${index + 1}.xlsx`), await fillProtocol(bytes, prepared, new Set([skipped])));
    }
    // A copy whose task maximum was changed by hand: tampered, carried over from nowhere.
    const tampered = new ExcelJS.Workbook();
    await tampered.xlsx.load(readFileSync(join(back, 'протокол 1.xlsx')).buffer as ArrayBuffer);
    tampered.getWorksheet('Проверка')!.getCell('F1').value = '1 (5б)';
    writeFileSync(join(back, 'правленый.xlsx'), new Uint8Array(await tampered.xlsx.writeBuffer()));

    const forms = join(dir, 'формы');
    for (const school of SCHOOLS) {
      const folder = join(forms, crossFolder(school));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'форма сбора результатов.xlsx'), await schoolForm(school));
    }
    const run = recheck('cross', 'return', back, '--key', join(out, 'Ключ перекрёстной проверки.xlsx'), '--forms', forms, '--out', join(dir, 'заполнено'), '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    returned = JSON.parse(run.stdout);
  }, 120_000);

  it('verifies each returned protocol as the merge does', () => {
    const states = Object.fromEntries(returned.protocols.map((p) => [p.file.replace(/^.*\//, ''), p.state]));
    expect(states['правленый.xlsx']).toBe('tampered');
    expect(Object.entries(states).filter(([file]) => file !== 'правленый.xlsx').every(([, state]) => state === 'merged')).toBe(true);
  });

  it('fills each origin school’s own form by code and variant, the real-derived form included', async () => {
    expect(returned.forms.map((f) => f.school).sort()).toEqual(SCHOOLS.map((s) => s.school).sort());
    for (const form of returned.forms) {
      const school = SCHOOLS.find((s) => s.school === form.school)!;
      const codes = codesOf(school).flatMap((c) => c.codes).filter((code) => code !== skipped);
      expect(form.filled).toBe(codes.length);
      const read = await readScoreSheet(new Uint8Array(readFileSync(join(dir, 'заполнено', form.file))), { archive: '', path: form.file });
      if (!read.ok) throw new Error('filled form not read');
      for (const code of codes) {
        const row = read.sheet.rows.find((r) => r.code === String(code))!;
        expect(row.scores).toEqual(Object.fromEntries(TASKS_2024.map((header, t) => [header.replace(/ \(.*$/, ''), { kind: 'score', value: t === 0 ? 0 : MAXIMA[t] }])));
      }
    }
  });

  it('lists the form row left without a result, and the cells it overwrote', () => {
    expect(returned.problems).toContainEqual(expect.objectContaining({ problem: 'cross-row-without-result', details: { participant: String(skipped) } }));
    expect(returned.problems.filter((p) => p.problem === 'cross-cells-overwritten').length).toBe(SCHOOLS.length);
    expect(returned.problems.filter((p) => p.problem === 'cross-code-not-in-form')).toEqual([]);
  });

  it('compares the checked scores with the school’s own, the checking school as the expert', () => {
    expect(returned.comparison.map((c) => c.school).sort()).toEqual(SCHOOLS.map((s) => s.school).sort());
    for (const c of returned.comparison) {
      const school = SCHOOLS.find((s) => s.school === c.school)!;
      expect(c.works).toBe(codesOf(school).flatMap((x) => x.codes).filter((code) => code !== skipped).length);
      expect(c.checkedBy).not.toBe(c.school);
      expect(c.checkedMean).toBe(MAXIMA.slice(1).reduce((sum, max) => sum + max, 0));
    }
  });
});
