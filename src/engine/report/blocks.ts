/**
 * The report as plain content blocks, before any file format: the `.docx` renders them, and the workbook's
 * «Справка» sheet can write the same text and figures row by row.
 */

/** A stretch of text; `bold` marks what a reader must not miss (the headline, a flagged school). */
export interface ReportRun {
  text: string;
  bold?: boolean;
}

export type Inline = string | readonly ReportRun[];

export interface TableColumn {
  header: string;
  /** Relative width; the table fills the text width. */
  width: number;
  /** Figures align right. */
  numeric?: boolean;
}

/** A table row; a `group` row is one cell across the table (a municipality over its schools). */
export interface TableRowBlock {
  cells: readonly string[];
  kind?: 'group' | 'flagged' | 'total';
}

export type ReportBlock =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: Inline }
  | { kind: 'bullet'; text: Inline }
  | { kind: 'quote'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'table'; columns: readonly TableColumn[]; rows: readonly TableRowBlock[] }
  | { kind: 'image'; png: Uint8Array; width: number; height: number; caption: string }
  | { kind: 'pageBreak' }
  /** A new page from here on, turned as given: wide tables go on landscape pages. */
  | { kind: 'section'; orientation: 'portrait' | 'landscape' };

/** The plain text of an inline: the workbook sheet and the tests read it so. */
export function inlineText(text: Inline): string {
  return typeof text === 'string' ? text : text.map((run) => run.text).join('');
}
