import type { ProblemCode, ProblemFacts } from '../../../src/engine';
import type { UnassignedReason } from '../../../src/engine/assignment';
import { problemText, unassignedText, type Language } from '../../../src/engine/wording';

/**
 * Sample facts for every code: a record over all codes, so a new code without a sample does not compile.
 * Each code gets the details that change its text (a reason given or not, each kind of cell…).
 */
const SAMPLES: { [C in ProblemCode]: ProblemFacts<C>[] } = {
  'bad-name': [{ problem: 'bad-name', expected: 'work' }, { problem: 'bad-name', expected: 'classroom' }],
  'duplicate-code': [
    { problem: 'duplicate-code', participant: '4002', otherPath: 'Район/Школа/4002_вар.1 (1).pdf' },
    { problem: 'duplicate-code', classroom: '6А', otherPath: 'Район/Школа/6А русский язык (2).pdf' },
  ],
  'duplicate-file': [{ problem: 'duplicate-file', otherPath: 'Район/Школа/4002_вар.1.pdf' }],
  'empty-file': [{ problem: 'empty-file' }],
  'not-pdf': (['jpeg', 'heic', 'docx', 'html', 'unknown'] as const).map((looksLike) => ({ problem: 'not-pdf', looksLike })),
  'broken-pdf': (['cut', 'no-pages', 'damaged'] as const).map((reason) => ({ problem: 'broken-pdf', reason })),
  'encrypted-pdf': [{ problem: 'encrypted-pdf', reason: 'needs-password' }],
  encrypted: [{ problem: 'encrypted' }],
  'wrong-password': [{ problem: 'wrong-password' }, { problem: 'wrong-password', reason: 'password-garbles-data' }],
  'unsupported-encryption': [{ problem: 'unsupported-encryption' }],
  'unsafe-path': [{ problem: 'unsafe-path' }],
  'too-large': [{ problem: 'too-large', limitBytes: 256 * 1024 * 1024 }],
  'system-file': [{ problem: 'system-file' }],
  'unknown-folder': [{ problem: 'unknown-folder' }],
  'unknown-file': [{ problem: 'unknown-file' }],
  'old-excel': [{ problem: 'old-excel' }],
  'broken-archive': [
    { problem: 'broken-archive', reason: 'no-end-record' },
    { problem: 'broken-archive', reason: 'read-error', detail: 'Unexpected end of data' },
  ],
  'file-not-found': [
    { problem: 'file-not-found', reason: 'missing' },
    { problem: 'file-not-found', reason: 'unreadable', detail: 'EIO' },
  ],
  'entry-count-mismatch': [
    { problem: 'entry-count-mismatch', statedCount: 65_535, foundCount: 66_536 },
    { problem: 'entry-count-mismatch', statedCount: 12, foundCount: 10 },
  ],
  'empty-archive': [{ problem: 'empty-archive' }],
  'nested-too-deep': [{ problem: 'nested-too-deep' }],
  'unreadable-entry': [
    { problem: 'unreadable-entry', reason: 'crc-mismatch' },
    { problem: 'unreadable-entry', reason: 'unsupported-compression', detail: '14' },
  ],
  'encrypted-workbook': [{ problem: 'encrypted-workbook' }],
  'unknown-layout': [{ problem: 'unknown-layout', personalData: false }, { problem: 'unknown-layout', personalData: true }],
  'no-tasks': [{ problem: 'no-tasks', sheet: 'Лист1' }],
  'score-above-max': [{ problem: 'score-above-max', participant: '40002', task: '3К1', value: { kind: 'number', value: 4 }, max: 3 }],
  'not-a-score': [
    { problem: 'not-a-score', participant: '40002', task: '1', value: { kind: 'quoted', text: '1,5' }, max: 2 },
    { problem: 'not-a-score', participant: '40002', task: '1', value: { kind: 'text' }, max: 2 },
    { problem: 'not-a-score', participant: '40002', task: '1', value: { kind: 'date' }, max: 2 },
    { problem: 'not-a-score', participant: '40002', task: '1', value: { kind: 'formula-error', text: '#DIV/0!' }, max: 2 },
    { problem: 'not-a-score', participant: '40002', task: '1', value: { kind: 'boolean', value: true }, max: 2 },
    { problem: 'not-a-score', participant: '40002', task: '1', value: { kind: 'uncomputed' }, max: 2 },
    { problem: 'not-a-score', participant: '40002', task: '1', value: { kind: 'empty' }, max: 2 },
  ],
  'bad-variant': [
    { problem: 'bad-variant', participant: '40001', header: 'Вариант' },
    { problem: 'bad-variant', participant: '40001', header: '', value: { kind: 'text' } },
  ],
  'scores-for-absent': [{ problem: 'scores-for-absent', participant: '40001' }],
  'duplicate-row': [
    { problem: 'duplicate-row', participant: '40001', row: 4, otherRow: 2, identical: true },
    { problem: 'duplicate-row', participant: '40001', row: 4, otherRow: 2, identical: false },
  ],
  'bad-code': [{ problem: 'bad-code', row: 3, header: 'Код участника' }, { problem: 'bad-code', row: 3, header: '' }],
  'missing-code': [{ problem: 'missing-code', row: 3, header: 'Код участника' }],
  'unknown-column': [
    { problem: 'unknown-column', header: '13' },
    { problem: 'unknown-column', header: '1 (1б)', duplicateOf: { task: '1', header: '1 (1б)' } },
  ],
  'other-score-sheet': [
    { problem: 'other-score-sheet', sheet: 'Протокол_2', otherSheet: 'Протокол', onlyOther: ['40005'], onlyRead: [], differing: ['1', '2', '3', '4', '5', '6', '7'] },
  ],
  'no-score-sheet': [{ problem: 'no-score-sheet', school: 'МБОУ Витимская СОШ', subject: 'русский язык', grade: 6 }],
  'scan-without-row': [{ problem: 'scan-without-row', participant: '40003' }],
  'row-without-scan': [{ problem: 'row-without-scan', participant: '40003' }],
  'variant-mismatch': [
    { problem: 'variant-mismatch', participant: '40003', fileVariant: 2, sheetVariant: 1 },
    { problem: 'variant-mismatch', participant: '40003', fileVariant: 2, sheetVariant: null },
  ],
  'absent-with-scan': [{ problem: 'absent-with-scan', participant: '40003' }],
  'sheet-without-school': [{ problem: 'sheet-without-school' }],
  'pdf-metadata-left': [{ problem: 'pdf-metadata-left', residual: ['Info', 'XMP'] }, { problem: 'pdf-metadata-left', residual: [] }],
  'experts-unreadable': [{ problem: 'experts-unreadable', reason: 'old-excel' }, { problem: 'experts-unreadable', reason: 'unreadable', detail: 'bad zip' }],
  'experts-no-header': [{ problem: 'experts-no-header' }],
  'experts-missing-column': [{ problem: 'experts-missing-column', column: 'school' }, { problem: 'experts-missing-column', column: 'municipality' }],
  'expert-no-name': [{ problem: 'expert-no-name' }],
  'expert-no-subject': [{ problem: 'expert-no-subject', expert: 'Petrov Oleg' }],
  'expert-bad-grades': [{ problem: 'expert-bad-grades', expert: 'Petrov Oleg', value: 'many' }],
  'expert-bad-capacity': [{ problem: 'expert-bad-capacity', expert: 'Petrov Oleg', value: 'lots' }],
  'expert-duplicate': [{ problem: 'expert-duplicate', expert: 'Petrov Oleg', otherRow: 2 }],
  'expert-no-workplace': [{ problem: 'expert-no-workplace', expert: 'Petrov Oleg', missing: 'school' }, { problem: 'expert-no-workplace', expert: 'Petrov Oleg', missing: 'municipality' }],
  'not-a-protocol': [{ problem: 'not-a-protocol' }, { problem: 'not-a-protocol', missingSheet: 'Протокол' }],
  'wrong-version': [{ problem: 'wrong-version', version: '2', supported: 1 }],
  'broken-workbook': [
    { problem: 'broken-workbook', reason: 'empty-file' },
    { problem: 'broken-workbook', reason: 'old-office-format' },
    { problem: 'broken-workbook', reason: 'not-xlsx' },
    { problem: 'broken-workbook', reason: 'read-error', detail: 'End of data reached' },
  ],
  'missing-expert-score': [{ problem: 'missing-expert-score', max: 3 }, { problem: 'missing-expert-score' }],
  'invalid-expert-score': [{ problem: 'invalid-expert-score', value: 'two', max: 3 }],
  'score-out-of-range': [{ problem: 'score-out-of-range', value: '4', max: 3 }],
  'difference-without-code': [{ problem: 'difference-without-code' }],
  'code-without-difference': [{ problem: 'code-without-difference' }],
  'invalid-error-code': [{ problem: 'invalid-error-code', value: '9' }],
  'explanation-required': [{ problem: 'explanation-required', code: '6' }],
  'locked-cell-edited': [{ problem: 'locked-cell-edited', column: 'Балл ОО', original: '2', value: '3' }],
  'protocol-row-added': [{ problem: 'protocol-row-added' }],
  'protocol-row-deleted': [{ problem: 'protocol-row-deleted', deletedWork: 'ОО-07/0402', deletedTask: '3', originalRow: 12 }],
  'checksum-mismatch': [{ problem: 'checksum-mismatch' }],
  'signature-mismatch': [{ problem: 'signature-mismatch' }],
  'unknown-package': [{ problem: 'unknown-package', packageId: '2026-Э09-1' }],
  'duplicate-protocol': [
    { problem: 'duplicate-protocol', packageId: '2026-Э01-1', keptFile: 'почта/Протокол 2026-Э01-1.xlsx', identical: true, differences: [] },
    { problem: 'duplicate-protocol', packageId: '2026-Э01-1', keptFile: 'новый.xlsx', identical: false, differences: ['Протокол!G5', 'Комментарии'] },
  ],
  'scale-unreadable': [
    { problem: 'scale-unreadable', reason: 'old-excel' },
    { problem: 'scale-unreadable', reason: 'unreadable', detail: 'End of data reached (data length = 12)' },
  ],
  'scale-no-header': [{ problem: 'scale-no-header' }],
  'scale-missing-column': [{ problem: 'scale-missing-column', column: 'lowest4' }],
  'scale-bad-value': [
    { problem: 'scale-bad-value', column: 'lowest3', header: '«3» от', value: 'десять', subject: 'Русский язык', grade: 4 },
    { problem: 'scale-bad-value', column: 'grade', header: 'Класс', value: 'четвёртый' },
  ],
  'scale-not-increasing': [{ problem: 'scale-not-increasing', subject: 'Русский язык', grade: 4, lowest3: 10, lowest4: 21, lowest5: 16, max: 24 }],
  'scale-duplicate': [{ problem: 'scale-duplicate', subject: 'Русский язык', grade: 4, otherRow: 2 }],
  'scale-maximum-mismatch': [
    { problem: 'scale-maximum-mismatch', subject: 'русский язык', grade: 4, max: 24, variantMaxima: [{ variant: 1, max: 20 }] },
  ],
  'duplicate-task-row': [{ problem: 'duplicate-task-row', participant: '0402', task: '1', schoolCode: 'ОО-01', subject: 'русский язык', grade: 4 }],
  // Issue 10: the municipal cross-check.
  'cross-regional-layout': [{ problem: 'cross-regional-layout', school: 'МБОУ СОШ №131' }],
  'cross-works-unknown': [{ problem: 'cross-works-unknown', school: 'МБОУ СОШ №131', class: '6А' }],
  'cross-pages-not-multiple': [{ problem: 'cross-pages-not-multiple', class: '6А', pages: 51, works: 25 }],
  'cross-cover-letter-unread': (['pdf', 'pdf-no-text', 'unreadable', 'no-counts', 'other-format'] as const).map((reason) => ({ problem: 'cross-cover-letter-unread', reason })),
  'cross-count-conflict': [{ problem: 'cross-count-conflict', class: '6А', letter: 24, table: 25 }],
  'cross-counts-row': (['no-school', 'no-class', 'bad-number'] as const).map((reason) => ({ problem: 'cross-counts-row', row: 3, reason })),
  'cross-counts-no-header': [{ problem: 'cross-counts-no-header' }],
  'cross-single-school': [{ problem: 'cross-single-school', school: 'МБОУ СОШ №131', subject: 'русский язык', grade: 6 }],
  'cross-mutual-pair': [{ problem: 'cross-mutual-pair', subject: 'русский язык', grade: 6, schools: ['МБОУ СОШ №131', 'МБОУ СОШ №4'] }],
  'cross-no-tasks': [{ problem: 'cross-no-tasks', subject: 'русский язык', grade: 6 }],
  'cross-bad-override': (['self', 'unknown-school', 'unknown-checker'] as const).map((reason) => ({
    problem: 'cross-bad-override', school: 'МБОУ СОШ №131', checker: 'МБОУ СОШ №4', subject: 'русский язык', grade: 6, reason,
  })),
  'cross-row-invalid': (['bad-code', 'missing-code', 'missing-variant', 'missing-score', 'invalid-score', 'bad-pages', 'pages-overlap', 'unknown-file', 'duplicate-code'] as const).map(
    (reason) => ({ problem: 'cross-row-invalid', reason, participant: '40012', task: '3', value: '7', max: 2 }),
  ),
  'cross-no-form': [{ problem: 'cross-no-form', school: 'МБОУ СОШ №131', subject: 'русский язык', grade: 6 }],
  'cross-code-not-in-form': [{ problem: 'cross-code-not-in-form', participant: '40012', school: 'МБОУ СОШ №131' }],
  'cross-row-without-result': [{ problem: 'cross-row-without-result', participant: '40012' }],
  'cross-variant-mismatch': [{ problem: 'cross-variant-mismatch', participant: '40012', formVariant: 1, protocolVariant: 2 }],
  'cross-task-not-in-form': [{ problem: 'cross-task-not-in-form', task: '11.3К1' }],
  'cross-cells-overwritten': [{ problem: 'cross-cells-overwritten', cells: ['Протокол!C2', 'Протокол!D2'] }],
  'earlier-scan-missing': [{ problem: 'earlier-scan-missing', participant: '0402', schoolCode: 'ОО-01', packageFile: 'Э01 Иванова — русский язык, 6 класс.zip' }],
  // Issue 9: returned protocols.
  'calendar-year-missing': [{ problem: 'calendar-year-missing', year: 2031 }],
  'calendar-year-unconfirmed': [{ problem: 'calendar-year-unconfirmed', year: 2027, note: 'Внесите переносы.' }, { problem: 'calendar-year-unconfirmed', year: 2027, note: '' }],
  'recheck-late': [{ problem: 'recheck-late', received: '2026-07-20', recheckDue: '2026-07-15' }],
  'protocol-left-out': [{ problem: 'protocol-left-out', state: 'tampered' }],
  'returned-workbook-unreadable': [
    { problem: 'returned-workbook-unreadable', reason: 'unreadable' },
    { problem: 'returned-workbook-unreadable', reason: 'not-returned' },
    { problem: 'returned-workbook-unreadable', reason: 'no-answers-sheet' },
  ],
};

const ALL: ProblemFacts[] = Object.values(SAMPLES).flat();
const LANGUAGES: Language[] = ['ru', 'en'];

/** Every string a sample carries (file paths, headers, sheet names: the user's own data, often Russian). */
function dataOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(dataOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(dataOf);
  return [];
}

/**
 * The wording's own words: the text without the sample's data, and without the Russian names a reader must
 * find or type literally (headers, sheets, folder patterns), which the English wording always quotes «…».
 */
function ownWords(text: string, facts: ProblemFacts): string {
  let rest = text;
  for (const data of dataOf(facts).sort((a, b) => b.length - a.length)) if (data.length > 1) rest = rest.split(data).join('');
  return rest.replace(/«[^»]*»/g, '');
}

const CYRILLIC = /[\u0400-\u04FF]/;

describe('the wording of problems', () => {
  it.each(LANGUAGES)('gives every sample of every code a full sentence in %s', (language) => {
    for (const facts of ALL) {
      const text = problemText(facts, language);
      expect(text.length).toBeGreaterThan(30);
      expect(text).toMatch(/[.!?]$/);
      expect(text).not.toMatch(/undefined|null|NaN|\[object/);
    }
  });

  it.each(LANGUAGES)('gives each code its own text in %s', (language) => {
    const firstTexts = Object.values(SAMPLES).map((samples) => problemText(samples[0], language));
    expect(new Set(firstTexts).size).toBe(firstTexts.length);
  });

  it('writes Russian in Russian and English in English', () => {
    for (const facts of ALL) {
      expect(problemText(facts, 'ru')).toMatch(/[а-яё]{4,}/);
      expect(ownWords(problemText(facts, 'en'), facts)).not.toMatch(CYRILLIC);
      expect(problemText(facts, 'en')).not.toBe(problemText(facts, 'ru'));
    }
  });

  it('renders Russian unless told otherwise', () => {
    expect(problemText({ problem: 'empty-file' })).toBe(problemText({ problem: 'empty-file' }, 'ru'));
  });

  it('puts the details into the text', () => {
    expect(problemText({ problem: 'too-large', limitBytes: 256 * 1024 * 1024 }, 'en')).toContain('256 MB');
    expect(problemText({ problem: 'too-large', limitBytes: 256 * 1024 * 1024 }, 'ru')).toContain('256 МБ');
    expect(problemText(SAMPLES['other-score-sheet'][0], 'ru')).toContain('1, 2, 3, 4, 5 и ещё 2');
    expect(problemText(SAMPLES['other-score-sheet'][0], 'en')).toContain('1, 2, 3, 4, 5 and 2 more');
    expect(problemText(SAMPLES['unreadable-entry'][1], 'ru')).toContain('неподдерживаемый метод сжатия 14');
    expect(problemText(SAMPLES['file-not-found'][1], 'en')).toContain('it does not open: EIO');
    expect(problemText(SAMPLES['not-a-score'][0], 'ru')).toContain('записано «1,5»');
    expect(problemText({ problem: 'not-a-score', participant: '1', task: '1', value: { kind: 'number', value: 1.5 }, max: 2 }, 'ru')).toContain('«1,5»');
    expect(problemText({ problem: 'not-a-score', participant: '1', task: '1', value: { kind: 'number', value: 1.5 }, max: 2 }, 'en')).toContain('“1.5”');
  });

  it('keeps the Russian texts the coordinator already knows', () => {
    expect(problemText({ problem: 'empty-file' }, 'ru')).toBe('Файл пустой (0 байт). Попросите школу прислать скан заново.');
    expect(problemText({ problem: 'not-pdf', looksLike: 'jpeg' }, 'ru')).toBe(
      'Файл назван .pdf, но это не PDF (это изображение JPEG). Попросите школу прислать скан в формате PDF.',
    );
  });
});

describe('the wording of unassigned works', () => {
  const facts = { subject: 'физика', grade: 7, school: 'МБОУ Витимская СОШ', municipality: 'Бодайбинский район' };
  const reasons: Record<UnassignedReason, true> = { 'no-expert-for-subject': true, 'only-conflicted-experts': true, 'only-earlier-reviewers': true, capacity: true, 'no-second-expert': true, 'no-third-expert': true };

  it.each(LANGUAGES)('says why and what to do for every reason in %s, each in its own words', (language) => {
    const texts = (Object.keys(reasons) as UnassignedReason[]).map((reason) => unassignedText({ reason, ...facts }, language));
    for (const text of texts) expect(text.length).toBeGreaterThan(60);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('names the school in both languages and writes English without Russian words of its own', () => {
    const english = unassignedText({ reason: 'only-conflicted-experts', ...facts }, 'en');
    expect(english).toContain('МБОУ Витимская СОШ');
    expect(english.replace(/“[^”]*”/g, '')).not.toMatch(CYRILLIC);
    expect(unassignedText({ reason: 'capacity', ...facts }, 'ru')).toContain('исчерпан лимит работ');
  });
});
