import ExcelJS from 'exceljs';
import { columnLetters } from '../columnLetters';
import { makeProblem, type Problem, type ProblemFacts } from '../problems';
import { decodeText, parseDelimited, SEPARATORS } from './delimitedText';

/** A grid of cell texts; `sheet` is the worksheet's name for a workbook, null for a text file. */
export interface Table {
  sheet: string | null;
  rows: string[][];
}

export type TablesResult =
  | { ok: true; tables: Table[] }
  | { ok: false; failure: 'old-excel' | 'unreadable'; reason?: string };

/** The most rows and columns read from one sheet: a list of experts is a few hundred rows at most. */
const MAX_ROWS = 10_000;
const MAX_COLUMNS = 100;

/**
 * The candidate tables of a spreadsheet file, told by its bytes rather than its name: a ZIP is an `.xlsx`
 * (one table per worksheet), an OLE container is an old `.xls`, anything else is text, read once per
 * possible separator (the caller keeps the reading whose header makes sense).
 */
export async function readTables(bytes: Uint8Array): Promise<TablesResult> {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readWorkbook(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { ok: false, failure: 'old-excel' };
  const text = decodeText(bytes);
  return { ok: true, tables: SEPARATORS.map((separator) => ({ sheet: null, rows: parseDelimited(text, separator) })) };
}

async function readWorkbook(bytes: Uint8Array): Promise<TablesResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its input as Node's Buffer; it hands it to JSZip, which takes any ArrayBuffer.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await workbook.xlsx.load(buffer as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    return { ok: false, failure: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
  const tables = workbook.worksheets.map((worksheet) => {
    const rows: string[][] = [];
    const rowCount = Math.min(worksheet.rowCount, MAX_ROWS);
    const columnCount = Math.min(worksheet.columnCount, MAX_COLUMNS);
    for (let rowNumber = 1; rowNumber <= rowCount; rowNumber += 1) {
      const row = worksheet.getRow(rowNumber);
      const cells: string[] = [];
      for (let column = 1; column <= columnCount; column += 1) cells.push(cellText(row.getCell(column)));
      rows.push(cells);
    }
    return { sheet: worksheet.name, rows };
  });
  return { ok: true, tables };
}

/**
 * A cell as text. Excel turns a typed `4-6` into a date (4 June or April 6, by locale): such a date is
 * written back as `<day>-<month>`, which reads as the same range of grades either way round.
 */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return `${value.getUTCDate()}-${value.getUTCMonth() + 1}`;
  try {
    return cell.text ?? '';
  } catch {
    return '';
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** `Эксперты!B5` for a sheet (quoted when the name needs it), `B5` for a text file. */
export function cellReference(table: Table, rowIndex: number, columnIndex: number): string {
  const address = `${columnLetters(columnIndex + 1)}${rowIndex + 1}`;
  if (table.sheet === null) return address;
  const sheet = /^[\p{L}\p{N}_]+$/u.test(table.sheet) ? table.sheet : `'${table.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${address}`;
}

/** The problems of one table file (a list of experts, a marks scale), each at its cell when one is given. */
export function tableProblems(fileName: string): { problems: Problem[]; report: (facts: ProblemFacts, cell?: string) => void } {
  const problems: Problem[] = [];
  return {
    problems,
    report(facts, cell) {
      const problem = makeProblem(fileName, '', facts);
      problems.push(cell === undefined ? problem : { ...problem, cell });
    },
  };
}
