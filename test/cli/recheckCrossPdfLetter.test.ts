import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recheck } from '../support/builtCli';
import { buildCrossArchive, CROSS_SCHOOLS, type CrossSchool } from '../support/crossFixture';

/** A .txt letter, a letter saved as PDF with text, a scanned PDF letter; no counts table. */
const SCHOOLS: CrossSchool[] = [
  CROSS_SCHOOLS[1],
  { school: 'МБОУ СОШ №5', classes: [{ class: '6А', works: 3 }, { class: '6Б', works: 2 }], letter: 'pdf-text', firstCode: 47001 },
  CROSS_SCHOOLS[4],
];

interface PrepareJson {
  schools: { school: string; cipher: string }[];
  packages: { files: { cipher: string; class: string; works: number | null }[] }[];
  problems: { problem: string; path: string; details: Record<string, unknown> }[];
}

let prepared: PrepareJson;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recheck-cross-pdf-letter-'));
  const archives: string[] = [];
  for (const school of SCHOOLS) {
    const archive = await buildCrossArchive(school);
    archives.push(join(dir, archive.name));
    writeFileSync(archives.at(-1)!, archive.bytes);
  }
  const run = recheck('cross', 'prepare', '--works', ...archives, '--out', join(dir, 'выдача'), '--seed', '2', '--json');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  prepared = JSON.parse(run.stdout);
}, 120_000);

describe('recheck cross prepare with cover letters in PDF', () => {
  it('reads the number of works from a PDF letter with a text layer', () => {
    const cipher = prepared.schools.find((s) => s.school === 'МБОУ СОШ №5')!.cipher;
    const files = prepared.packages.flatMap((p) => p.files).filter((f) => f.cipher === cipher);
    expect(files.map((f) => [f.class, f.works])).toEqual([['6А', 3], ['6Б', 2]]);
  });

  it('keeps a scanned PDF letter a problem, and its class without works', () => {
    expect(prepared.problems.filter((p) => p.problem === 'cross-cover-letter-unread')).toEqual([
      expect.objectContaining({ path: 'МБОУ ООШ с. Ивановка_русский язык_6 класс/Сопроводительное письмо.pdf', details: { reason: 'pdf-no-text' } }),
    ]);
    expect(prepared.problems).toContainEqual(expect.objectContaining({ problem: 'cross-works-unknown', details: { school: 'МБОУ ООШ с. Ивановка', class: '6А' } }));
  });
});
