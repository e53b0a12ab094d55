/**
 * Writing ZIPs whose entries are all at hand: local headers with their sizes and CRC-32 (no data descriptors),
 * then the central directory. UTF-8 names, no Zip64 (a workbook or an expert's package is far below 4 GB and
 * 65,535 entries). Used for a rewritten workbook handed straight to ExcelJS in memory (`storedZip`) and for the
 * experts' packages (`zipChunks`, as Blob parts), where a general streaming writer cost about a millisecond per
 * entry for thousands of small scans.
 */
import { concatBytes } from '../pdf/bytes';
import { crc32 } from './crc32';

export interface ZipEntryData {
  name: string;
  /** The entry's data as stored in the archive: the bytes themselves, or their raw DEFLATE stream. */
  data: Uint8Array;
  method: typeof STORED | typeof DEFLATED;
  /** CRC-32 and size of the uncompressed bytes. */
  crc: number;
  size: number;
}

export const STORED = 0;
export const DEFLATED = 8;
const UTF8_NAMES = 0x0800;
const MAX_32 = 0xffffffff;
/** External attributes of a plain file made on Unix, mode 644 (as zip.js writes): unzip would otherwise give mode 000. */
const UNIX_REGULAR_FILE = 0o100644 * 0x10000;

/** MS-DOS date and time (local time, 2-second steps) as ZIP headers carry them; 1980 at the earliest. */
export function dosDateTime(when: Date): { date: number; time: number } {
  if (Number.isNaN(when.getTime()) || when.getFullYear() < 1980) return { date: (1 << 5) | 1, time: 0 };
  return {
    date: ((when.getFullYear() - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | Math.floor(when.getSeconds() / 2),
  };
}

/** A stored entry of `data`. */
export function storedEntry(name: string, data: Uint8Array, checksum: (bytes: Uint8Array) => number = crc32): ZipEntryData {
  return { name, data, method: STORED, crc: checksum(data), size: data.length };
}

/** The archive as byte chunks, in order: each local header followed by its data, then the central directory. */
export function zipChunks(entries: readonly ZipEntryData[], modified: Date = new Date(0)): Uint8Array[] {
  if (entries.length > 0xffff) throw new RangeError('too many entries for a ZIP without Zip64');
  const encoder = new TextEncoder();
  const { date, time } = dosDateTime(modified);
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let at = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    if (at > MAX_32 || entry.data.length > MAX_32 || entry.size > MAX_32) throw new RangeError('an entry too large for a ZIP without Zip64');
    const version = entry.method === DEFLATED ? 20 : 10;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, version, true);
    lv.setUint16(6, UTF8_NAMES, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, entry.crc >>> 0, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    chunks.push(local, entry.data);

    const record = new Uint8Array(46 + name.length);
    const cv = new DataView(record.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, (3 << 8) | 20, true); // made by: Unix, so that unzip takes the UTF-8 flag (as zip.js writes)
    cv.setUint16(6, version, true);
    // Flags, method, time, date, CRC-32, sizes and name length: as in the local header.
    record.set(local.subarray(6, 30), 8);
    cv.setUint32(38, UNIX_REGULAR_FILE, true);
    cv.setUint32(42, at, true);
    record.set(name, 46);
    central.push(record);
    at += local.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, record) => sum + record.length, 0);
  if (at > MAX_32) throw new RangeError('an archive too large for a ZIP without Zip64');
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, at, true);
  return [...chunks, ...central, end];
}

/** A ZIP of stored (uncompressed) entries in one buffer: no deflating a rewritten workbook only to inflate it again. */
export function storedZip(files: ReadonlyArray<{ name: string; data: Uint8Array }>): Uint8Array {
  return concatBytes(zipChunks(files.map((file) => storedEntry(file.name, file.data))));
}
