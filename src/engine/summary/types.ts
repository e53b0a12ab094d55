/**
 * The summary workbook as pure data: what each sheet holds (name, table, columns with their formats, rows) and
 * the data of each chart. The CLI writes it with ExcelJS, the pane with Office.js: one layout, two writers.
 */

export type SummaryCell = string | number | null;

/** How a column's cells are shown: `text` keeps codes such as `0701` as typed; shares as percents. */
export type SummaryFormat = 'text' | 'integer' | 'decimal' | 'percent' | 'general';

export interface SummaryColumn {
  header: string;
  format: SummaryFormat;
  /** Width in characters, from the header and the first rows (at most 60). */
  width: number;
}

export interface SummarySheet {
  /** The sheet's name in the workbook: `Свод`, `Журнал`, `Статистика`, `Комментарии`, `Справка`. */
  name: string;
  /** The Excel table's name; null for a sheet of plain text (`Справка`). */
  table: string | null;
  columns: SummaryColumn[];
  rows: SummaryCell[][];
  /** 0-based column whose non-empty cell marks a row to highlight (the flags of `Статистика`); null: none. */
  highlightColumn: number | null;
}

export type SummaryChartKind = 'bar' | 'column' | 'stackedBar';

/** A native chart and the block of values it is drawn from (header row, then a label and figures per row). */
export interface SummaryChart {
  /** Stable name of the chart in the workbook (ASCII). */
  name: string;
  title: string;
  kind: SummaryChartKind;
  /** Label column first, then one column per series. */
  header: string[];
  rows: Array<[string, ...number[]]>;
  /** Series shown as percents (shares 0…1). */
  percent: boolean;
}

/** The sheet the charts and their values go on. */
export const CHARTS_SHEET = 'Диаграммы';
