import { messagesFor } from '../../../src/taskpane/i18n';

const CYRILLIC = /[А-Яа-яЁё]/;

/** Every text of the analyst's view, with sample arguments. */
function texts(language: 'ru' | 'en'): string[] {
  const a = messagesFor(language).analyst;
  return Object.values(a).map((value) => {
    if (typeof value === 'string') return value;
    const call = value as (...args: unknown[]) => string;
    switch (value) {
      case a.skipped: return a.skipped(['a.pdf']);
      case a.keyUnreadable: return `${a.keyUnreadable('not-a-key', null)} ${a.keyUnreadable('newer-key', null)}`;
      case a.written: return a.written(['Свод'], 4);
      case a.headline: return a.headline('math, 5', 10, 2, '80 %', '90 %');
      case a.files: return a.files(3, 2, 10, 200);
      case a.stateCounts: return a.stateCounts(language === 'ru' ? 'сведён' : 'merged', 2);
      case a.progress: return a.progress(1, 3);
      default: return call(2, 'x');
    }
  });
}

describe('the analyst view\'s texts', () => {
  it('are Russian in Russian', () => {
    expect(texts('ru').every((text) => CYRILLIC.test(text))).toBe(true);
  });

  it('are English in English, apart from the sheet and file names in «»', () => {
    for (const text of texts('en')) expect(text.replace(/«[^»]*»/g, '')).not.toMatch(CYRILLIC);
  });
});
