import { columnLetters } from '../columnLetters';
import { normaliseSchool } from '../names';
import { makeProblem, type Problem, type ProblemCode, type ProblemDetails } from '../problems';
import { parseCapacity, parseGrades, parseSubjects } from './expertFields';
import { EXPECTED_HEADERS, findExpertListHeader, type ExpertColumns, type ExpertField } from './expertListHeader';
import { readTables, type Table } from './readTables';
import type { Expert } from './types';

export interface ExpertList {
  experts: Expert[];
  problems: Problem[];
}

/**
 * The coordinator's list of experts, from an `.xlsx` (any sheet) or a CSV/text file (encoding and separator
 * detected). The header row is found by its texts in the first rows; columns may come in any order, with
 * other columns between. Every non-empty row becomes an expert or a problem (or both, when the expert is
 * kept with a part ignored). Problems name the file as `archive` (path '') and the row's cell.
 */
export async function readExpertList(bytes: Uint8Array, fileName: string): Promise<ExpertList> {
  const problems: Problem[] = [];
  const report = (code: ProblemCode, details: ProblemDetails = {}, cell?: string) => {
    const problem = makeProblem(fileName, '', code, details);
    problems.push(cell === undefined ? problem : { ...problem, cell });
  };

  const read = await readTables(bytes);
  if (!read.ok) {
    report('experts-unreadable', { reason: read.failure === 'old-excel' ? 'файл в старом формате .xls' : read.reason });
    return { experts: [], problems };
  }
  const header = findExpertListHeader(read.tables);
  if (header === null) {
    report('experts-no-header', { expected: EXPECTED_HEADERS });
    return { experts: [], problems };
  }

  const { table, headerRow, columns } = header;
  const headerCell = cellReference(table, headerRow, 0);
  if (columns.school === undefined) report('experts-missing-column', { expected: '«Место работы» (или «ОО», «Школа»)' }, headerCell);
  if (columns.municipality === undefined) report('experts-missing-column', { expected: '«Муниципалитет» (или «МО», «Район»)' }, headerCell);

  const kept: Omit<Expert, 'id'>[] = [];
  const firstRowOf = new Map<string, number>();
  for (let index = headerRow + 1; index < table.rows.length; index += 1) {
    const cells = table.rows[index];
    const value = (field: ExpertField) => {
      const column = columns[field];
      return column === undefined ? '' : (cells[column] ?? '').trim();
    };
    const at = (field: ExpertField) => cellReference(table, index, columns[field] ?? 0);
    if (mappedCellsEmpty(cells, columns)) continue;

    const row = index + 1;
    const name = expertName(value);
    if (name === '') {
      report('expert-no-name', {}, at(columns.name === undefined ? 'surname' : 'name'));
      continue;
    }
    const subjects = parseSubjects(value('subjects'));
    if (subjects.length === 0) {
      report('expert-no-subject', { expert: name }, at('subjects'));
      continue;
    }
    const nameKey = name.toLowerCase().replace(/ё/gu, 'е');
    const firstRow = firstRowOf.get(nameKey);
    if (firstRow !== undefined) {
      report('expert-duplicate', { expert: name, otherRow: firstRow }, at(columns.name === undefined ? 'surname' : 'name'));
      continue;
    }
    firstRowOf.set(nameKey, row);

    let grades = parseGrades(value('grades'));
    if (grades === undefined) {
      report('expert-bad-grades', { expert: name, value: value('grades') }, at('grades'));
      grades = null;
    }
    let capacity = parseCapacity(value('capacity'));
    if (capacity === undefined) {
      report('expert-bad-capacity', { expert: name, value: value('capacity') }, at('capacity'));
      capacity = null;
    }
    const school = normaliseSchool(value('school'));
    const municipality = normaliseSchool(value('municipality'));
    if (columns.school !== undefined && school === '') report('expert-no-workplace', { expert: name, missing: 'место работы' }, at('school'));
    if (columns.municipality !== undefined && municipality === '') report('expert-no-workplace', { expert: name, missing: 'муниципалитет' }, at('municipality'));

    kept.push({ name, subjects, grades, school, municipality, capacity, row });
  }

  const width = Math.max(2, String(kept.length).length);
  const experts = kept.map((expert, index) => ({ id: `Э${String(index + 1).padStart(width, '0')}`, ...expert }));
  return { experts, problems };
}

/** The full name: one column, or «Фамилия», «Имя», «Отчество» joined. */
function expertName(value: (field: ExpertField) => string): string {
  const parts = value('name') !== '' ? [value('name')] : [value('surname'), value('firstName'), value('patronymic')];
  return normaliseSchool(parts.filter((part) => part !== '').join(' '));
}

function mappedCellsEmpty(cells: readonly string[], columns: ExpertColumns): boolean {
  return Object.values(columns).every((column) => (cells[column] ?? '').trim() === '');
}

/** `Эксперты!B5` for a sheet (quoted when the name needs it), `B5` for a text file. */
export function cellReference(table: Table, rowIndex: number, columnIndex: number): string {
  const address = `${columnLetters(columnIndex + 1)}${rowIndex + 1}`;
  if (table.sheet === null) return address;
  const sheet = /^[\p{L}\p{N}_]+$/u.test(table.sheet) ? table.sheet : `'${table.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${address}`;
}

