/**
 * Editing score cells of a worksheet's XML in place: only the `<c>` elements written change (and, in the rows
 * touched, the cached result of formula cells is dropped so that no stale total shows); every other byte of the
 * part stays as it was. Rows and cells are found by their `r` references, as every writer of ФИС ОКО forms puts them.
 */
import { columnLetters, columnNumber } from '../columnLetters';
import { decodeXml } from './xlsxParts';

export type CellWrite = { kind: 'number'; value: number } | { kind: 'text'; value: string };

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

function rowNumber(attributes: string): number | null {
  const match = /\sr="(\d+)"/.exec(attributes);
  return match ? Number(match[1]) : null;
}

function cellColumn(attributes: string): number | null {
  const match = /\sr="([A-Z]+)\d+"/.exec(attributes);
  return match ? columnNumber(match[1]) : null;
}

/** The text a cell shows (shared string, inline string, or its value), for header reading and overwrite checks. */
export function cellValueText(attributes: string, content: string | undefined, strings: readonly string[]): string {
  if (!content) return '';
  const type = /\st="([^"]*)"/.exec(attributes)?.[1] ?? 'n';
  if (type === 'inlineStr') return decodeXml([...content.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''));
  const value = /<v>([\s\S]*?)<\/v>/.exec(content)?.[1];
  if (value === undefined) return '';
  if (type === 's') return strings[Number(value)] ?? '';
  return decodeXml(value);
}

/** Every cell's text of the given rows: row → column → text. */
export function readRows(xml: string, rows: ReadonlySet<number>, strings: readonly string[]): Map<number, Map<number, string>> {
  const found = new Map<number, Map<number, string>>();
  for (const row of xml.matchAll(ROW)) {
    const number = rowNumber(row[1]);
    if (number === null || !rows.has(number)) continue;
    const cells = new Map<number, string>();
    for (const cell of (row[2] ?? '').matchAll(CELL)) {
      const column = cellColumn(cell[1]);
      if (column !== null) cells.set(column, cellValueText(cell[1], cell[2], strings));
    }
    found.set(number, cells);
  }
  return found;
}

function writtenCell(reference: string, style: string, write: CellWrite): string {
  if (write.kind === 'number') return `<c r="${reference}"${style}><v>${write.value}</v></c>`;
  const text = write.value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<c r="${reference}"${style} t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** A formula cell without its cached result: Excel and LibreOffice compute it on load. */
function withoutCachedValue(whole: string, content: string | undefined): string {
  if (!content || !/<f\b/.test(content)) return whole;
  return whole.replace(/<v>[\s\S]*?<\/v>/, '');
}

export interface SheetEdit {
  xml: string;
  /** Cells that held a different non-empty value before, as `C5` with the old text. */
  overwritten: { reference: string; before: string }[];
}

/** Writes `edits` (row → column → value); rows or cells missing from the XML are inserted in order. */
export function editSheetXml(xml: string, edits: ReadonlyMap<number, ReadonlyMap<number, CellWrite>>, strings: readonly string[]): SheetEdit {
  const overwritten: SheetEdit['overwritten'] = [];
  const pending = new Map(edits);
  const sheetData = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/.exec(xml);
  if (!sheetData) throw new Error('worksheet without sheetData');
  const body = sheetData[1] ?? '';
  let next = body.replace(ROW, (whole, attributes: string, content: string | undefined) => {
    const number = rowNumber(attributes);
    const writes = number === null ? undefined : pending.get(number);
    if (!writes || number === null) return whole;
    pending.delete(number);
    // `<row …>` as it was (a self-closed `<row …/>` opened).
    const open = whole.slice(0, whole.indexOf('>') + 1).replace(/\/>$/, '>');
    return `${open}${editRow(number, content ?? '', writes, strings, overwritten)}</row>`;
  });
  // Rows the form did not have: inserted before the first row with a greater number.
  for (const [number, writes] of [...pending].sort((a, b) => a[0] - b[0])) {
    const row = `<row r="${number}">${editRow(number, '', writes, strings, overwritten)}</row>`;
    let inserted = false;
    next = next.replace(ROW, (whole, attributes: string) => {
      const at = rowNumber(attributes);
      if (!inserted && at !== null && at > number) {
        inserted = true;
        return row + whole;
      }
      return whole;
    });
    if (!inserted) next += row;
  }
  const start = sheetData.index;
  const replaced = sheetData[1] === undefined ? sheetData[0].replace(/\/>$/, `>${next}</sheetData>`) : sheetData[0].replace(body, () => next);
  return { xml: xml.slice(0, start) + replaced + xml.slice(start + sheetData[0].length), overwritten };
}

function editRow(number: number, content: string, writes: ReadonlyMap<number, CellWrite>, strings: readonly string[], overwritten: SheetEdit['overwritten']): string {
  const pending = new Map(writes);
  const pieces: string[] = [];
  for (const cell of content.matchAll(CELL)) {
    const column = cellColumn(cell[1]);
    // Cells of columns not written yet that come before this one.
    for (const [at, write] of [...pending].sort((a, b) => a[0] - b[0])) {
      if (column === null || at >= column) break;
      pieces.push(writtenCell(`${columnLetters(at)}${number}`, '', write));
      pending.delete(at);
    }
    const write = column === null ? undefined : pending.get(column);
    if (write === undefined || column === null) {
      pieces.push(withoutCachedValue(cell[0], cell[2]));
      continue;
    }
    pending.delete(column);
    const before = cellValueText(cell[1], cell[2], strings);
    const after = write.kind === 'number' ? String(write.value) : write.value;
    if (before.trim() !== '' && before.trim().toUpperCase() !== after.toUpperCase()) overwritten.push({ reference: `${columnLetters(column)}${number}`, before });
    const style = /\ss="\d+"/.exec(cell[1])?.[0] ?? '';
    pieces.push(writtenCell(`${columnLetters(column)}${number}`, style, write));
  }
  for (const [at, write] of [...pending].sort((a, b) => a[0] - b[0])) pieces.push(writtenCell(`${columnLetters(at)}${number}`, '', write));
  return pieces.join('');
}

/** Asks Excel and LibreOffice to compute every formula when the file is opened (the totals of the rows written). */
export function withFullCalcOnLoad(workbookXml: string): string {
  const calc = /<calcPr\b[^>]*?\/?>/.exec(workbookXml);
  if (calc) {
    if (/\sfullCalcOnLoad=/.test(calc[0])) return workbookXml.replace(calc[0], calc[0].replace(/\sfullCalcOnLoad="[^"]*"/, ' fullCalcOnLoad="1"'));
    return workbookXml.replace(calc[0], calc[0].replace(/^<calcPr/, '<calcPr fullCalcOnLoad="1"'));
  }
  const anchor = /<\/definedNames>|<\/sheets>/.exec(workbookXml);
  if (!anchor) return workbookXml;
  const at = anchor.index + anchor[0].length;
  return `${workbookXml.slice(0, at)}<calcPr fullCalcOnLoad="1"/>${workbookXml.slice(at)}`;
}
