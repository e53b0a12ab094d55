import type { SummaryCell, SummaryColumn, SummaryFormat } from './types';

/** Rows looked at to size a column: enough to see typical values, few enough for 60,000 rows. */
const ROWS_FOR_WIDTH = 500;

/** Columns sized to their header and first rows (8…60 characters). */
export function sizedColumns(spec: ReadonlyArray<readonly [string, SummaryFormat]>, rows: readonly (readonly SummaryCell[])[]): SummaryColumn[] {
  return spec.map(([header, format], index) => {
    let longest = header.length;
    for (const row of rows.slice(0, ROWS_FOR_WIDTH)) {
      const value = row[index];
      const length = value === null ? 0 : format === 'percent' ? 6 : format === 'decimal' ? 6 : String(value).length;
      if (length > longest) longest = length;
    }
    return { header, format, width: Math.min(60, Math.max(8, longest + 2)) };
  });
}

/** Excel's number format for a column format (the same string in ExcelJS and Office.js). */
export const NUMBER_FORMATS: Record<SummaryFormat, string> = {
  text: '@',
  integer: '0',
  decimal: '0.00',
  percent: '0.0%',
  general: 'General',
};
