import type { Table } from '../assignment/readTables';

export type ScaleField = 'subject' | 'grade' | 'lowest3' | 'lowest4' | 'lowest5' | 'max';

/** Column index (0-based) of each field found in the header row. */
export type ScaleColumns = Partial<Record<ScaleField, number>>;

export interface ScaleHeader {
  table: Table;
  /** 0-based index of the header row in the table. */
  headerRow: number;
  columns: ScaleColumns;
}

export const SCALE_FIELDS: readonly ScaleField[] = ['subject', 'grade', 'lowest3', 'lowest4', 'lowest5', 'max'];

/** How each field is named to the analyst when its column is missing. */
export const SCALE_FIELD_HEADERS: Record<ScaleField, string> = {
  subject: '«Предмет»',
  grade: '«Класс» (или «Параллель»)',
  lowest3: '«"3" от» (или «Минимальный балл "3"»)',
  lowest4: '«"4" от» (или «Минимальный балл "4"»)',
  lowest5: '«"5" от» (или «Минимальный балл "5"»)',
  max: '«Максимальный балл»',
};

/** The header is looked for in this many first rows of every sheet (a title and notes may come first). */
const HEADER_SEARCH_ROWS = 30;

/** A header row names at least this many fields. */
const MINIMUM_FIELDS = 3;

/** Lower-cased, ё → е, every run of punctuation (quotes «», dots) a space: `«3» от` → `3 от`. */
function headerKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const MARK_FIELDS: Record<string, ScaleField> = { '3': 'lowest3', '4': 'lowest4', '5': 'lowest5' };

/**
 * The field a header names. A mark column names its mark as a separate number (`«3» от`, `Минимальный балл «3»`,
 * `Отметка "4"`); one that gives the upper end (`«3» до`) or the mark «2» (whose lowest score is 0) is no field.
 */
export function scaleFieldOfHeader(text: string): ScaleField | null {
  const key = headerKey(text);
  if (key === '') return null;
  if (/^(?:учебн\p{L}* )?предмет/u.test(key)) return 'subject';
  if (/^(?:класс|параллел)/u.test(key)) return 'grade';
  const words = key.split(' ');
  const marks = words.filter((word) => /^[2-5]$/.test(word));
  if (marks.length === 1) return words.includes('до') ? null : (MARK_FIELDS[marks[0]] ?? null);
  if (marks.length === 0 && words.some((word) => /^(?:максимальн\p{L}*|максимум|макс|max|maximum)$/u.test(word))) return 'max';
  return null;
}

function columnsOfRow(cells: readonly string[]): ScaleColumns {
  const columns: ScaleColumns = {};
  cells.forEach((cell, index) => {
    const field = scaleFieldOfHeader(cell);
    if (field !== null && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

/**
 * The header row: the first of a table's first rows that names at least three of the fields, one of them a
 * mark's lowest score. Of several tables (sheets, or one text file read with each separator) the one whose header
 * names the most fields wins; the earlier one on a tie.
 */
export function findScaleHeader(tables: readonly Table[]): ScaleHeader | null {
  let best: (ScaleHeader & { score: number }) | null = null;
  for (const table of tables) {
    const searched = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
    for (let headerRow = 0; headerRow < searched; headerRow += 1) {
      const columns = columnsOfRow(table.rows[headerRow]);
      const score = Object.keys(columns).length;
      const namesMark = columns.lowest3 !== undefined || columns.lowest4 !== undefined || columns.lowest5 !== undefined;
      if (score < MINIMUM_FIELDS || !namesMark) continue;
      if (best === null || score > best.score) best = { table, headerRow, columns, score };
      break;
    }
  }
  return best && { table: best.table, headerRow: best.headerRow, columns: best.columns };
}
