/**
 * A school's form is pre-sized: ≈1,500 rows of bordered, empty cells under a few dozen filled ones. ExcelJS
 * builds an object (with its style) for every one of them, which made reading 100 forms take most of a
 * preparation. The worksheets are handed to ExcelJS without the cells that hold nothing (`<c r="B7" s="3"/>`)
 * and without the rows left empty: every value, formula and inline string stays, so the reader sees the same
 * sheet, only shorter.
 *
 * zip.js lists the entries; each one is inflated by the platform's own DecompressionStream and the workbook
 * is handed on as a stored ZIP (`storedZip`), which ExcelJS opens without inflating anything again.
 */
import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader, type FileEntry } from '@zip.js/zip.js';
import { storedZip } from '../archive/writeZip';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const EMPTY_CELL = /<c\b[^>]*?(?:\/>|>\s*<\/c>)/g;
const EMPTY_ROW = /<row\b[^>]*?(?:\/>|>\s*<\/row>)/g;

/** The worksheet XML without empty cells and rows. */
export function trimWorksheetXml(xml: string): string {
  return xml.replace(EMPTY_CELL, '').replace(EMPTY_ROW, '');
}

/** No part of a school's form is anywhere near this; a larger declared size is left to ExcelJS to refuse. */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

/** Inflates into a buffer of the declared size; any other size throws (the caller then hands the file on as is). */
async function inflateRaw(data: Uint8Array, size: number): Promise<Uint8Array> {
  const out = new Uint8Array(size);
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let at = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    if (at + chunk.value.length > size) throw new Error('larger than declared');
    out.set(chunk.value, at);
    at += chunk.value.length;
  }
  if (at !== size) throw new Error('smaller than declared');
  return out;
}

async function entryBytes(entry: FileEntry): Promise<Uint8Array> {
  if (entry.uncompressedSize > MAX_ENTRY_BYTES) throw new Error('too large');
  const raw = await entry.getData(new Uint8ArrayWriter(), { passThrough: true, useWebWorkers: false });
  if (entry.compressionMethod === 0) return raw;
  if (entry.compressionMethod !== 8) throw new Error(`compression method ${entry.compressionMethod}`);
  return inflateRaw(raw, entry.uncompressedSize);
}

/**
 * The workbook with its worksheets trimmed. Anything not plainly readable here (an unusual compression, an
 * encrypted or damaged file) comes back untouched, for ExcelJS to judge and explain as it always did.
 */
export async function withoutEmptyCells(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    const reader = new ZipReader(new Uint8ArrayReader(bytes), { useWebWorkers: false });
    const files: Array<{ name: string; data: Uint8Array }> = [];
    for (const entry of await reader.getEntries()) {
      if (entry.directory) continue;
      if (entry.encrypted) return bytes;
      let data = await entryBytes(entry);
      if (WORKSHEET.test(entry.filename)) data = new TextEncoder().encode(trimWorksheetXml(new TextDecoder().decode(data)));
      files.push({ name: entry.filename, data });
    }
    await reader.close();
    return storedZip(files);
  } catch {
    return bytes;
  }
}
