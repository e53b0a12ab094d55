/**
 * What a score sheet's column headers mean. Columns are found by header text, never by position: the ФИС ОКО
 * form drifts from year to year (`Код участника` / `Код`, `Вариант` / `Вариант (часть 1)`…) and schools retype
 * headers with extra spaces, line breaks, another case, a Latin `k` for the Cyrillic `К`.
 */
import type { Task } from '../scores';

export type ColumnRole =
  | { kind: 'code' }
  /** `part` is null for a single `Вариант` column, 1 or 2 for a two-part test. */
  | { kind: 'variant'; part: 1 | 2 | null }
  | { kind: 'task'; task: Task }
  /** Pupils' names and the like: recognised so that they are never copied anywhere. */
  | { kind: 'personal' }
  /** Known non-task columns kept out on purpose (class, sex, previous mark, totals…). */
  | { kind: 'ignored' }
  | { kind: 'unknown' };

/** Lower case, `ё` → `е`, any run of white space (line breaks, no-break spaces) → one space, trimmed. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .trim();
}

// A maximum in brackets at the end: `(5б)`, `(2 б)`, `(2 б.)`, `(1 балл)`, `(2 балла)`, `(5 баллов)`, `(макс. 2б)`.
const MAX_PART = /\(\s*(?:макс(?:имум)?\.?\s*)?(\d{1,3})\s*(?:б|балл|балла|баллов)\.?\s*\)\s*$/;
// A task label once spaces are gone and `k`/`к`/`K` are the Cyrillic `К`: `1`, `9.1`, `12.2`, `3(1)`, `4К1`, `11.3К1`, `К2`.
const LABEL = /^(?:\d{1,2}(?:\.\d{1,2}){0,2}(?:\(\d{1,2}\))?)?(?:К\d{1,2})?$/;

/**
 * A task header and its maximum: `1 (5б)` → { task: '1', max: 5 }, `4К1 (3б)` → '4К1', `11.3 k1 (2б)` →
 * '11.3К1', `2(2 б)`, `3 (2 балла)`, `Задание 5 (1б)` → '5'. Null for anything else, including a task label
 * without a maximum (`5`) and a maximum of 0.
 */
export function parseTaskHeader(header: string): Task | null {
  const text = normaliseHeader(String(header));
  const max = MAX_PART.exec(text);
  if (!max) return null;
  const maximum = Number(max[1]);
  if (!(maximum >= 1)) return null;
  let label = text.slice(0, max.index).trim();
  label = label.replace(/^(?:задание|зад\.)\s*(?:№\s*)?/, '').replace(/^№\s*/, '');
  label = label.replace(/\s+/g, '').replace(/,/g, '.').replace(/[kк]/g, 'К');
  if (!label || !/\d/.test(label) || !LABEL.test(label)) return null;
  return { task: label, max: maximum };
}

const CODE_HEADERS = ['код участника', 'код'];
const VARIANT_HEADERS = ['вариант', 'номер варианта', '№ варианта', 'вар.', 'вар'];
const VARIANT_PART = /^(?:номер\s+)?вариант\s*\(?\s*(?:часть|части|ч\.?)\s*([12])\s*\)?$/;

// Personal data: names of pupils. Matched as word stems anywhere in the header.
const PERSONAL = /(?:^|[^а-яa-z])(?:фио|ф\.\s*и\.|фамили|имя|отчеств|учени|учащ|обучающ|школьник|ребен)/;
const PERSONAL_EXACT = ['участник', 'участник вп', 'участники'];

// Known non-task columns of the form and of ФИС ОКО exports.
const IGNORED_EXACT = ['№', 'n', 'пол', 'оо', 'класс', 'литера', 'буква', 'дата', 'логин', '№ п/п', 'п/п', 'номер'];
const IGNORED_PREFIXES = [
  'класс',
  'порядковый номер',
  'номер класса',
  '№ класса',
  'отметка',
  'оценка',
  'итог',
  'сумм',
  'всего',
  'первичный балл',
  'балл за работу',
  'баллы за задания',
  'муниципал',
  'название оо',
  'наименование оо',
  'код оо',
  'образовательная организация',
  'уровень',
  'примечан',
  'коммент',
  '% ',
  'процент',
];

/** What a header names. Empty headers are not classified here: a column without a header is skipped. */
export function classifyHeader(header: string): ColumnRole {
  const text = normaliseHeader(header);
  if (CODE_HEADERS.includes(text) || text.startsWith('код участника')) return { kind: 'code' };
  if (VARIANT_HEADERS.includes(text)) return { kind: 'variant', part: null };
  const part = VARIANT_PART.exec(text);
  if (part) return { kind: 'variant', part: part[1] === '1' ? 1 : 2 };
  const task = parseTaskHeader(header);
  if (task) return { kind: 'task', task };
  if (PERSONAL.test(text) || PERSONAL_EXACT.includes(text)) return { kind: 'personal' };
  if (IGNORED_EXACT.includes(text) || IGNORED_PREFIXES.some((prefix) => text.startsWith(prefix))) return { kind: 'ignored' };
  return { kind: 'unknown' };
}

/** A header cell's text for lists and messages: white space collapsed, as typed otherwise, at most 80 characters. */
export function displayHeader(header: string): string {
  const text = header.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
