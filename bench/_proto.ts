import { openAsBlob } from 'node:fs';
import { BlobReader, ZipReader, Uint8ArrayWriter } from '@zip.js/zip.js';
const TABLE = (() => { const t = new Int32Array(256 * 8); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c; } for (let n = 0; n < 256; n++) { let c = t[n]; for (let k = 1; k < 8; k++) { c = t[c & 0xff] ^ (c >>> 8); t[k * 256 + n] = c; } } return t; })();
function crc32(b: Uint8Array) { let c = -1; let i = 0; const n = b.length; for (; i + 8 <= n; i += 8) { c ^= b[i] | (b[i+1] << 8) | (b[i+2] << 16) | (b[i+3] << 24); c = TABLE[1792 + (c & 0xff)] ^ TABLE[1536 + ((c >>> 8) & 0xff)] ^ TABLE[1280 + ((c >>> 16) & 0xff)] ^ TABLE[1024 + (c >>> 24)] ^ TABLE[768 + b[i+4]] ^ TABLE[512 + b[i+5]] ^ TABLE[256 + b[i+6]] ^ TABLE[b[i+7]]; } for (; i < n; i++) c = TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8); return (c ^ -1) >>> 0; }
async function inflate(raw: Uint8Array, expected: number) {
  const out = new Uint8Array(expected); let len = 0;
  const reader = new Blob([raw]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  for (;;) { const { done, value } = await reader.read(); if (done) break; if (len + value.length > expected) { await reader.cancel(); throw new Error('too large'); } out.set(value, len); len += value.length; }
  return out.subarray(0, len);
}
async function main() {
  const data = await openAsBlob('/work/main/bench-output/municipality-300.zip');
  const reader = new ZipReader(new BlobReader(data), { useWebWorkers: false });
  const entries = await reader.getEntries();
  const t0 = performance.now(); let tc = 0, tr = 0, ti = 0;
  let total = 0;
  for (const e of entries as any[]) { if (e.directory) continue;
    let t = performance.now();
    const head = new Uint8Array(await data.slice(e.offset, e.offset + 30).arrayBuffer());
    const dv = new DataView(head.buffer); const start = e.offset + 30 + dv.getUint16(26, true) + dv.getUint16(28, true);
    const raw = new Uint8Array(await data.slice(start, start + e.compressedSize).arrayBuffer());
    tr += performance.now() - t; t = performance.now();
    const b = process.env.Z ? await new Promise<Uint8Array>((res, rej) => require('zlib').inflateRaw(raw, (err: any, r: any) => err ? rej(err) : res(r))) : await inflate(raw, e.uncompressedSize);
    ti += performance.now() - t; t = performance.now();
    if (crc32(b) !== e.signature) throw new Error('crc');
    tc += performance.now() - t;
    total += b.length; }
  const hwm = /VmHWM:\s+(\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'))![1];
  console.log('proto', (performance.now() - t0).toFixed(0), 'ms', total, { tr, ti, tc }, 'hwm MB', Number(hwm) / 1024);
}
main();
