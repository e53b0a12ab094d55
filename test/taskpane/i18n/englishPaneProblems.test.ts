import { indexArchives, problemText, type Problem } from '../../../src/engine';
import type { ExcelFailure, ExcelProblem } from '../../../src/office/excel';
import { groupProblems } from '../../../src/taskpane/coordinator/groupProblems';
import { groupUnassigned } from '../../../src/taskpane/coordinator/prepare/groupUnassigned';
import { messagesFor } from '../../../src/taskpane/i18n';
import { buildZip } from '../../support/archiveFixtures';
import { makePdf } from '../../support/pdfFactory';

const CYRILLIC = /[\u0400-\u04FF]/;
const SCHOOL = 'МБОУ Витимская СОШ, русский язык, 6 класс';

/** A text without the names it quotes «…» and without the problem's own paths (the user's data). */
function ownWords(text: string, problem: Problem): string {
  let rest = text;
  for (const value of Object.values(problem)) if (typeof value === 'string' && value.length > 1) rest = rest.split(value).join('');
  return rest.replace(/«[^»]*»/g, '');
}

describe('the English pane', () => {
  it('shows the problems of a real bank in English, titles and bodies', async () => {
    const bytes = await buildZip([
      { path: `Район/${SCHOOL}/4002_вар.1.pdf`, data: makePdf() },
      { path: `Район/${SCHOOL}/4002_вар.1 (1).pdf`, data: makePdf() },
      { path: `Район/${SCHOOL}/без кода.pdf`, data: makePdf() },
      { path: `Район/${SCHOOL}/4003_вар.1.pdf`, data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) },
      { path: `Район/${SCHOOL}/4004_вар.1.pdf`, data: new Uint8Array(0) },
      { path: `Район/${SCHOOL}/4005_вар.1.pdf`, data: makePdf().slice(0, 200) },
      { path: `Район/${SCHOOL}/заметки.txt`, data: 'x' },
      { path: 'Район/Thumbs.db', data: 'x' },
      { path: 'вне папки.pdf', data: makePdf() },
    ]);
    const bank = await indexArchives([{ name: 'Район.zip', data: new Blob([bytes]) }]);
    const codes = new Set(bank.problems.map((problem) => problem.problem));
    expect(codes.size).toBeGreaterThanOrEqual(7);

    const english = messagesFor('en');
    for (const group of groupProblems(bank.problems, english.language)) {
      expect(english.problems.titles[group.code]).toMatch(/^[^\u0400-\u04FF]+$/);
      const texts = group.sharedMessage ? [[group.sharedMessage, group.problems[0]] as const] : group.problems.map((problem) => [problemText(problem, 'en'), problem] as const);
      for (const [text, problem] of texts) expect(ownWords(text, problem)).not.toMatch(CYRILLIC);
    }
    const russian = groupProblems(bank.problems, 'ru');
    expect(russian.every((group) => CYRILLIC.test(group.sharedMessage ?? problemText(group.problems[0], 'ru')))).toBe(true);
  });

  it('says why works were not assigned in English', () => {
    const groups = groupUnassigned(
      [{ archive: 'a.zip', path: 'p/1.pdf', reason: 'no-expert-for-subject', subject: 'physics', grade: 7, school: 'School 5', municipality: 'North' }],
      'en',
    );
    expect(groups[0].message).toMatch(/^The list has no expert for “physics”, grade 7\./);
  });

  it('words every Excel failure in both languages, English without Russian words of its own', () => {
    const failures: Record<ExcelProblem, ExcelFailure> = {
      'not-in-excel': { ok: false, problem: 'not-in-excel', code: null, detail: null },
      'missing-requirements': { ok: false, problem: 'missing-requirements', code: null, detail: null, missing: ['ExcelApi 1.8'] },
      'not-a-protocol': { ok: false, problem: 'not-a-protocol', code: null, detail: null },
      'wrong-version': { ok: false, problem: 'wrong-version', code: null, detail: null, version: '2' },
      'no-protocol-sheet': { ok: false, problem: 'no-protocol-sheet', code: 'ItemNotFound', detail: null, sheet: 'Протокол' },
      'not-on-protocol-sheet': { ok: false, problem: 'not-on-protocol-sheet', code: null, detail: null, sheet: 'Протокол' },
      'outside-grid': { ok: false, problem: 'outside-grid', code: null, detail: null },
      'cell-edit-mode': { ok: false, problem: 'cell-edit-mode', code: 'InvalidOperationInCellEditMode', detail: null },
      'sheet-protected': { ok: false, problem: 'sheet-protected', code: 'AccessDenied', detail: null, sheet: 'recheck' },
      'sheet-name-taken': { ok: false, problem: 'sheet-name-taken', code: null, detail: null, sheet: 'Свод' },
      'too-large': { ok: false, problem: 'too-large', code: 'PayloadTooLarge', detail: null },
      'excel-error': { ok: false, problem: 'excel-error', code: 'GeneralException', detail: 'An internal error has occurred.' },
    };
    for (const failure of Object.values(failures)) {
      const ru = messagesFor('ru').expert.excelProblems[failure.problem](failure);
      const en = messagesFor('en').expert.excelProblems[failure.problem](failure);
      expect(ru).toMatch(/[а-яё]{4,}/);
      expect(en.replace(/«[^»]*»/g, '')).not.toMatch(CYRILLIC);
      expect(en.length).toBeGreaterThan(30);
    }
    expect(messagesFor('en').expert.excelProblems['wrong-version'](failures['wrong-version'])).toContain('format 2');
    expect(messagesFor('ru').expert.excelProblems['sheet-protected'](failures['sheet-protected'])).toContain('«recheck» защищён паролем');
  });
});
