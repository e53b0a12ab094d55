/**
 * Reconstruction for files whose cross-reference is missing or wrong: one pass over the bytes looking
 * for `N G obj` headers and `trailer` dictionaries, as pdf.js does. Stream data is skipped (by /Length
 * or by `endstream`), so binary image data does not produce false headers.
 */

import { asciiBytes, startsWithAt } from './bytes';
import { isBoundary, isDigit, isWhitespace } from './lexer';
import { dictOf, isInteger, isName, PdfDict, PdfStream } from './objects';
import { parseIndirectObject, parseValueAt, type IndirectObject } from './parser';
import { streamExtent } from './streams';

export interface ScannedObject {
  offset: number;
  gen: number;
}

export interface ObjectScan {
  /** The last definition of each object number in the file wins (incremental updates append). */
  objects: Map<number, ScannedObject>;
  /** Trailer dictionaries and cross-reference stream dictionaries, in file order. */
  trailers: PdfDict[];
  /** Object streams, in file order. */
  objectStreams: number[];
  /** Objects whose dictionary says /Type /Catalog, in file order. */
  catalogs: number[];
}

const TRAILER = asciiBytes('trailer');

/** `visit`, when given, sees every object definition found, in file order (older versions included). */
export function scanObjects(bytes: Uint8Array, visit?: (object: IndirectObject, offset: number) => void): ObjectScan {
  const scan: ObjectScan = { objects: new Map(), trailers: [], objectStreams: [], catalogs: [] };
  const length = bytes.length;
  let i = 0;
  while (i < length - 3) {
    const c = bytes[i];
    if (c === 0x6f /* o */ && bytes[i + 1] === 0x62 && bytes[i + 2] === 0x6a && (i + 3 >= length || isBoundary(bytes[i + 3]))) {
      const offset = objectHeaderStart(bytes, i);
      if (offset >= 0) {
        const next = recordObject(bytes, offset, scan, visit);
        i = Math.max(i + 3, next);
        continue;
      }
    } else if (c === 0x74 /* t */ && startsWithAt(bytes, TRAILER, i) && (i === 0 || isBoundary(bytes[i - 1]))) {
      try {
        const trailer = parseValueAt(bytes, i + TRAILER.length);
        if (trailer instanceof PdfDict) scan.trailers.push(trailer);
      } catch {
        // a cut or damaged trailer: keep scanning
      }
    }
    i++;
  }
  return scan;
}

/** For `obj` at `objAt`, the offset of `N` in `N G obj`, or -1. */
function objectHeaderStart(bytes: Uint8Array, objAt: number): number {
  let p = objAt - 1;
  if (p < 0 || !isWhitespace(bytes[p])) return -1;
  while (p >= 0 && isWhitespace(bytes[p])) p--;
  const genEnd = p;
  while (p >= 0 && isDigit(bytes[p])) p--;
  if (p === genEnd || genEnd - p > 5) return -1;
  if (p < 0 || !isWhitespace(bytes[p])) return -1;
  while (p >= 0 && isWhitespace(bytes[p])) p--;
  const numEnd = p;
  while (p >= 0 && isDigit(bytes[p])) p--;
  if (p === numEnd || numEnd - p > 10) return -1;
  if (p >= 0 && !isBoundary(bytes[p])) return -1;
  return p + 1;
}

/** Records the object at `offset`; returns where scanning may resume (after its stream data, if any). */
function recordObject(bytes: Uint8Array, offset: number, scan: ObjectScan, visit?: (object: IndirectObject, offset: number) => void): number {
  let object;
  try {
    object = parseIndirectObject(bytes, offset);
  } catch {
    return -1;
  }
  const { num, gen, value } = object;
  scan.objects.set(num, { offset, gen });
  visit?.(object, offset);
  const dict = dictOf(value);
  if (dict) {
    const type = dict.get('Type');
    if (isName(type, 'Catalog')) scan.catalogs.push(num);
    else if (isName(type, 'ObjStm')) scan.objectStreams.push(num);
    else if (isName(type, 'XRef')) scan.trailers.push(dict);
  }
  if (value instanceof PdfStream) {
    const length = value.dict.get('Length');
    const extent = streamExtent(bytes, value, isInteger(length) ? length : undefined);
    return extent.end;
  }
  return -1;
}
