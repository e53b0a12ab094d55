import type { Table } from './readTables';

export type ExpertField = 'surname' | 'firstName' | 'patronymic' | 'name' | 'subjects' | 'grades' | 'municipality' | 'school' | 'capacity';

/** Column index (0-based) of each field found in the header row. */
export type ExpertColumns = Partial<Record<ExpertField, number>>;

export interface ExpertListHeader {
  table: Table;
  /** 0-based index of the header row in the table. */
  headerRow: number;
  columns: ExpertColumns;
}

/** The header is looked for in this many first rows of every sheet (a title and notes may come first). */
const HEADER_SEARCH_ROWS = 30;

/** Header texts are matched after lower-casing, ё → е and turning punctuation into spaces ('Ф.И.О.' → 'ф и о'). */
const FIELD_PATTERNS: readonly [ExpertField, RegExp][] = [
  ['surname', /^фамилия$/u],
  ['firstName', /^имя$/u],
  ['patronymic', /^отчество$/u],
  ['name', /^(?:фио|ф и о|фамилия имя|эксперт(?!н|из))/u],
  ['subjects', /^(?:учебн\p{L}* )?предмет/u],
  ['grades', /^(?:класс|параллел)/u],
  ['municipality', /^(?:муниципалитет|муниципальн|мо(?!\p{L})|район|городской округ|территория)/u],
  ['school', /^(?:место работы|оо(?!\p{L})|школа|организация|образовательн\p{L}* организац|общеобразовательн|наименование (?:оо|организации|школы|учреждения)|учреждение)/u],
  ['capacity', /^(?:максимум|максимальн|нагрузка|лимит|кол во работ|количество работ|число работ)/u],
];

export function headerKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function fieldOfHeader(text: string): ExpertField | null {
  const key = headerKey(text);
  if (key === '') return null;
  for (const [field, pattern] of FIELD_PATTERNS) if (pattern.test(key)) return field;
  return null;
}

function columnsOfRow(cells: readonly string[]): ExpertColumns {
  const columns: ExpertColumns = {};
  cells.forEach((cell, index) => {
    const field = fieldOfHeader(cell);
    if (field !== null && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

function hasName(columns: ExpertColumns): boolean {
  return columns.name !== undefined || columns.surname !== undefined;
}

/**
 * The header row: the first of a table's first rows that names both the expert (a full-name column, or
 * «Фамилия» with «Имя»/«Отчество») and the subjects. Of several tables (sheets, or one text file read with
 * each separator) the one whose header names the most fields wins; the earlier one on a tie.
 */
export function findExpertListHeader(tables: readonly Table[]): ExpertListHeader | null {
  let best: (ExpertListHeader & { score: number }) | null = null;
  for (const table of tables) {
    const searched = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
    for (let headerRow = 0; headerRow < searched; headerRow += 1) {
      const columns = columnsOfRow(table.rows[headerRow]);
      if (!hasName(columns) || columns.subjects === undefined) continue;
      const score = Object.keys(columns).length;
      if (best === null || score > best.score) best = { table, headerRow, columns, score };
      break;
    }
  }
  return best && { table: best.table, headerRow: best.headerRow, columns: best.columns };
}
