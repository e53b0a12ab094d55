/**
 * An incremental update (ISO 32000-1, 7.5.6): new versions of some objects appended after the file's
 * end, with a cross-reference section of the same kind as the newest one (a classic table, or an
 * uncompressed cross-reference stream) whose trailer copies the newest trailer and points back to it
 * with /Prev. Nothing before the old end of the file moves.
 */

import { asciiBytes, concatBytes, startsWithAt } from './bytes';
import { isWhitespace, PdfFormatError } from './lexer';
import { isInteger, PdfDict, PdfName, PdfRef, PdfStream, PdfString, type PdfValue } from './objects';

export interface UpdatedObject {
  num: number;
  gen: number;
  /** The new value, as PDF source (ASCII). */
  body: string;
}

export interface UpdateBase {
  /** The newest trailer (a trailer dictionary or a cross-reference stream's dictionary). */
  trailer: PdfDict;
  /** The offset after the file's last `startxref`, and where offsets are counted from. */
  startxref: number;
  base: number;
}

const XREF = asciiBytes('xref');
/** Keys of a trailer that describe its own section, not the document. */
const SECTION_KEYS = new Set(['Prev', 'XRefStm', 'Size', 'Type', 'W', 'Index', 'Length', 'Filter', 'DecodeParms', 'F', 'FFilter', 'FDecodeParms', 'DL']);
const HEX = '0123456789ABCDEF';

/** `bytes` with `objects` appended as an incremental update. */
export function appendUpdate(bytes: Uint8Array, objects: UpdatedObject[], base: UpdateBase): Uint8Array {
  const parts: string[] = [];
  let length = bytes.length;
  const write = (text: string): void => {
    parts.push(text);
    length += text.length;
  };
  const last = bytes[bytes.length - 1];
  if (last !== 0x0a && last !== 0x0d) write('\n');

  const offsets = new Map<number, { offset: number; gen: number }>();
  for (const object of [...objects].sort((a, b) => a.num - b.num)) {
    offsets.set(object.num, { offset: length - base.base, gen: object.gen });
    write(`${object.num} ${object.gen} obj\n${object.body}\nendobj\n`);
  }
  const oldSize = base.trailer.get('Size');
  const maxNum = Math.max(...objects.map((object) => object.num));
  let size = Math.max(isInteger(oldSize) ? oldSize : 0, maxNum + 1);
  let entries = '';
  for (const [key, value] of base.trailer.entries) {
    if (!SECTION_KEYS.has(key)) entries += ` ${serializeName(key)} ${serializeValue(value)}`;
  }
  const sectionOffset = length - base.base;

  if (newestSectionIsTable(bytes, base)) {
    let table = 'xref\n';
    for (const [num, { offset, gen }] of offsets) {
      table += `${num} 1\n${String(offset).padStart(10, '0')} ${String(gen).padStart(5, '0')} n\r\n`;
    }
    write(`${table}trailer\n<< /Size ${size}${entries} /Prev ${base.startxref} >>\n`);
  } else {
    const streamNum = size;
    offsets.set(streamNum, { offset: sectionOffset, gen: 0 });
    size = streamNum + 1;
    // /W [1 4 2]: type 1, a four-byte offset, a two-byte generation; no filter.
    const data = new Uint8Array(offsets.size * 7);
    let row = 0;
    for (const { offset, gen } of offsets.values()) {
      if (offset > 0xffffffff || gen > 0xffff) throw new PdfFormatError('offset too large for the update');
      data.set([1, offset >>> 24, (offset >> 16) & 0xff, (offset >> 8) & 0xff, offset & 0xff, gen >> 8, gen & 0xff], row * 7);
      row++;
    }
    const index = [...offsets.keys()].map((num) => `${num} 1`).join(' ');
    write(`${streamNum} 0 obj\n<< /Type /XRef /Size ${size} /W [1 4 2] /Index [${index}]${entries} /Prev ${base.startxref} /Length ${data.length} >>\nstream\n`);
    return finish(bytes, parts, data, `\nendstream\nendobj\nstartxref\n${sectionOffset}\n%%EOF\n`);
  }
  write(`startxref\n${sectionOffset}\n%%EOF\n`);
  return finish(bytes, parts);
}

function finish(bytes: Uint8Array, parts: string[], binary?: Uint8Array, tail = ''): Uint8Array {
  const chunks = [bytes, asciiBytes(parts.join(''))];
  if (binary) chunks.push(binary, asciiBytes(tail));
  return concatBytes(chunks);
}

/** The section at the last `startxref`: a classic table (`xref`), or else a cross-reference stream. */
function newestSectionIsTable(bytes: Uint8Array, base: UpdateBase): boolean {
  let p = base.base + base.startxref;
  while (p < bytes.length && isWhitespace(bytes[p])) p++;
  return startsWithAt(bytes, XREF, p);
}

/** PDF source for a direct value; strings become hex strings, so the text stays ASCII. */
export function serializeValue(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return serializeNumber(value);
  if (value instanceof PdfName) return serializeName(value.name);
  if (value instanceof PdfString) {
    let hex = '<';
    for (const byte of value.bytes) hex += HEX[byte >> 4] + HEX[byte & 15];
    return `${hex}>`;
  }
  if (value instanceof PdfRef) return `${value.num} ${value.gen} R`;
  if (value instanceof PdfDict) {
    let text = '<<';
    for (const [key, entry] of value.entries) text += ` ${serializeName(key)} ${serializeValue(entry)}`;
    return `${text} >>`;
  }
  if (value instanceof PdfStream) throw new PdfFormatError('a stream cannot be a direct value');
  return `[${value.map(serializeValue).join(' ')}]`;
}

function serializeNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  if (Number.isInteger(value)) return String(value);
  const text = value.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/** `/Name`, with `#xx` for bytes outside printable ASCII, delimiters and `#`. */
function serializeName(name: string): string {
  let text = '/';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i) & 0xff;
    const plain = c > 0x20 && c < 0x7f && '()<>[]{}/%#'.indexOf(name[i]) < 0;
    text += plain ? name[i] : `#${HEX[c >> 4]}${HEX[c & 15]}`;
  }
  return text;
}
