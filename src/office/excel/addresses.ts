/**
 * A1 addresses as Excel reports them (`G5`, `Протокол!G5:I9`, `'Лист 1'!A:A`, `5:7`), reduced to what the
 * adapter needs: which sheet rows an address covers. Pure.
 */

/** Rows 1-based and inclusive; `last: null` means "to the end of the sheet" (a whole column). */
export interface AddressRows {
  first: number;
  last: number | null;
}

/** The address without its sheet: `'Лист 1'!A1:B2` → `A1:B2`. */
export function withoutSheet(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang < 0 ? address : address.slice(bang + 1);
}

/** The sheet an address names, unquoted; null when it names none. */
export function sheetOf(address: string): string | null {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return null;
  const sheet = address.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/**
 * The rows an address covers; null when it is not an A1 address. Several areas (`A1:B2,D5`) give the rows
 * from the first area's top to the last area's bottom.
 */
export function rowsOfAddress(address: string): AddressRows | null {
  let first = Number.POSITIVE_INFINITY;
  let last: number | null = 0;
  for (const area of withoutSheet(address).split(',')) {
    const [start, end = start] = area.trim().split(':');
    const a = CELL.exec(start);
    const b = CELL.exec(end);
    if (!a || !b || (a[1] === undefined && a[2] === undefined)) return null;
    const top = a[2] === undefined ? 1 : Number(a[2]);
    const bottom = b[2] === undefined ? null : Number(b[2]);
    first = Math.min(first, top);
    last = last === null || bottom === null ? null : Math.max(last, bottom);
  }
  return Number.isFinite(first) ? { first, last } : null;
}
