import type { ProblemCode } from '../../../src/engine';
import { chooseLanguage, messagesFor } from '../../../src/taskpane/i18n';
import { pluralEn, pluralRu } from '../../../src/taskpane/i18n/plural';

describe('the pane\'s language', () => {
  it('is Russian when Office speaks any Russian', () => {
    expect(chooseLanguage('ru-RU')).toBe('ru');
    expect(chooseLanguage('ru')).toBe('ru');
    expect(chooseLanguage('RU-ru')).toBe('ru');
  });

  it('is English for any other Office language', () => {
    expect(chooseLanguage('en-US')).toBe('en');
    expect(chooseLanguage('de-DE')).toBe('en');
  });

  it('is Russian outside Office', () => {
    expect(chooseLanguage(null)).toBe('ru');
  });

  it('has the same texts in Russian and English', () => {
    const keys = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, item]) =>
        item && typeof item === 'object' ? keys(item as object, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(messagesFor('en')).sort()).toEqual(keys(messagesFor('ru')).sort());
  });
});

/** What the archive indexer reports (src/engine/problems.ts): the archive view must title each. */
const ARCHIVE_PROBLEMS: ProblemCode[] = [
  'bad-name', 'duplicate-code', 'duplicate-file', 'empty-file', 'not-pdf', 'broken-pdf', 'encrypted-pdf', 'encrypted', 'wrong-password',
  'unsupported-encryption', 'unsafe-path', 'too-large', 'system-file', 'unknown-folder', 'unknown-file', 'old-excel', 'broken-archive',
  'nested-too-deep', 'unreadable-entry',
];

describe('problem titles', () => {
  it('title every problem the archive indexer reports, in both languages', () => {
    for (const language of ['ru', 'en'] as const) {
      const titles = messagesFor(language).problems.titles;
      expect(ARCHIVE_PROBLEMS.filter((code) => !titles[code])).toEqual([]);
    }
  });

  it('give every code its own title, so no two groups of a list read the same', () => {
    for (const language of ['ru', 'en'] as const) {
      const titles = Object.values(messagesFor(language).problems.titles);
      expect(titles.filter((title) => title.trim() === '')).toEqual([]);
      expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
    }
    expect(messagesFor('ru').problems.titles['cross-single-school']).toBe('Работы школы некому проверить');
  });
});

describe('plural forms', () => {
  it('picks the Russian form by the last digits', () => {
    const works = (count: number) => `${count} ${pluralRu(count, 'работа', 'работы', 'работ')}`;
    expect([1, 2, 5, 11, 12, 14, 21, 22, 25, 101, 111, 0].map(works)).toEqual([
      '1 работа', '2 работы', '5 работ', '11 работ', '12 работ', '14 работ', '21 работа', '22 работы', '25 работ', '101 работа', '111 работ', '0 работ',
    ]);
  });

  it('says the Russian counts in full sentences', () => {
    const ru = messagesFor('ru');
    expect(ru.archives.summary(2, 5, 1)).toBe('2 работы, 5 страниц — 1 папка школ');
    expect(ru.archives.worksLine(21, 1)).toBe('21 работа · 1 страница');
    // Thousands are separated by a (narrow no-break) space, as Russian writes them.
    expect(ru.archives.summary(1500, 4500, 60)).toMatch(/^1\s500 работ, 4\s500 страниц — 60 папок школ$/);
  });

  it('picks the English form', () => {
    expect(pluralEn(1, 'work', 'works')).toBe('work');
    expect(pluralEn(0, 'work', 'works')).toBe('works');
  });
});
