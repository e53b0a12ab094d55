/**
 * Reads the cross-reference: `startxref` → classic table or cross-reference stream, following /Prev
 * (incremental updates) and /XRefStm (hybrid files). Newer sections win over older ones. Throws
 * PdfFormatError when the chain cannot be read; the caller then reconstructs.
 */

import { asciiBytes, lastIndexOfBytes, startsWithAt } from './bytes';
import { isDigit, isWhitespace, Lexer, PdfFormatError } from './lexer';
import { dictOf, isInteger, isName, PdfDict, PdfStream } from './objects';
import { parseIndirectObject, Parser } from './parser';
import { type PdfRepair } from './repairs';
import { decodeStream, streamExtent } from './streams';

export type XrefEntry =
  | { kind: 'free' }
  | { kind: 'offset'; offset: number; gen: number }
  | { kind: 'compressed'; stream: number; index: number };

export interface CrossReference {
  entries: Map<number, XrefEntry>;
  /** The newest trailer (a trailer dictionary or a cross-reference stream's dictionary). */
  trailer: PdfDict;
  /** Faults of the chain that reading it had to work around. */
  repairs: Set<PdfRepair>;
}

const STARTXREF = asciiBytes('startxref');
const XREF = asciiBytes('xref');
const MAX_SECTIONS = 256;
const MAX_ENTRIES = 10_000_000;

/** The offset written after the last `startxref`, or undefined. Junk after %%EOF is allowed. */
export function findStartXref(bytes: Uint8Array): number | undefined {
  const at = lastIndexOfBytes(bytes, STARTXREF);
  if (at < 0) return undefined;
  const lexer = new Lexer(bytes, at + STARTXREF.length);
  const offset = lexer.readUnsignedInteger();
  return offset >= 0 ? offset : undefined;
}

/** Does something that can start a cross-reference section sit at `pos`? */
export function looksLikeXrefSection(bytes: Uint8Array, pos: number): boolean {
  let p = pos;
  while (p < bytes.length && isWhitespace(bytes[p])) p++;
  return startsWithAt(bytes, XREF, p) || (p < bytes.length && isDigit(bytes[p]));
}

/** `base` is added to every offset in the file (bytes before `%PDF-` that the writer did not count). */
export async function readCrossReference(bytes: Uint8Array, startxref: number, base: number): Promise<CrossReference> {
  const entries = new Map<number, XrefEntry>();
  const repairs = new Set<PdfRepair>();
  let trailer: PdfDict | undefined;
  const visited = new Set<number>();
  const queue: number[] = [startxref];
  let sections = 0;
  while (queue.length > 0) {
    const offset = queue.shift()!;
    if (visited.has(offset)) continue;
    visited.add(offset);
    if (++sections > MAX_SECTIONS) break;
    const section = await readSection(bytes, base + offset, base, repairs);
    // Within one section the table's in-use entries come first, then those of its /XRefStm.
    for (const [num, entry] of section.entries) if (!entries.has(num)) entries.set(num, entry);
    trailer ??= section.trailer;
    const prev = section.trailer.get('Prev');
    if (isInteger(prev) && prev >= 0) queue.push(prev);
  }
  if (!trailer) throw new PdfFormatError('no trailer');
  return { entries, trailer, repairs };
}

interface Section {
  entries: Map<number, XrefEntry>;
  trailer: PdfDict;
}

async function readSection(bytes: Uint8Array, pos: number, base: number, repairs: Set<PdfRepair>): Promise<Section> {
  if (pos < 0 || pos >= bytes.length) throw new PdfFormatError('startxref points outside the file');
  let p = pos;
  while (p < bytes.length && isWhitespace(bytes[p])) p++;
  if (startsWithAt(bytes, XREF, p)) {
    const section = readTable(bytes, p + XREF.length, repairs);
    const xrefStm = section.trailer.get('XRefStm');
    if (isInteger(xrefStm) && xrefStm >= 0) {
      try {
        const hidden = await readXrefStream(bytes, base + xrefStm);
        for (const [num, entry] of hidden.entries) {
          const own = section.entries.get(num);
          if (!own || own.kind === 'free') section.entries.set(num, entry);
        }
      } catch {
        // A hybrid file's hidden stream is optional for readers of the table; pages may still resolve.
        repairs.add('hidden-cross-reference');
      }
    }
    return section;
  }
  return readXrefStream(bytes, p);
}

function readTable(bytes: Uint8Array, start: number, repairs: Set<PdfRepair>): Section {
  const entries = new Map<number, XrefEntry>();
  const lexer = new Lexer(bytes, start);
  let firstSubsection = true;
  for (;;) {
    const first = lexer.next();
    if (first.kind === 'keyword' && first.value === 'trailer') break;
    if (first.kind !== 'number' || !first.integer || first.value < 0) throw new PdfFormatError('bad xref subsection');
    const count = lexer.next();
    if (count.kind !== 'number' || !count.integer || count.value < 0 || count.value > MAX_ENTRIES) {
      throw new PdfFormatError('bad xref subsection');
    }
    let firstNum = first.value;
    for (let i = 0; i < count.value; i++) {
      const offset = lexer.readUnsignedInteger();
      const gen = lexer.readUnsignedInteger();
      const type = lexer.next();
      if (offset < 0 || gen < 0 || type.kind !== 'keyword' || (type.value !== 'n' && type.value !== 'f')) {
        throw new PdfFormatError('bad xref entry');
      }
      // A known writer bug: the table starts at 1 though its first entry is object 0 (free, 65535).
      if (firstSubsection && i === 0 && firstNum === 1 && type.value === 'f' && gen === 65535 && offset === 0) {
        firstNum = 0;
        repairs.add('table-numbering');
      }
      const num = firstNum + i;
      if (!entries.has(num)) entries.set(num, type.value === 'n' ? { kind: 'offset', offset, gen } : { kind: 'free' });
    }
    firstSubsection = false;
  }
  const trailer = new Parser(lexer).parseValue();
  if (!(trailer instanceof PdfDict)) throw new PdfFormatError('bad trailer');
  return { entries, trailer };
}

async function readXrefStream(bytes: Uint8Array, pos: number): Promise<Section> {
  const object = parseIndirectObject(bytes, pos);
  const stream = object.value;
  if (!(stream instanceof PdfStream)) throw new PdfFormatError('no xref stream');
  const dict = stream.dict;
  if (!isName(dict.get('Type'), 'XRef') && !dict.has('W')) throw new PdfFormatError('no xref stream');
  const length = dict.get('Length');
  const extent = streamExtent(bytes, stream, isInteger(length) ? length : undefined);
  const decoded = await decodeStream(bytes.subarray(extent.start, extent.end), dict);
  const widths = dict.get('W');
  if (!Array.isArray(widths) || widths.length < 3 || !widths.every((w) => isInteger(w) && w >= 0 && w <= 8)) {
    throw new PdfFormatError('bad /W');
  }
  const [w0, w1, w2] = widths as number[];
  const entrySize = w0 + w1 + w2;
  if (entrySize === 0) throw new PdfFormatError('bad /W');
  const size = dict.get('Size');
  const index = dict.get('Index');
  const ranges: number[] = Array.isArray(index) ? index.filter(isInteger) : [0, isInteger(size) ? size : 0];
  const data = decoded.bytes;
  const entries = new Map<number, XrefEntry>();
  let pos2 = 0;
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    const firstNum = ranges[r];
    const count = Math.min(ranges[r + 1], MAX_ENTRIES);
    for (let i = 0; i < count && pos2 + entrySize <= data.length; i++) {
      const type = w0 === 0 ? 1 : readField(data, pos2, w0);
      const field2 = readField(data, pos2 + w0, w1);
      const field3 = readField(data, pos2 + w0 + w1, w2);
      pos2 += entrySize;
      const num = firstNum + i;
      if (entries.has(num)) continue;
      if (type === 0) entries.set(num, { kind: 'free' });
      else if (type === 1) entries.set(num, { kind: 'offset', offset: field2, gen: field3 });
      else if (type === 2) entries.set(num, { kind: 'compressed', stream: field2, index: field3 });
    }
  }
  return { entries, trailer: dictOf(stream) ?? dict };
}

function readField(data: Uint8Array, pos: number, width: number): number {
  let value = 0;
  for (let k = 0; k < width; k++) value = value * 256 + data[pos + k];
  return value;
}
