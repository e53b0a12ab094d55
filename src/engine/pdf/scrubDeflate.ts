/**
 * FlateDecode data of an exact length, so that a compressed stream can be replaced in place without
 * moving a byte of the file. Two tools, both built on the zlib format (RFC 1950/1951):
 *
 * - `storedZlib`: data kept in "stored" (uncompressed) deflate blocks; the block headers make up the
 *   length, the payload is padded by the caller. Used for an XMP stream, whose new content is blank.
 * - `deflateToLength`: real compression (the web-standard CompressionStream) of new content that
 *   must fit in the old stream's bytes; the spare bytes become empty stored blocks (5 bytes each),
 *   and a few leading bytes may go into one stored block so that the spare count divides by 5.
 *
 * Every result is inflated again and compared before it is used: a stream that would not read back
 * exactly is never written.
 */

import { deflateRaw } from '../platformDeflate';
import { inflate } from './inflate';

/** CMF 0x78 (deflate, 32K window), FLG 0x9c: a header every zlib reader accepts. */
const ZLIB_HEADER = [0x78, 0x9c];
const STORED_BLOCK_HEADER = 5;
const MAX_STORED_BLOCK = 0xffff;
const ZLIB_OVERHEAD = ZLIB_HEADER.length + 4;
/** How many leading bytes may be moved into a stored block to make the spare length divisible by 5. */
const MAX_STORED_PREFIX = 40;

export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; ) {
    const stop = Math.min(data.length, i + 5552);
    for (; i < stop; i++) {
      a += data[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** Writes one stored block at `pos`; returns the position after it. */
function writeStoredBlock(out: Uint8Array, pos: number, payload: Uint8Array, final: boolean): number {
  const length = payload.length;
  out[pos] = final ? 1 : 0; // BFINAL, BTYPE 00; the remaining bits of the byte are padding.
  out[pos + 1] = length & 0xff;
  out[pos + 2] = length >> 8;
  out[pos + 3] = ~length & 0xff;
  out[pos + 4] = (~length >> 8) & 0xff;
  out.set(payload, pos + STORED_BLOCK_HEADER);
  return pos + STORED_BLOCK_HEADER + length;
}

function writeAdler(out: Uint8Array, data: Uint8Array): void {
  const sum = adler32(data);
  out.set([sum >>> 24, (sum >> 16) & 0xff, (sum >> 8) & 0xff, sum & 0xff], out.length - 4);
}

/** How a zlib stream of exactly `length` bytes is made of stored blocks; undefined when it is too short for one. */
function storedLayout(length: number): { blocks: number; payload: number } | undefined {
  for (let blocks = 1; ; blocks++) {
    const payload = length - ZLIB_OVERHEAD - STORED_BLOCK_HEADER * blocks;
    if (payload < 0) return undefined;
    if (payload <= MAX_STORED_BLOCK * blocks) return { blocks, payload };
  }
}

/** The payload size a zlib stream of exactly `length` bytes made of stored blocks holds, or -1 when too short. */
export function storedPayloadSize(length: number): number {
  return storedLayout(length)?.payload ?? -1;
}

/** A zlib stream of stored blocks, exactly `length` bytes, that inflates to `payload` (sized by storedPayloadSize). */
export function storedZlib(payload: Uint8Array, length: number): Uint8Array | undefined {
  const layout = storedLayout(length);
  if (!layout || layout.payload !== payload.length) return undefined;
  const { blocks } = layout;
  const out = new Uint8Array(length);
  out.set(ZLIB_HEADER, 0);
  let pos = ZLIB_HEADER.length;
  let taken = 0;
  for (let k = 0; k < blocks; k++) {
    const size = Math.ceil((payload.length - taken) / (blocks - k));
    pos = writeStoredBlock(out, pos, payload.subarray(taken, taken + size), k === blocks - 1);
    taken += size;
  }
  writeAdler(out, payload);
  return pos === length - 4 ? out : undefined;
}

/**
 * A zlib stream of exactly `length` bytes that inflates to `data`, or undefined when the compressed
 * data does not fit. Layout: header, [one stored block of the first m bytes], empty stored blocks,
 * the rest compressed (ending in the final block), Adler-32 of all of `data`.
 */
export async function deflateToLength(data: Uint8Array, length: number): Promise<Uint8Array | undefined> {
  for (let m = 0; m <= Math.min(MAX_STORED_PREFIX, data.length); m++) {
    const compressed = await deflateRaw(data.subarray(m));
    if (!compressed) return undefined;
    const prefix = m > 0 ? STORED_BLOCK_HEADER + m : 0;
    const spare = length - ZLIB_OVERHEAD - prefix - compressed.length;
    if (spare < 0) {
      if (m === 0) return undefined;
      continue;
    }
    if (spare % STORED_BLOCK_HEADER !== 0) continue;
    const out = new Uint8Array(length);
    out.set(ZLIB_HEADER, 0);
    let pos = ZLIB_HEADER.length;
    if (m > 0) pos = writeStoredBlock(out, pos, data.subarray(0, m), false);
    for (let k = 0; k < spare / STORED_BLOCK_HEADER; k++) pos = writeStoredBlock(out, pos, new Uint8Array(0), false);
    out.set(compressed, pos);
    writeAdler(out, data);
    return (await readsBackAs(out, data)) ? out : undefined;
  }
  return undefined;
}

/** Does `stream` inflate to exactly `expected`, with no error? */
export async function readsBackAs(stream: Uint8Array, expected: Uint8Array): Promise<boolean> {
  const inflated = await inflate(stream, expected.length + 1);
  if (!inflated.complete || inflated.bytes.length !== expected.length) return false;
  for (let i = 0; i < expected.length; i++) if (inflated.bytes[i] !== expected[i]) return false;
  return true;
}
