import { messagesFor } from '../../../src/taskpane/i18n';
import { localToday } from '../../../src/taskpane/analyst/today';

const CYRILLIC = /[А-Яа-яЁё]/;

/** Every text of «Вернуть протоколы» and «Подготовить третью проверку», with sample arguments. */
function texts(language: 'ru' | 'en'): string[] {
  const { analystReturn, thirdCheck } = messagesFor(language);
  const sample = (value: unknown): string => {
    if (typeof value === 'string') return value;
    const call = value as (...args: unknown[]) => string;
    if (value === analystReturn.progress) return `${analystReturn.progress('merge', 1, 3)} ${analystReturn.progress('workbooks', 2, 3)}`;
    if (value === analystReturn.schoolLine) return analystReturn.schoolLine('School 5', 'ОО-1', 'math', 6);
    if (value === thirdCheck.workLine) return thirdCheck.workLine('ОО-1', '40003', 'math', 6);
    if (value === thirdCheck.totals) return thirdCheck.totals([8, 5]);
    if (value === analystReturn.deadline) return analystReturn.deadline('2026-05-18');
    return call(2, 'x');
  };
  return [...Object.values(analystReturn), ...Object.values(thirdCheck)].map(sample);
}

describe('the texts of the analyst’s next steps', () => {
  it('are Russian in Russian', () => {
    expect(texts('ru').every((text) => CYRILLIC.test(text))).toBe(true);
  });

  it('are English in English, apart from names in «» and the school code of the sample', () => {
    for (const text of texts('en')) expect(text.replace(/«[^»]*»/g, '').replace(/ОО-1/g, '')).not.toMatch(CYRILLIC);
  });

  it('write the deadline as Russians read a date, and list both experts’ totals', () => {
    expect(messagesFor('ru').analystReturn.deadline('2026-05-18')).toBe('Отчёт о причинах — не позднее 18.05.2026');
    expect(messagesFor('ru').thirdCheck.totals([8, 5])).toBe('Баллы экспертов: 8 и 5');
  });
});

describe('the default date of receipt', () => {
  it('is the local calendar day, not UTC’s', () => {
    expect(localToday(new Date(2026, 4, 1, 0, 30))).toBe('2026-05-01');
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});
