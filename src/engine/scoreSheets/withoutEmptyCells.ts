/**
 * A school's form is pre-sized: ≈1,500 rows of bordered, empty cells under a few dozen filled ones. ExcelJS
 * builds an object (with its style) for every one of them, which made reading 100 forms take most of a
 * preparation. The worksheets are handed to ExcelJS without the cells that hold nothing (`<c r="B7" s="3"/>`)
 * and without the rows left empty: every value, formula and inline string stays, so the reader sees the same
 * sheet, only shorter.
 */
import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader, ZipWriter } from '@zip.js/zip.js';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const EMPTY_CELL = /<c\b[^>]*?(?:\/>|>\s*<\/c>)/g;
const EMPTY_ROW = /<row\b[^>]*?(?:\/>|>\s*<\/row>)/g;

/** The worksheet XML without empty cells and rows. */
export function trimWorksheetXml(xml: string): string {
  return xml.replace(EMPTY_CELL, '').replace(EMPTY_ROW, '');
}

/**
 * The workbook with its worksheets trimmed (entries stored, not deflated again). Anything zip.js cannot read
 * comes back untouched, for ExcelJS to judge and explain as it always did.
 */
export async function withoutEmptyCells(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    const reader = new ZipReader(new Uint8ArrayReader(bytes), { useWebWorkers: false });
    const entries = await reader.getEntries();
    const writer = new ZipWriter(new Uint8ArrayWriter(), { useWebWorkers: false, level: 0, extendedTimestamp: false });
    for (const entry of entries) {
      if (entry.directory || !entry.getData) continue;
      let data = await entry.getData(new Uint8ArrayWriter(), { useWebWorkers: false });
      if (WORKSHEET.test(entry.filename)) data = new TextEncoder().encode(trimWorksheetXml(new TextDecoder().decode(data)));
      await writer.add(entry.filename, new Uint8ArrayReader(data), { level: 0, lastModDate: entry.lastModDate });
    }
    await reader.close();
    return await writer.close();
  } catch {
    return bytes;
  }
}
