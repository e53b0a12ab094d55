import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildZip } from '../support/archiveFixtures';
import { recheck } from '../support/builtCli';
import { makePdf } from '../support/pdfFactory';

const SCHOOL = 'МБОУ Витимская СОШ, русский язык, 6 класс';
const dir = mkdtempSync(join(tmpdir(), 'recheck-cli-'));


let archive: string;

beforeAll(async () => {
  archive = join(dir, 'Боханский район.zip');
  writeFileSync(
    archive,
    await buildZip([
      { path: `Боханский район/${SCHOOL}/4002_вар.1.pdf`, data: makePdf({ pages: 2 }), nameEncoding: 'cp866' },
      { path: `Боханский район/${SCHOOL}/4003_вар2.PDF`, data: makePdf({ pages: 3 }), nameEncoding: 'cp866' },
      { path: `Боханский район/${SCHOOL}/Протокол.xlsx`, data: 'xlsx', nameEncoding: 'cp866' },
      { path: `Боханский район/${SCHOOL}/без кода.pdf`, data: makePdf(), nameEncoding: 'cp866' },
    ]),
  );
});

describe('recheck index', () => {
  it('prints the documented JSON with works, documents and problems', () => {
    const { code, stdout } = recheck('index', archive, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['works', 'documents', 'problems']);
    expect(result.works).toEqual([
      {
        archive: 'Боханский район.zip', path: `Боханский район/${SCHOOL}/4002_вар.1.pdf`, kind: 'work',
        municipality: 'Боханский район', school: 'МБОУ Витимская СОШ', subject: 'русский язык', grade: 6,
        code: '4002', variant: 1, class: null, pages: 2, bytes: expect.any(Number),
      },
      expect.objectContaining({ code: '4003', variant: 2, pages: 3 }),
    ]);
    expect(result.documents).toEqual([
      { archive: 'Боханский район.zip', path: `Боханский район/${SCHOOL}/Протокол.xlsx`, kind: 'score-sheet', school: 'МБОУ Витимская СОШ', subject: 'русский язык', grade: 6 },
    ]);
    expect(result.problems).toEqual([
      {
        archive: 'Боханский район.zip', path: `Боханский район/${SCHOOL}/без кода.pdf`, problem: 'bad-name', details: { expected: 'work' },
        message: expect.stringContaining('Имя файла не соответствует правилу «<код участника>_вар.<номер варианта>.pdf»'),
      },
    ]);
  });

  it('keeps the codes and details and words the message in English with --lang en', () => {
    const russian = JSON.parse(recheck('index', archive, '--json').stdout);
    const { code, stdout } = recheck('index', archive, '--json', '--lang', 'en');
    expect(code).toBe(0);
    const english = JSON.parse(stdout);
    const withoutMessages = (result: { problems: Array<Record<string, unknown>> }) => result.problems.map(({ message: _message, ...rest }) => rest);
    expect(withoutMessages(english)).toEqual(withoutMessages(russian));
    expect(english.problems[0].message).toMatch(/^The file name does not follow the rule /);
    expect(english.problems[0].message).not.toEqual(russian.problems[0].message);
  });

  it('prints the summary and the problems in English with --lang en', () => {
    const { code, stdout } = recheck('index', archive, '--lang=en');
    expect(code).toBe(0);
    expect(stdout).toContain('Archives: 1. Works: 2, pages: 5. School documents: 1. Problems: 1.');
    expect(stdout).toContain('МБОУ Витимская СОШ — русский язык, grade 6: 2 works, 5 pages; school score sheet: 1');
    expect(stdout).toContain('bad-name — 1 file');
    expect(stdout).toContain('Ask the school whose scan it is and rename the file.');
    expect(stdout).not.toContain('Уточните');
  });

  it('refuses a language it does not speak as a usage mistake', () => {
    const { code, stderr } = recheck('index', archive, '--lang', 'de');
    expect(code).toBe(2);
    expect(stderr).toContain('--lang');
  });

  it('prints a Russian summary per school and the problems without --json', () => {
    const { code, stdout } = recheck('index', archive);
    expect(code).toBe(0);
    expect(stdout).toContain('Боханский район');
    expect(stdout).toContain('МБОУ Витимская СОШ — русский язык, 6 класс: 2 работы, 5 страниц; протокол школы: 1');
    expect(stdout).toContain('bad-name — 1 файл');
    expect(stdout).toContain(`без кода.pdf`);
  });

  it('exits 1 with a clear message, not a stack trace, when an archive cannot be read', () => {
    const broken = join(dir, 'обрезан.zip');
    writeFileSync(broken, 'PK\u0003\u0004 this is not the rest of a zip');
    const { code, stdout, stderr } = recheck('index', broken, archive, '--json');
    expect(code).toBe(1);
    expect(stderr).toContain('Архив обрезан.zip не читается');
    expect(stderr).not.toMatch(/\n\s+at /);
    const result = JSON.parse(stdout);
    expect(result.works).toHaveLength(2);
    expect(result.problems[0]).toMatchObject({ archive: 'обрезан.zip', path: '', problem: 'broken-archive' });
  });

  it('says a file that does not exist is not found, not that the archive is damaged, and exits 1', () => {
    const missing = join(dir, 'нет такого.zip');
    const { code, stdout, stderr } = recheck('index', missing, archive, '--json');
    expect(code).toBe(1);
    expect(stderr).toContain(missing);
    expect(stderr).toContain('не найден');
    expect(stderr).not.toMatch(/повреждён|прислать архив заново/);
    const result = JSON.parse(stdout);
    expect(result.problems[0]).toEqual({ archive: 'нет такого.zip', path: '', problem: 'file-not-found', details: { reason: 'missing' }, message: expect.stringContaining('нет такого файла') });
    expect(result.works).toHaveLength(2);
  });

  it('says a folder given as an archive is a folder', () => {
    const { code, stdout } = recheck('index', dir, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).problems[0]).toMatchObject({ problem: 'file-not-found', message: expect.stringContaining('это папка') });
  });

  it('reads every file of an archive whose end record understates its files, and says so', () => {
    const bytes = readFileSync(archive);
    // The classic end record's two counts, 6 and 8 bytes in: say two entries fewer than the directory holds.
    const end = bytes.length - 22;
    bytes.writeUInt16LE(bytes.readUInt16LE(end + 8) - 2, end + 8);
    bytes.writeUInt16LE(bytes.readUInt16LE(end + 10) - 2, end + 10);
    const understated = join(dir, 'недосчитан.zip');
    writeFileSync(understated, bytes);
    const { code, stdout } = recheck('index', understated, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.works).toHaveLength(2);
    expect(result.documents).toHaveLength(1);
    expect(result.problems.map((p: { problem: string }) => p.problem).sort()).toEqual(['bad-name', 'entry-count-mismatch']);
  });

  it('exits 2 for a usage mistake', () => {
    expect(recheck('index').code).toBe(2);
    expect(recheck('index', archive, '--passwd', 'x').code).toBe(2);
    expect(recheck('frobnicate').code).toBe(2);
  });
});
