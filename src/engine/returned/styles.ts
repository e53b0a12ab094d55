/** Cell styles, print setup and protection shared by the sheets of the returned workbooks. */
import type ExcelJS from 'exceljs';

export const FILL_HEADER = 'FFD9E1F2';
export const FILL_WORK = 'FFF2F2F2';
export const FILL_CHANGED = 'FFFCE4D6';
export const FILL_LOWERED = 'FFFFC7CE';
export const FILL_RAISED = 'FFC6EFCE';
export const FILL_INPUT = 'FFFFF2CC';
const BORDER = 'FFBFBFBF';

export const PERCENT = '0%';
export const DECIMAL = '0.00';
export const SIGNED = '[Blue]+0;[Red]-0;0';

export function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: BORDER } };
export const BORDERS: Partial<ExcelJS.Borders> = { top: thin, bottom: thin, left: thin, right: thin };

export function headerStyle(): Partial<ExcelJS.Style> {
  return { font: { bold: true }, fill: solid(FILL_HEADER), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: BORDERS };
}

/** A header row of `titles` at `row`, columns from A, with widths. */
export function writeHeader(sheet: ExcelJS.Worksheet, row: number, columns: ReadonlyArray<{ header: string; width: number }>): void {
  const excelRow = sheet.getRow(row);
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
    const cell = excelRow.getCell(index + 1);
    cell.value = column.header;
    cell.style = headerStyle();
  });
  excelRow.height = 32;
}

export function cellStyle(extra: Partial<ExcelJS.Style> = {}): Partial<ExcelJS.Style> {
  return { border: BORDERS, alignment: { vertical: 'top', wrapText: true }, ...extra };
}

/** Header and footer codes: `&` must be doubled. */
function headerText(text: string): string {
  return text.replace(/&/g, '&&');
}

export function printSetup(sheet: ExcelJS.Worksheet, left: string, title: string, titleRows?: string): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: titleRows,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddHeader: `&L${headerText(left)}&C${headerText(title)}`, oddFooter: '&RЛист &P из &N' };
}

/** Protected without a password (nothing to hide; it keeps the school from breaking the formulas by accident); filters and sizes stay free. */
export async function protect(sheet: ExcelJS.Worksheet): Promise<void> {
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: true });
}

export function expressionRule(priority: number, formula: string, argb: string): ExcelJS.ConditionalFormattingRule {
  return { type: 'expression', priority, formulae: [formula], style: { fill: solid(argb) } };
}

/** The cell-validation API ExcelJS has but does not type: one rule per range. */
export interface RangeValidations {
  add(range: string, rule: ExcelJS.DataValidation): void;
}

export function validations(sheet: ExcelJS.Worksheet): RangeValidations {
  return (sheet as unknown as { dataValidations: RangeValidations }).dataValidations;
}
