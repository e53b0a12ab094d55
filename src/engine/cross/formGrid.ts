/**
 * The school's form as the add-in sees it in the open workbook (Office.js values of a sheet's used range, from
 * A1): where its header, codes, variants and task columns are, and what writing a returned protocol into it
 * would change — before anything is written, so the pane can show it and ask before overwriting.
 * The same rules as the file path (fillForm.ts): columns by header text, rows by participant code, the variant
 * must agree, only score cells are written.
 */
import type { ProblemFacts } from '../problems';
import type { CellInput } from '../protocol/types';
import { HEADER_SEARCH_ROWS, classifyHeader, isAbsentMarker, parseCode, parseVariant, type ScoreSheet } from '../scoreSheets';
import { NO_ANSWER_MARK } from '../scores';
import type { CheckedWork } from './checkRows';
import { planFormWrites, taskColumnsOf, type FormWrite } from './fillForm';

export interface FormGrid {
  sheet: ScoreSheet;
  taskColumns: Map<string, number>;
}

function text(value: CellInput): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The form's layout in `values` (row 1 = sheet row 1); null when no header row with a code and a variant is found. */
export function readFormGrid(values: readonly (readonly CellInput[])[], sheetName: string): FormGrid | null {
  for (let index = 0; index < Math.min(HEADER_SEARCH_ROWS, values.length); index += 1) {
    const header = values[index] ?? [];
    const roles = header.map((cell) => (text(cell).trim() ? classifyHeader(text(cell)) : { kind: 'unknown' as const }));
    const codeColumn = roles.findIndex((role) => role.kind === 'code');
    const variantColumn = roles.findIndex((role) => role.kind === 'variant' && role.part !== 2);
    if (codeColumn < 0 || variantColumn < 0) continue;
    const headerRow = index + 1;
    const cells = new Map<number, Map<number, string>>();
    for (const row of [headerRow, headerRow + 1]) cells.set(row, new Map((values[row - 1] ?? []).map((cell, column): [number, string] => [column + 1, text(cell)])));
    const { tasks } = taskColumnsOf(cells, headerRow);
    if (tasks.size === 0) continue;
    const rows: ScoreSheet['rows'] = [];
    for (let r = headerRow; r < values.length; r += 1) {
      const code = parseCode(values[r]?.[codeColumn] ?? null);
      if (typeof code !== 'object') continue;
      const variant = parseVariant(values[r]?.[variantColumn] ?? null);
      rows.push({ row: r + 1, code: code.code, variant: typeof variant === 'object' ? variant.variant : null, absent: variant === 'absent' || isAbsentMarker(values[r]?.[variantColumn]), scores: {} });
    }
    const sheet: ScoreSheet = {
      source: { archive: '', path: '' }, sheetName, headerRow, rows, personalColumns: [], ignoredColumns: [],
      tasks: [...tasks.keys()].map((task) => ({ task, max: 0 })),
    };
    return { sheet, taskColumns: tasks };
  }
  return null;
}

export interface FormGridWrites {
  writes: FormWrite[];
  /** Participants whose scores would be written. */
  filled: number;
  /** Cells that already hold another value: written only after the person confirms. */
  overwritten: { cell: string; before: string; after: string }[];
  /** Codes of the protocol that the form does not hold. */
  notInForm: string[];
  problems: { cell?: string; facts: ProblemFacts }[];
}

/** What writing `works` into the open form would do. */
export function formGridWrites(grid: FormGrid, values: readonly (readonly CellInput[])[], works: readonly CheckedWork[]): FormGridWrites {
  const codes = new Set(grid.sheet.rows.map((row) => row.code));
  const mine = works.filter((work) => codes.has(work.code));
  const notInForm = works.filter((work) => !codes.has(work.code)).map((work) => work.code);
  const planned = planFormWrites(grid.sheet, grid.taskColumns, mine);
  const overwritten = planned.writes.flatMap((write) => {
    const before = text(values[write.row - 1]?.[write.column - 1] ?? null).trim();
    const after = write.value.kind === 'number' ? String(write.value.value) : write.value.value;
    return before !== '' && before.toUpperCase() !== after.toUpperCase() ? [{ cell: write.cell, before, after }] : [];
  });
  return { writes: planned.writes, filled: planned.filled, overwritten, notInForm, problems: planned.problems };
}

/** The value a write puts in the cell, as Excel gets it: the number, or `X` for no answer. */
export function writtenValue(write: FormWrite): number | string {
  return write.value.kind === 'number' ? write.value.value : NO_ANSWER_MARK;
}
