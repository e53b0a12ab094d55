/**
 * FlateDecode through the web-standard DecompressionStream (browser and Node alike). A stream with a
 * zlib header is read as 'deflate'; one without (seen in the wild) as 'deflate-raw'. Damaged or cut
 * data gives what could be inflated, marked incomplete, instead of an error.
 */

import { concatBytes } from './bytes';

export interface Inflated {
  bytes: Uint8Array;
  complete: boolean;
}

/** Object and cross-reference streams are small; more than this is not what we are reading. */
const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024;

export function hasZlibHeader(data: Uint8Array): boolean {
  return data.length >= 2 && (data[0] & 0x0f) === 8 && (data[0] >> 4) <= 7 && ((data[0] << 8) | data[1]) % 31 === 0;
}

export async function inflate(data: Uint8Array, maxOutput = DEFAULT_MAX_OUTPUT): Promise<Inflated> {
  if (typeof DecompressionStream !== 'function') return { bytes: new Uint8Array(0), complete: false };
  if (hasZlibHeader(data)) {
    const zlib = await inflateWith('deflate', data, maxOutput);
    if (zlib.complete || zlib.bytes.length > 0) return zlib;
    // A wrong checksum or a damaged header: try the raw deflate data after the two header bytes.
    const raw = await inflateWith('deflate-raw', data.subarray(2), maxOutput);
    return raw.bytes.length > zlib.bytes.length ? raw : zlib;
  }
  return inflateWith('deflate-raw', data, maxOutput);
}

async function inflateWith(format: 'deflate' | 'deflate-raw', data: Uint8Array, maxOutput: number): Promise<Inflated> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let complete = true;
  try {
    const stream = new DecompressionStream(format);
    const writer = stream.writable.getWriter();
    // Errors surface on the reading side; the writer's promises must not be left rejected.
    writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
    writer.close().catch(() => undefined);
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.length;
      if (total > maxOutput) {
        complete = false;
        reader.cancel().catch(() => undefined);
        break;
      }
    }
  } catch {
    complete = false;
  }
  return { bytes: concatBytes(chunks), complete };
}
