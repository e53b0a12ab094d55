import { indexArchives, type Bank } from '../../../src/engine';
import { buildZip, encryptedZip } from '../../support/archiveFixtures';
import { makePdf } from '../../support/pdfFactory';
import { problemText } from '../../../src/engine/wording';

const SCHOOL = 'МБОУ Витимская СОШ, русский язык, 6 класс';

async function index(entries: Parameters<typeof buildZip>[0], name = 'Боханский район.zip', password?: string): Promise<Bank> {
  const bytes = await buildZip(entries);
  return indexArchives([{ name, data: new Blob([bytes as Uint8Array<ArrayBuffer>]) }], { password });
}

function problemsByPath(bank: Bank): Record<string, string> {
  return Object.fromEntries(bank.problems.map((p) => [p.path, p.problem]));
}

describe('indexArchives', () => {
  it('turns one PDF per pupil into works with school, subject, grade, code, variant and pages', async () => {
    const bank = await index([
      { path: `Боханский район/${SCHOOL}/4002_вар.1.pdf`, data: makePdf({ pages: 3 }), nameEncoding: 'cp866' },
      { path: `Боханский район/${SCHOOL}/4003_вар.2.pdf`, data: makePdf({ pages: 4 }), nameEncoding: 'cp866' },
    ]);
    expect(bank.problems).toEqual([]);
    expect(bank.works).toHaveLength(2);
    expect(bank.works[0]).toMatchObject({
      archive: 'Боханский район.zip',
      path: `Боханский район/${SCHOOL}/4002_вар.1.pdf`,
      kind: 'work',
      municipality: 'Боханский район',
      school: 'МБОУ Витимская СОШ',
      subject: 'русский язык',
      grade: 6,
      code: '4002',
      variant: 1,
      class: null,
      pages: 3,
    });
    expect(bank.works[1]).toMatchObject({ code: '4003', variant: 2, pages: 4 });
    expect(bank.works[0].bytes).toBeGreaterThan(0);
  });

  it('reads the cross-check layout: one PDF per classroom, municipality taken from the archive name', async () => {
    const bank = await index(
      [{ path: 'МБОУ СОШ №131_ русский язык_6 класс/6А русский язык.pdf', data: makePdf({ pages: 25 }) }],
      'Уссурийский ГО.zip',
    );
    expect(bank.problems).toEqual([]);
    expect(bank.works).toEqual([
      expect.objectContaining({
        kind: 'classroom', municipality: 'Уссурийский ГО', school: 'МБОУ СОШ №131', subject: 'русский язык',
        grade: 6, code: null, variant: null, class: '6А', pages: 25,
      }),
    ]);
  });

  it('recognises school documents instead of reporting them', async () => {
    const bank = await index([
      { path: `Р/${SCHOOL}/4002_вар.1.pdf`, data: makePdf() },
      { path: `Р/${SCHOOL}/Протокол 6 класс.xlsx`, data: 'xlsx bytes' },
      { path: `Р/${SCHOOL}/Критерии оценивания.pdf`, data: makePdf() },
      { path: `Р/${SCHOOL}/Вариант 1.pdf`, data: makePdf() },
      { path: `Р/${SCHOOL}/Сопроводительное письмо.docx`, data: 'docx bytes' },
    ]);
    expect(bank.problems).toEqual([]);
    expect(bank.documents.map((d) => d.kind).sort()).toEqual(['cover-letter', 'criteria', 'score-sheet', 'variant']);
    expect(bank.documents[0]).toMatchObject({ school: 'МБОУ Витимская СОШ', subject: 'русский язык', grade: 6 });
  });

  it('accounts for every file: each one is a work, a document or a problem with a Russian message', async () => {
    const entries: Parameters<typeof buildZip>[0] = [
      { path: `Р/${SCHOOL}/4002_вар.1.pdf`, data: makePdf() },
      { path: `Р/${SCHOOL}/Иванов.pdf`, data: makePdf() },
      { path: `Р/${SCHOOL}/4004_вар.1.pdf`, data: new Uint8Array() },
      { path: `Р/${SCHOOL}/4005_вар.1.pdf`, data: '\xff\xd8\xff\xe0 not a pdf at all' },
      { path: `Р/${SCHOOL}/4006_вар.1.pdf`, data: makePdf({ pages: 2 }).slice(0, 300) },
      { path: `Р/${SCHOOL}/протокол.xls`, data: 'old excel' },
      { path: `Р/${SCHOOL}/скан.jpg`, data: 'jpeg' },
      { path: `Р/${SCHOOL}/Thumbs.db`, data: 'thumbs' },
      { path: '__MACOSX/Р/._4002_вар.1.pdf', data: 'resource fork' },
      { path: 'Р/4010_вар.1.pdf', data: makePdf() },
    ];
    const bank = await index(entries);
    expect(bank.works.map((w) => w.code)).toEqual(['4002']);
    expect(problemsByPath(bank)).toEqual({
      [`Р/${SCHOOL}/Иванов.pdf`]: 'bad-name',
      [`Р/${SCHOOL}/4004_вар.1.pdf`]: 'empty-file',
      [`Р/${SCHOOL}/4005_вар.1.pdf`]: 'not-pdf',
      [`Р/${SCHOOL}/4006_вар.1.pdf`]: 'broken-pdf',
      [`Р/${SCHOOL}/протокол.xls`]: 'old-excel',
      [`Р/${SCHOOL}/скан.jpg`]: 'unknown-file',
      [`Р/${SCHOOL}/Thumbs.db`]: 'system-file',
      '__MACOSX/Р/._4002_вар.1.pdf': 'system-file',
      'Р/4010_вар.1.pdf': 'unknown-folder',
    });
    expect(bank.works.length + bank.documents.length + bank.problems.length).toBe(entries.length);
    for (const problem of bank.problems) expect(problemText(problem)).toMatch(/[А-Яа-я]{4,}/);
  });

  it('lists two different scans with one participant code in a school, and keeps neither', async () => {
    const bank = await index([
      { path: `Р/${SCHOOL}/4002_вар.1.pdf`, data: makePdf({ pages: 2 }) },
      { path: `Р/${SCHOOL}/4002_вар.2.pdf`, data: makePdf({ pages: 3 }) },
      { path: `Р/МБОУ Другая СОШ, русский язык, 6 класс/4002_вар.1.pdf`, data: makePdf() },
    ]);
    expect(bank.works.map((w) => w.school)).toEqual(['МБОУ Другая СОШ']);
    expect(bank.problems.map((p) => p.problem)).toEqual(['duplicate-code', 'duplicate-code']);
    expect(problemText(bank.problems[0])).toContain('4002');
    expect(problemText(bank.problems[0])).toContain(`Р/${SCHOOL}/4002_вар.2.pdf`);
  });

  it('keeps one of two identical copies as the work and lists the copy', async () => {
    const pdf = makePdf({ pages: 2 });
    const bank = await index([
      { path: `Р/${SCHOOL}/4002_вар.1.pdf`, data: pdf },
      { path: `Р/${SCHOOL}/4002_вар.1 (1).pdf`, data: pdf },
    ]);
    expect(bank.works.map((w) => w.path)).toEqual([`Р/${SCHOOL}/4002_вар.1.pdf`]);
    expect(problemsByPath(bank)).toEqual({ [`Р/${SCHOOL}/4002_вар.1 (1).pdf`]: 'duplicate-file' });
  });

  it('walks archives nested in archives, naming entries by the inner archive path', async () => {
    const inner = await buildZip([{ path: `${SCHOOL}/4002_вар.1.pdf`, data: makePdf(), nameEncoding: 'cp866' }]);
    const bank = await index([{ path: 'Боханский район/Витим.zip', data: inner }], 'Иркутская область.zip');
    expect(bank.problems).toEqual([]);
    expect(bank.works).toEqual([
      expect.objectContaining({ path: `Боханский район/Витим.zip/${SCHOOL}/4002_вар.1.pdf`, municipality: 'Боханский район', code: '4002' }),
    ]);
  });

  it('opens a password-protected archive with the password and refuses it without one', async () => {
    const bytes = await encryptedZip([{ path: `Р/${SCHOOL}/4002_вар.1.pdf`, data: makePdf() }], 'секрет');
    const data = new Blob([bytes as Uint8Array<ArrayBuffer>]);
    const opened = await indexArchives([{ name: 'р.zip', data }], { password: 'секрет' });
    expect(opened.works).toHaveLength(1);
    const refused = await indexArchives([{ name: 'р.zip', data }]);
    expect(refused.works).toEqual([]);
    expect(refused.problems.map((p) => p.problem)).toEqual(['encrypted']);
    const wrong = await indexArchives([{ name: 'р.zip', data }], { password: 'не тот' });
    expect(wrong.problems.map((p) => p.problem)).toEqual(['wrong-password']);
  });

  it('reports how many files of how many, counting the files of nested archives', async () => {
    const inner = await buildZip([
      { path: `${SCHOOL}/4002_вар.1.pdf`, data: makePdf() },
      { path: `${SCHOOL}/4003_вар.1.pdf`, data: makePdf() },
    ]);
    const bytes = await buildZip([
      { path: 'Р/Витим.zip', data: inner },
      { path: `Р/${SCHOOL.replace('Витимская', 'Другая')}/4004_вар.1.pdf`, data: makePdf() },
    ]);
    const seen: [number, number][] = [];
    await indexArchives([{ name: 'р.zip', data: new Blob([bytes as Uint8Array<ArrayBuffer>]) }], {
      onProgress: ({ done, total }) => seen.push([done, total]),
    });
    expect(seen.at(-1)).toEqual([3, 3]);
    expect(seen.every(([done, total]) => done <= total)).toBe(true);
  });

  it('reports progress and stops when cancelled', async () => {
    const bytes = await buildZip([
      { path: `Р/${SCHOOL}/4002_вар.1.pdf`, data: makePdf() },
      { path: `Р/${SCHOOL}/4003_вар.1.pdf`, data: makePdf() },
    ]);
    const controller = new AbortController();
    const seen: number[] = [];
    const run = indexArchives([{ name: 'р.zip', data: new Blob([bytes as Uint8Array<ArrayBuffer>]) }], {
      signal: controller.signal,
      onProgress: ({ done }) => {
        seen.push(done);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([1]);
  });
});
