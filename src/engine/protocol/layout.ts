/**
 * Where everything sits in a protocol workbook: sheet names, columns, the hidden sheet's keys, and the
 * formulas of the sheet's own rules (validation, conditional formatting, totals). The builder writes from
 * here and the reader reads from here; the add-in locates cells from here too.
 */

import { noAnswerFormula } from '../scores';

export const PROTOCOL_SHEETS = Object.freeze({
  protocol: 'Протокол',
  comments: 'Комментарии',
  totals: 'Итоги',
  legend: 'Коды ошибок',
  /** veryHidden, never the first sheet (a workbook without bookViews would show it in LibreOffice). */
  meta: 'recheck',
});

/** Columns of the `Протокол` sheet, in order; `locked` ones are prefilled and covered by the checksum. */
export const PROTOCOL_COLUMNS = Object.freeze({
  schoolCode: { letter: 'A', header: 'Код ОО', width: 10, locked: true },
  workCode: { letter: 'B', header: 'Код работы', width: 12, locked: true },
  variant: { letter: 'C', header: 'Вариант', width: 9, locked: true },
  task: { letter: 'D', header: '№ задания', width: 10, locked: true },
  max: { letter: 'E', header: 'Макс. балл', width: 9, locked: true },
  schoolScore: { letter: 'F', header: 'Балл ОО', width: 9, locked: true },
  expertScore: { letter: 'G', header: 'Балл эксперта', width: 11, locked: false },
  difference: { letter: 'H', header: 'Расхождение', width: 13, locked: true },
  errorCode: { letter: 'I', header: 'Код ошибки', width: 10, locked: false },
  explanation: { letter: 'J', header: 'Пояснение', width: 48, locked: false },
});

export type ProtocolColumnKey = keyof typeof PROTOCOL_COLUMNS;
export const PROTOCOL_COLUMN_KEYS = Object.keys(PROTOCOL_COLUMNS) as ProtocolColumnKey[];
export const PREFILLED_KEYS = ['schoolCode', 'workCode', 'variant', 'task', 'max', 'schoolScore'] as const;
export type PrefilledKey = (typeof PREFILLED_KEYS)[number];

/** The Excel table over the protocol grid. */
export const PROTOCOL_TABLE_NAME = 'Protocol';

/** Columns of the `Комментарии` sheet. */
export const COMMENT_COLUMNS = Object.freeze({
  variants: { letter: 'A', header: 'Вариант', width: 10 },
  task: { letter: 'B', header: '№ задания', width: 10 },
  hardest: { letter: 'C', header: 'Задания, которые вызвали у обучающихся наибольшие затруднения (отметьте знаком «+»)', width: 22 },
  reasons: { letter: 'D', header: 'Возможные причины затруднений (краткое описание, комментарий)', width: 40 },
  opinion: { letter: 'E', header: 'Мнение эксперта (по КИМ, критериям оценивания и т. п.)', width: 40 },
  difficulties: { letter: 'F', header: 'Затруднения, возникшие при работе', width: 40 },
});
export const GENERAL_OPINION_LABEL = 'Общее мнение эксперта о КИМ и критериях оценивания';
export const GENERAL_DIFFICULTIES_LABEL = 'Затруднения, возникшие при проверке (в целом)';

/** Keys of the hidden sheet (column A; values in column B). */
export const META_MARKER = 'recheck-protocol';
export const META_KEYS = Object.freeze({
  format: 'format',
  formatVersion: 'formatVersion',
  packageId: 'packageId',
  /** Format 2: the review's round (1, 2, 3…). */
  round: 'round',
  /** Format 2: `expert` or `commission`. */
  reviewer: 'reviewer',
  expert: 'expert',
  subject: 'subject',
  grade: 'grade',
  createdAt: 'createdAt',
  deadline: 'deadline',
  completedAt: 'completedAt',
  checksum: 'checksum',
  signature: 'signature',
  algorithm: 'algorithm',
  /** Header of the block of original prefilled rows: sheet row, then the six prefilled values. */
  originals: 'originals',
});

/** A cell of the legend sheet that stays empty: the list source of Код ошибки where scores agree. */
export const EMPTY_LIST_CELL = '$Z$1';
export const LEGEND_CODES_RANGE = '$A$2:$A$8';

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The points of a score cell: X (Latin or Cyrillic; Excel compares text case-insensitively) gives 0. */
function points(cell: string): string {
  return `IF(${noAnswerFormula(cell)},0,${cell})`;
}

/**
 * Расхождение: expert's points minus the school's; empty while either score is empty; `?` when the expert's
 * entry is not a number or X.
 */
export function differenceFormula(row: number): string {
  const g = `G${row}`;
  const f = `F${row}`;
  return `IF(OR(${g}="",${f}=""),"",IFERROR(${points(g)}-${points(f)},"?"))`;
}

/** Балл эксперта: an integer 0…Макс. балл of the same row, or X/Х. Relative to the range's first row. */
export function expertScoreValidationFormula(firstRow: number): string {
  const g = `G${firstRow}`;
  return `IF(ISNUMBER(${g}),AND(${g}>=0,${g}<=$E${firstRow},${g}=INT(${g})),${noAnswerFormula(g)})`;
}

/** Код ошибки: the codes 1–7 of the legend where the scores differ, else an empty list (nothing allowed). */
export function errorCodeListFormula(firstRow: number): string {
  const legend = quoteSheet(PROTOCOL_SHEETS.legend);
  return `IF(AND(ISNUMBER($H${firstRow}),$H${firstRow}<>0),${legend}!${LEGEND_CODES_RANGE},${legend}!${EMPTY_LIST_CELL})`;
}

/** The conditional formatting rules, relative to the first data row. */
export function attentionFormulas(firstRow: number): {
  invalidScore: string;
  differenceWithoutCode: string;
  codeWithoutDifference: string;
  missingScore: string;
  scoreOutOfRange: string;
  invalidCode: string;
  explanationMissing: string;
} {
  const r = firstRow;
  return {
    invalidScore: `$H${r}="?"`,
    differenceWithoutCode: `AND(ISNUMBER($H${r}),$H${r}<>0,$I${r}="")`,
    codeWithoutDifference: `AND($I${r}<>"",NOT(AND(ISNUMBER($H${r}),$H${r}<>0)))`,
    missingScore: `$G${r}=""`,
    scoreOutOfRange: `IF(ISNUMBER($G${r}),OR($G${r}<0,$G${r}>$E${r},$G${r}<>INT($G${r})),FALSE)`,
    invalidCode: `IF(ISNUMBER($I${r}),OR($I${r}<1,$I${r}>7,$I${r}<>INT($I${r})),LEN(TRIM($I${r}))>0)`,
    explanationMissing: `AND(OR($I${r}=6,$I${r}=7),LEN(TRIM($J${r}))=0)`,
  };
}

/** `Протокол!G12`. */
export function protocolCell(key: ProtocolColumnKey, row: number): string {
  return `${PROTOCOL_SHEETS.protocol}!${PROTOCOL_COLUMNS[key].letter}${row}`;
}
