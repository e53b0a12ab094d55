import { normaliseSchool } from '../names';
import type { Problem } from '../problems';
import { parseCapacity, parseGrades, parseSubjects } from './expertFields';
import { findExpertListHeader, type ExpertColumns, type ExpertField } from './expertListHeader';
import { cellReference, readTables, tableProblems } from './readTables';
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
  const { problems, report } = tableProblems(fileName);

  const read = await readTables(bytes);
  if (!read.ok) {
    report(read.failure === 'old-excel' ? { problem: 'experts-unreadable', reason: 'old-excel' } : { problem: 'experts-unreadable', reason: 'unreadable', detail: read.reason });
    return { experts: [], problems };
  }
  const header = findExpertListHeader(read.tables);
  if (header === null) {
    report({ problem: 'experts-no-header' });
    return { experts: [], problems };
  }

  const { table, headerRow, columns } = header;
  const headerCell = cellReference(table, headerRow, 0);
  if (columns.school === undefined) report({ problem: 'experts-missing-column', column: 'school' }, headerCell);
  if (columns.municipality === undefined) report({ problem: 'experts-missing-column', column: 'municipality' }, headerCell);

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
      report({ problem: 'expert-no-name' }, at(columns.name === undefined ? 'surname' : 'name'));
      continue;
    }
    const subjects = parseSubjects(value('subjects'));
    if (subjects.length === 0) {
      report({ problem: 'expert-no-subject', expert: name }, at('subjects'));
      continue;
    }
    const nameKey = name.toLowerCase().replace(/ё/gu, 'е');
    const firstRow = firstRowOf.get(nameKey);
    if (firstRow !== undefined) {
      report({ problem: 'expert-duplicate', expert: name, otherRow: firstRow }, at(columns.name === undefined ? 'surname' : 'name'));
      continue;
    }
    firstRowOf.set(nameKey, row);

    let grades = parseGrades(value('grades'));
    if (grades === undefined) {
      report({ problem: 'expert-bad-grades', expert: name, value: value('grades') }, at('grades'));
      grades = null;
    }
    let capacity = parseCapacity(value('capacity'));
    if (capacity === undefined) {
      report({ problem: 'expert-bad-capacity', expert: name, value: value('capacity') }, at('capacity'));
      capacity = null;
    }
    const school = normaliseSchool(value('school'));
    const municipality = normaliseSchool(value('municipality'));
    if (columns.school !== undefined && school === '') report({ problem: 'expert-no-workplace', expert: name, missing: 'school' }, at('school'));
    if (columns.municipality !== undefined && municipality === '') report({ problem: 'expert-no-workplace', expert: name, missing: 'municipality' }, at('municipality'));

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


