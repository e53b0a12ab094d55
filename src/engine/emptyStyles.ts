import type ExcelJS from 'exceljs';

/**
 * ExcelJS gives every row and cell a fresh empty style object, and on writing looks each style up by object
 * identity or else serialises it to find its id: a protocol of 3,000 rows serialised ~18,000 empty styles.
 * Empty styles are interchangeable, except that the id of an empty cell style depends on the cell's type
 * (ExcelJS caches by object only), so one shared empty style per value type, and one for all rows: the same
 * styles.xml and the same ids, without the work. Frozen: ExcelJS setters would otherwise write into the shared
 * object (and now throw instead). Call it last, when every value and style is set.
 */
export function shareEmptyStyles(workbook: ExcelJS.Workbook): void {
  const rowStyle = Object.freeze({}) as Partial<ExcelJS.Style>;
  const cellStyles = new Map<ExcelJS.ValueType, Partial<ExcelJS.Style>>();
  const isEmpty = (style: Partial<ExcelJS.Style> | undefined): boolean => !style || Object.keys(style).length === 0;
  workbook.eachSheet((sheet) => {
    // Only the rows and cells that hold values, as ExcelJS writes them: visiting the others would create them.
    sheet.eachRow((row) => {
      const holder = row as unknown as { style: Partial<ExcelJS.Style> };
      if (isEmpty(holder.style)) holder.style = rowStyle;
      row.eachCell((cell) => {
        if (!isEmpty(cell.style)) return;
        const type = (cell as unknown as { effectiveType: ExcelJS.ValueType }).effectiveType;
        let shared = cellStyles.get(type);
        if (!shared) {
          shared = Object.freeze({}) as Partial<ExcelJS.Style>;
          cellStyles.set(type, shared);
        }
        cell.style = shared;
      });
    });
  });
}
