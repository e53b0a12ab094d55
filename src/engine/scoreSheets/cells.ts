/**
 * Cell values of a score sheet as ExcelJS gives them (numbers, strings, rich text, hyperlinks, formulas with a
 * cached result, shared formulas, errors such as `#REF!`, dates, booleans) reduced to what they mean here: a
 * participant code, a variant, a score.
 */
import { isNoAnswerMark, type ScoreValue } from '../scores';

/** A cell value with ExcelJS's wrappers taken off. A formula counts by its cached result. */
export type PlainValue =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date' }
  | { kind: 'error'; value: string }
  /** A formula saved without a computed result (some tools do not compute): its value is unknown. */
  | { kind: 'uncomputed' };

const EMPTY: PlainValue = { kind: 'empty' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function richText(value: unknown): string | null {
  if (!isRecord(value) || !Array.isArray(value.richText)) return null;
  return value.richText.map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('');
}

export function plainValue(value: unknown, depth = 0): PlainValue {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', value: '#NUM!' };
  if (typeof value === 'string') return value.trim() === '' ? EMPTY : { kind: 'text', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date' };
  if (!isRecord(value) || depth > 2) return { kind: 'text', value: String(value) };
  const rich = richText(value);
  if (rich !== null) return rich.trim() === '' ? EMPTY : { kind: 'text', value: rich };
  if ('formula' in value || 'sharedFormula' in value) {
    return 'result' in value && value.result !== undefined ? plainValue(value.result, depth + 1) : { kind: 'uncomputed' };
  }
  if (typeof value.error === 'string') return { kind: 'error', value: value.error };
  if ('text' in value) return plainValue(value.text, depth + 1); // a hyperlink
  return { kind: 'text', value: String(value) };
}

/** The text of a header cell ('' when empty or not text-like). */
export function cellText(value: unknown): string {
  const plain = plainValue(value);
  switch (plain.kind) {
    case 'text':
      return plain.value;
    case 'number':
      return String(plain.value);
    default:
      return '';
  }
}

export function isBlank(value: unknown): boolean {
  return plainValue(value).kind === 'empty';
}

/** `отсутствовал` in any case and form (`Отсутствовала`, `ОТСУТСТВУЕТ`): the pupil was absent. */
export function isAbsentMarker(value: unknown): boolean {
  const plain = plainValue(value);
  return plain.kind === 'text' && /^\s*отсутств/i.test(plain.value);
}

/**
 * A task score: an integer 0…max, `X` (Latin or Cyrillic, any case) for no answer, or empty. A number typed
 * as text (`'2'`) counts; a fraction (`1.5`), a negative number, other text, a date, an error or a formula
 * without a result is `not-a-score`; an integer above the maximum is `score-above-max`.
 */
export function parseScoreCell(
  value: unknown,
  max: number,
): { value: ScoreValue } | { problem: 'score-above-max' | 'not-a-score' } {
  const plain = plainValue(value);
  let n: number;
  switch (plain.kind) {
    case 'empty':
      return { value: { kind: 'empty' } };
    case 'number':
      n = plain.value;
      break;
    case 'text': {
      const text = plain.value.trim();
      if (isNoAnswerMark(text)) return { value: { kind: 'no-answer' } };
      if (!/^\d{1,4}$/.test(text)) return { problem: 'not-a-score' };
      n = Number(text);
      break;
    }
    default:
      return { problem: 'not-a-score' };
  }
  if (!Number.isInteger(n) || n < 0) return { problem: 'not-a-score' };
  if (n > max) return { problem: 'score-above-max' };
  return { value: { kind: 'score', value: n } };
}

/**
 * A participant code as text, digits as typed: a number (the form stores codes as numbers) becomes its
 * integer digits, a text code keeps its leading zeros; spaces inside are dropped. 4–6 digits.
 */
export function parseCode(value: unknown): { code: string } | 'empty' | 'bad' {
  const plain = plainValue(value);
  let text: string;
  if (plain.kind === 'empty') return 'empty';
  if (plain.kind === 'number') {
    if (!Number.isInteger(plain.value) || plain.value < 0) return 'bad';
    text = String(plain.value);
  } else if (plain.kind === 'text') {
    text = plain.value.replace(/[\s\u00a0]+/g, '');
  } else {
    return 'bad';
  }
  return /^\d{4,6}$/.test(text) ? { code: text } : 'bad';
}

/** A variant number (1…99); `отсутствовал`; empty; or anything else. Text like `1`, `1 вариант`, `вар. 2` counts. */
export function parseVariant(value: unknown): { variant: number } | 'absent' | 'empty' | 'bad' {
  const plain = plainValue(value);
  if (plain.kind === 'empty') return 'empty';
  if (isAbsentMarker(value)) return 'absent';
  let n: number;
  if (plain.kind === 'number') {
    n = plain.value;
  } else if (plain.kind === 'text') {
    const digits = plain.value.toLowerCase().replace(/вариант|вар\.?|в\./g, '').replace(/[\s.№]+/g, '');
    if (!/^\d{1,2}$/.test(digits)) return 'bad';
    n = Number(digits);
  } else {
    return 'bad';
  }
  return Number.isInteger(n) && n >= 1 && n <= 99 ? { variant: n } : 'bad';
}

/**
 * What a cell holds, for a message, without ever repeating a name: numbers, `X`-like marks, short numeric
 * text and error codes are quoted; other text is only called text.
 */
export function describeValue(value: unknown): string {
  const plain = plainValue(value);
  switch (plain.kind) {
    case 'empty':
      return 'пусто';
    case 'number':
      return `«${String(plain.value).replace('.', ',')}»`;
    case 'text': {
      const text = plain.value.trim();
      return /^[\d\s.,+\-–—/]{1,12}$/.test(text) || /^[a-zа-яё]$/i.test(text) ? `«${text}»` : 'текст';
    }
    case 'boolean':
      return plain.value ? '«ИСТИНА»' : '«ЛОЖЬ»';
    case 'date':
      return 'дата (Excel превратил число в дату — задайте ячейке числовой формат)';
    case 'error':
      return `ошибка формулы «${plain.value}»`;
    case 'uncomputed':
      return 'формула без вычисленного значения';
  }
}
