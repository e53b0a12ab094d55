import { crc32, inflateRaw } from 'node:zlib';
import type { ArchiveCodecs } from '../engine';

/**
 * Node's native zlib for the archive reader: CRC-32 at memory speed, and inflation on libuv's thread pool,
 * so that the next scans inflate while the current one is checked. `maxOutputLength` bounds a bomb natively.
 */
export const nodeCodecs: ArchiveCodecs = {
  crc32: (bytes) => crc32(bytes) >>> 0,
  inflateRaw: (compressed, maxBytes) =>
    new Promise((resolve, reject) => {
      inflateRaw(compressed, { maxOutputLength: Math.max(1, maxBytes) }, (error, out) => {
        if (!error) resolve(new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength));
        else if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') resolve(null);
        else reject(error);
      });
    }),
};
