import type { Problem } from '../problems';
import type { ScoreValue, Task } from '../scores';

/** Where a score sheet came from: `archive` is '' for a file the coordinator added by hand. */
export interface SheetSource {
  archive: string;
  path: string;
}

/** One participant's row of a school's score sheet. Never holds a name. */
export interface SheetRow {
  /** Excel row number. */
  row: number;
  /** Participant code as text, digits as typed (4–6 digits; a code stored as a number has no `.0`). */
  code: string;
  /** From `Вариант`; in a two-part test from `Вариант (часть 1)`. Null when missing or not a number (a `bad-variant` problem). */
  variant: number | null;
  /** From `Вариант (часть 2)`; present only on sheets with that column. */
  variantPart2?: number | null;
  /** `отсутствовал` (any case) in a variant or task cell: no scores expected. */
  absent: boolean;
  /**
   * By `Task.task`, every task of the sheet. A cell that holds no valid score (a problem names it) reads as
   * empty; so do the cells marked `отсутствовал`.
   */
  scores: Record<string, ScoreValue>;
}

export interface ScoreSheet {
  source: SheetSource;
  sheetName: string;
  /** The row of the headers `Код участника` / `Вариант` (a second header row below it may hold the tasks). */
  headerRow: number;
  /** In column order. */
  tasks: Task[];
  /** Only rows with a participant code; the form's pre-sized empty rows are skipped silently. */
  rows: SheetRow[];
  /** Headers recognised as personal data (ФИО, Фамилия…): recognised and never copied into rows or problems. */
  personalColumns: string[];
  /** Other non-task columns kept out on purpose (class, sex, previous mark, totals…) and unrecognised ones. */
  ignoredColumns: string[];
}

export type ScoreSheetResult = { ok: true; sheet: ScoreSheet; problems: Problem[] } | { ok: false; problems: Problem[] };
