/**
 * The counts table the coordinator types when a cover letter cannot be read (`--counts COUNTS.csv`, or the pane's
 * prefilled table): a row per classroom with the school, optionally the subject, the class and the number of works.
 * CSV (`;`, `,` or tab; UTF-8 or Windows-1251) or `.xlsx`; the header row is found by text.
 */
import { readTables } from '../assignment/readTables';
import { normaliseSchool, normaliseSubject } from '../names/normalise';
import type { ProblemFacts } from '../problems';
import { normaliseClass } from './classNames';

export interface CountRow {
  school: string;
  /** Empty when the table has no subject column: the count then holds for every subject of that class. */
  subject: string;
  class: string;
  works: number;
}

export interface CountsReading {
  rows: CountRow[];
  problems: ProblemFacts[];
}

const HEADERS = {
  school: /^(школа|оо|образовательная организация|наименование оо|school)$/,
  subject: /^(предмет|subject)$/,
  class: /^(класс|class)$/,
  works: /^(работ|число работ|количество работ|количество скан-копий|количество сканов|сканов|works)$/,
} as const;

function header(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

export async function readCountsTable(bytes: Uint8Array): Promise<CountsReading> {
  const tables = await readTables(bytes);
  if (!tables.ok) return { rows: [], problems: [{ problem: 'cross-counts-no-header' }] };
  for (const table of tables.tables) {
    for (const [index, row] of table.rows.slice(0, 10).entries()) {
      const column = (pattern: RegExp) => row.findIndex((cell) => pattern.test(header(cell)));
      const school = column(HEADERS.school);
      const room = column(HEADERS.class);
      const works = column(HEADERS.works);
      if (school < 0 || room < 0 || works < 0) continue;
      const subject = column(HEADERS.subject);
      return readRows(table.rows.slice(index + 1), index + 2, { school, room, works, subject });
    }
  }
  return { rows: [], problems: [{ problem: 'cross-counts-no-header' }] };
}

function readRows(rows: string[][], firstRow: number, at: { school: number; room: number; works: number; subject: number }): CountsReading {
  const reading: CountsReading = { rows: [], problems: [] };
  for (const [offset, cells] of rows.entries()) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const row = firstRow + offset;
    const school = normaliseSchool(cells[at.school] ?? '');
    const room = normaliseClass(cells[at.room] ?? '');
    const works = Number((cells[at.works] ?? '').trim());
    if (!school) reading.problems.push({ problem: 'cross-counts-row', row, reason: 'no-school' });
    else if (!room) reading.problems.push({ problem: 'cross-counts-row', row, reason: 'no-class' });
    else if (!Number.isInteger(works) || works <= 0) reading.problems.push({ problem: 'cross-counts-row', row, reason: 'bad-number' });
    else reading.rows.push({ school, subject: at.subject >= 0 ? normaliseSubject(cells[at.subject] ?? '') : '', class: room, works });
  }
  return reading;
}

/** The count the table gives a classroom, or undefined. */
export function countOf(rows: readonly CountRow[], school: string, subject: string, room: string): number | undefined {
  const wantedSchool = normaliseSchool(school).toLowerCase();
  const wantedSubject = normaliseSubject(subject);
  return rows.find((row) => row.school.toLowerCase() === wantedSchool && row.class === room && (row.subject === '' || row.subject === wantedSubject))?.works;
}
