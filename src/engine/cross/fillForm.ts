/**
 * Writing a school's checked results into its own ФИС ОКО form: only the score cells of the participants' rows
 * change (found by participant code; the variant must agree). The file is edited part by part (sheetXml.ts):
 * every other part of the .xlsx — other sheets, validations, formulas, styles — keeps its bytes; the workbook
 * part only gains `fullCalcOnLoad` so that the totals of the rows written are computed when the form is opened.
 */
import type { ProblemFacts } from '../problems';
import { classifyHeader, parseTaskHeader, type ScoreSheet } from '../scoreSheets';
import { cellReference } from '../scoreSheets';
import { NO_ANSWER_MARK } from '../scores';
import type { CheckedWork } from './checkRows';
import { editSheetXml, readRows, withFullCalcOnLoad, type CellWrite } from './sheetXml';
import { partText, readXlsxParts, sharedStrings, worksheetPart, writeXlsxParts } from './xlsxParts';

export interface FormFill {
  bytes: Uint8Array;
  /** Participants whose scores were written. */
  filled: number;
  /** Cells written. */
  cells: number;
  /** Cells that held another value before (`Протокол!C5`). */
  overwritten: string[];
  /** Problems of this form, each with its cell when there is one. */
  problems: { cell?: string; facts: ProblemFacts }[];
}

/** The plan of what would be written, before writing: also what the pane shows for confirmation. */
export interface FormWrite {
  row: number;
  column: number;
  cell: string;
  participant: string;
  task: string;
  value: CellWrite;
}

export type FormFillResult = { ok: true; fill: FormFill } | { ok: false; reason: string };

/** Where each task of the form sits: its column, from the header row (or the row below it, where a two-row header puts tasks). */
export function taskColumnsOf(headerCells: ReadonlyMap<number, ReadonlyMap<number, string>>, headerRow: number): { tasks: Map<string, number>; variant: number | null } {
  const tasks = new Map<string, number>();
  let variant: number | null = null;
  for (const row of [headerRow, headerRow + 1]) {
    for (const [column, text] of headerCells.get(row) ?? []) {
      const task = parseTaskHeader(text);
      if (task && !tasks.has(task.task)) tasks.set(task.task, column);
      const role = classifyHeader(text);
      if (row === headerRow && role.kind === 'variant' && role.part !== 2 && variant === null) variant = column;
    }
  }
  return { tasks, variant };
}

/** The cells to write for `works` into `sheet` (read from the same form), with the problems found on the way. */
export function planFormWrites(sheet: ScoreSheet, taskColumns: ReadonlyMap<string, number>, works: readonly CheckedWork[]): { writes: FormWrite[]; filled: number; problems: { cell?: string; facts: ProblemFacts }[] } {
  const writes: FormWrite[] = [];
  const problems: { cell?: string; facts: ProblemFacts }[] = [];
  const rowOf = new Map(sheet.rows.map((row) => [row.code, row]));
  const missingTasks = new Set<string>();
  let filled = 0;
  for (const work of works) {
    const row = rowOf.get(work.code);
    if (!row) continue; // the caller sends each form only its own codes
    if (row.variant !== work.variant) {
      problems.push({ cell: cellReference(sheet.sheetName, row.row, 1), facts: { problem: 'cross-variant-mismatch', participant: work.code, formVariant: row.variant, protocolVariant: work.variant } });
      continue;
    }
    let wrote = false;
    for (const [task, score] of Object.entries(work.scores)) {
      const column = taskColumns.get(task);
      if (column === undefined) {
        missingTasks.add(task);
        continue;
      }
      if (score.kind === 'empty') continue;
      const value: CellWrite = score.kind === 'score' ? { kind: 'number', value: score.value } : { kind: 'text', value: NO_ANSWER_MARK };
      writes.push({ row: row.row, column, cell: cellReference(sheet.sheetName, row.row, column), participant: work.code, task, value });
      wrote = true;
    }
    if (wrote) filled += 1;
  }
  for (const task of missingTasks) problems.push({ facts: { problem: 'cross-task-not-in-form', task } });
  const done = new Set(works.map((work) => work.code));
  for (const row of sheet.rows) {
    if (!row.absent && !done.has(row.code)) problems.push({ cell: cellReference(sheet.sheetName, row.row, 1), facts: { problem: 'cross-row-without-result', participant: row.code } });
  }
  return { writes, filled, problems };
}

/** Fills the form's bytes with `works` (their codes all in `sheet`, read from these bytes by readScoreSheet). */
export async function fillForm(bytes: Uint8Array, sheet: ScoreSheet, works: readonly CheckedWork[], when: Date): Promise<FormFillResult> {
  const parts = await readXlsxParts(bytes);
  const sheetPart = worksheetPart(parts, sheet.sheetName);
  const xml = sheetPart && partText(parts, sheetPart);
  const workbookXml = partText(parts, 'xl/workbook.xml');
  if (!sheetPart || !xml || !workbookXml) return { ok: false, reason: 'sheet-not-found' };
  const strings = sharedStrings(parts);
  const { tasks } = taskColumnsOf(readRows(xml, new Set([sheet.headerRow, sheet.headerRow + 1]), strings), sheet.headerRow);
  const planned = planFormWrites(sheet, tasks, works);

  const edits = new Map<number, Map<number, CellWrite>>();
  for (const write of planned.writes) {
    const row = edits.get(write.row) ?? new Map<number, CellWrite>();
    row.set(write.column, write.value);
    edits.set(write.row, row);
  }
  const edited = editSheetXml(xml, edits, strings);
  const encoder = new TextEncoder();
  const next = parts.map((part) => {
    if (part.name === sheetPart) return { name: part.name, bytes: encoder.encode(edited.xml) };
    if (part.name === 'xl/workbook.xml' && edits.size > 0) return { name: part.name, bytes: encoder.encode(withFullCalcOnLoad(workbookXml)) };
    return part;
  });
  const overwritten = edited.overwritten.map((o) => `${sheet.sheetName}!${o.reference}`);
  const problems = [...planned.problems];
  if (overwritten.length > 0) problems.push({ facts: { problem: 'cross-cells-overwritten', cells: overwritten } });
  return { ok: true, fill: { bytes: await writeXlsxParts(next, when), filled: planned.filled, cells: planned.writes.length, overwritten, problems } };
}
