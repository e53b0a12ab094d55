import { crc32, inflateRaw } from 'node:zlib';
import type { ArchiveCodecs } from '../engine';

const MIN_CHUNK = 64 * 1024;
const MAX_CHUNK = 16 * 1024 * 1024;

/**
 * Node's native zlib for the archive reader: CRC-32 at memory speed, and inflation on libuv's thread pool,
 * so that the next scans inflate while the current one is checked. `maxOutputLength` bounds a bomb natively.
 * The output chunk is sized from the declared size: one chunk for an honest header, instead of zlib's default
 * 16 KB chunks, each a round trip to the main thread and a copy when they are joined.
 */
export const nodeCodecs: ArchiveCodecs = {
  crc32: (bytes) => crc32(bytes) >>> 0,
  inflateRaw: (compressed, maxBytes, expectedBytes) =>
    new Promise((resolve, reject) => {
      const chunkSize = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.min(expectedBytes, maxBytes) + 1));
      inflateRaw(compressed, { maxOutputLength: Math.max(1, maxBytes), chunkSize }, (error, out) => {
        if (!error) resolve(new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength));
        else if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') resolve(null);
        else reject(error);
      });
    }),
};
