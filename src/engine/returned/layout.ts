/**
 * Where everything sits in a returned protocol (a school's workbook, issue 9): sheet names, the columns of
 * «Причины и меры» the school fills, and the hidden sheet's keys. The builder writes from here, the engine's
 * reader and the add-in read from here.
 */

export const RETURNED_SHEETS = Object.freeze({
  totals: 'Итоги',
  works: 'Работы',
  protocol: 'Протокол',
  tasks: 'Задания',
  answers: 'Причины и меры',
  /** veryHidden, last: recognised by its marker (A1 `format`, B1 `recheck-returned`), not by its name. */
  meta: 'recheck',
});

export const RETURNED_MARKER = 'recheck-returned';
export const RETURNED_FORMAT_VERSION = 1;

/** Keys of the hidden sheet's key/value block (column A; values in column B). */
export const RETURNED_META_KEYS = Object.freeze({
  format: 'format',
  formatVersion: 'formatVersion',
  municipality: 'municipality',
  school: 'school',
  schoolCode: 'schoolCode',
  subject: 'subject',
  grade: 'grade',
  received: 'received',
  reportDue: 'reportDue',
  createdAt: 'createdAt',
  /** Sheet rows of «Причины и меры» that hold answers: the first and the last. */
  answersFirstRow: 'answersFirstRow',
  answersLastRow: 'answersLastRow',
});

/** Columns of «Причины и меры»: the first three are written, the rest the school types (unlocked). */
export const ANSWER_COLUMNS = Object.freeze({
  number: { letter: 'A', header: '№', width: 5 },
  topic: { letter: 'B', header: 'Что выявлено', width: 30 },
  details: { letter: 'C', header: 'Подробности', width: 42 },
  reasons: { letter: 'D', header: 'Выявленные причины', width: 40 },
  measures: { letter: 'E', header: 'Планируемые меры', width: 40 },
  responsible: { letter: 'F', header: 'Ответственный', width: 22 },
  due: { letter: 'G', header: 'Срок', width: 12 },
});
export type AnswerColumnKey = keyof typeof ANSWER_COLUMNS;
export const ANSWER_HEADER_ROW = 4;
/** Blank rows after the prepared items, for other findings the school adds. */
export const SPARE_ANSWER_ROWS = 5;

/** «Итоги»: the table's first line (its header is the row above), how many lines, the title of the attention lines. */
export const TOTALS_FIRST_ROW = 7;
export const TOTALS_MEASURE_COUNT = 8;
export const ATTENTION_TITLE = 'Требует ли школа внимания';

/** «Работы», column «Итог»: the expert's total or mark against the school's. */
export const OUTCOME_WORDS = Object.freeze({
  confirmed: 'подтверждена',
  lowered: 'понижена',
  raised: 'повышена',
  unscored: 'не оценена полностью',
});
