import { findTaskPage, normalizePageText, pageTextOf } from '../../../src/taskpane/viewerWindow/taskPageMatcher';

const criteria = [
  'Система оценивания проверочной работы\nПо русскому языку, 6 класс\nСм. задание 4 ниже.',
  'Задание 1\nСписывание текста\nК1 Соблюдение орфографических норм',
  '2.\nЯзыковые разборы\nЗадание 12 — дальше',
  'Задание 4 (К1)\nОрфоэпия\n12) Двенадцатое',
];

describe('the task page matcher', () => {
  it('finds the page where «Задание N» heads the task', () => {
    expect(findTaskPage(criteria, '1')).toBe(2);
  });

  it('prefers a heading to a mention in running text on an earlier page', () => {
    expect(findTaskPage(criteria, '4')).toBe(4);
  });

  it('does not take «Задание 12» for task 1 or task 2', () => {
    expect(findTaskPage(['Задание 12', 'Задание 1'], '1')).toBe(2);
    expect(findTaskPage(['Задание 12\nтекст', '2) задание'], '2')).toBe(2);
  });

  it('finds a task numbered at the start of a line', () => {
    expect(findTaskPage(criteria, '2')).toBe(3);
    expect(findTaskPage(criteria, '12')).toBe(3);
  });

  it('falls back to the task number of a criterion label', () => {
    expect(findTaskPage(criteria, '4К1')).toBe(4);
    expect(findTaskPage(['вступление', 'Задание 4К1'], '4К1')).toBe(2);
  });

  it('reads a Latin K as the Cyrillic К', () => {
    expect(findTaskPage(['', 'Задание 5K2'], '5К2')).toBe(2);
    expect(normalizePageText('5K2\u00a0x')).toBe('5К2 x');
  });

  it('answers null when the task is not in the text', () => {
    expect(findTaskPage(criteria, '9')).toBeNull();
    expect(findTaskPage([], '1')).toBeNull();
    expect(findTaskPage(criteria, '  ')).toBeNull();
  });

  it('joins pdf.js text items into lines', () => {
    expect(pageTextOf([{ str: 'Задание', hasEOL: false }, { str: '3', hasEOL: true }, { type: 'beginMarkedContent' }, { str: 'текст' }])).toBe('Задание 3\nтекст ');
  });
});
