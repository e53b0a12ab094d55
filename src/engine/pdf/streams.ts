/**
 * Where a stream's data ends, and decoding of the small structural streams (cross-reference and
 * object streams). Image data is never decoded: for those only completeness is checked.
 */

import { asciiBytes, indexOfBytes, startsWithAt } from './bytes';
import { inflate } from './inflate';
import { isWhitespace, PdfFormatError } from './lexer';
import { isInteger, isName, PdfDict, type PdfStream, type PdfValue } from './objects';
import { undoPredictor } from './predictors';

const ENDSTREAM = asciiBytes('endstream');
const ENDOBJ = asciiBytes('endobj');

export interface StreamExtent {
  start: number;
  end: number;
  /** False when the data runs off the end of the file (a cut file). */
  complete: boolean;
  /** True when /Length gave the end; false when it was missing or wrong and `endstream` was looked for. */
  byLength?: boolean;
}

/**
 * Trusts /Length when `endstream` follows it; otherwise looks for `endstream` (a wrong /Length is
 * common in damaged files); a stream with neither runs to the end of the file and is incomplete.
 */
export function streamExtent(bytes: Uint8Array, stream: PdfStream, length: number | undefined): StreamExtent {
  const start = stream.dataStart;
  if (length !== undefined && Number.isInteger(length) && length >= 0 && start + length <= bytes.length) {
    let pos = start + length;
    for (let k = 0; k < 32 && pos < bytes.length && isWhitespace(bytes[pos]); k++) pos++;
    if (startsWithAt(bytes, ENDSTREAM, pos)) return { start, end: start + length, complete: true, byLength: true };
  }
  let found = indexOfBytes(bytes, ENDSTREAM, start);
  if (found < 0) {
    // `endstream` missing but `endobj` present: still a whole object.
    found = indexOfBytes(bytes, ENDOBJ, start);
  }
  if (found < 0) return { start, end: bytes.length, complete: false };
  let end = found;
  if (end > start && bytes[end - 1] === 0x0a) end--;
  if (end > start && bytes[end - 1] === 0x0d) end--;
  return { start, end, complete: true };
}

export interface DecodedStream {
  bytes: Uint8Array;
  complete: boolean;
}

/** Applies the stream's filters (FlateDecode, with predictors; or none). Filter values must be direct. */
export async function decodeStream(raw: Uint8Array, dict: PdfDict): Promise<DecodedStream> {
  const filterValue = dict.get('Filter') ?? dict.get('F');
  const parmsValue = dict.get('DecodeParms') ?? dict.get('DP');
  const filters = filterValue === undefined || filterValue === null ? [] : Array.isArray(filterValue) ? filterValue : [filterValue];
  const parms = Array.isArray(parmsValue) ? parmsValue : [parmsValue];
  let data = raw;
  let complete = true;
  for (let i = 0; i < filters.length; i++) {
    const filter = filters[i];
    if (!isName(filter)) throw new PdfFormatError('bad filter');
    if (filter.name !== 'FlateDecode' && filter.name !== 'Fl') throw new PdfFormatError(`unsupported filter ${filter.name}`);
    const inflated = await inflate(data);
    complete &&= inflated.complete;
    data = applyPredictor(inflated.bytes, parms[i]);
  }
  return { bytes: data, complete };
}

function applyPredictor(data: Uint8Array, parms: PdfValue | undefined): Uint8Array {
  if (!(parms instanceof PdfDict)) return data;
  const number = (key: string, fallback: number): number => {
    const value = parms.get(key);
    return isInteger(value) ? value : fallback;
  };
  return undoPredictor(data, {
    predictor: number('Predictor', 1),
    colors: number('Colors', 1),
    bitsPerComponent: number('BitsPerComponent', 8),
    columns: number('Columns', 1),
  });
}
