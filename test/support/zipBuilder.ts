/**
 * A small hand-written ZIP writer for tests: full control over the raw name bytes, the flags, the extra
 * fields, the declared sizes and the CRC, so tests can build what real archives contain (CP866 names with no
 * UTF-8 flag, NFD names, Unicode Path extra fields) and what hostile ones contain (lying headers, unsafe
 * names, truncation). Test-only: it uses node:zlib.
 */
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;
export const UTF8_FLAG = 0x0800;
export const ENCRYPTED_FLAG = 0x0001;

export interface RawZipEntry {
  /** The name: a string is written as UTF-8 bytes; bytes are written as given. */
  name: string | Uint8Array;
  /** The content; a string is written as UTF-8. Ignored for a directory (a name ending in `/`). */
  data?: Uint8Array | string;
  /** `store` (default) or `deflate`. */
  method?: 'store' | 'deflate';
  /** Set the UTF-8 (EFS, bit 11) flag. Default: false. */
  utf8Flag?: boolean;
  /** Extra general-purpose flag bits OR-ed in (e.g. ENCRYPTED_FLAG). */
  flags?: number;
  /** Declared uncompressed size, written in both headers instead of the real one (a lying header). */
  declaredSize?: number;
  /** Declared CRC-32, instead of the real one. */
  crc32?: number;
  /** Extra field bytes written in both the local and the central header. */
  extra?: Uint8Array;
  /** External file attributes (e.g. 0x10 for an MS-DOS directory). */
  externalAttributes?: number;
}

export interface RawZipOptions {
  /** Bytes written before the first local header (e.g. a self-extractor stub). */
  prefix?: Uint8Array;
}

const encoder = new TextEncoder();

function toBytes(value: Uint8Array | string | undefined): Uint8Array {
  if (value === undefined) return new Uint8Array(0);
  return typeof value === 'string' ? encoder.encode(value) : value;
}

export function crc32(bytes: Uint8Array): number {
  return zlibCrc32(bytes) >>> 0;
}

class ByteSink {
  private chunks: Uint8Array[] = [];
  length = 0;
  push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }
  u16(value: number): void {
    const b = new Uint8Array(2);
    new DataView(b.buffer).setUint16(0, value, true);
    this.push(b);
  }
  u32(value: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, value >>> 0, true);
    this.push(b);
  }
  bytes(): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}

/** A fixed MS-DOS date/time (2026-04-15 10:00:00) so archives are reproducible. */
const DOS_TIME = (10 << 11) | (0 << 5) | 0;
const DOS_DATE = ((2026 - 1980) << 9) | (4 << 5) | 15;

/** Builds a ZIP archive from raw entries. */
export function buildRawZip(entries: RawZipEntry[], options: RawZipOptions = {}): Uint8Array<ArrayBuffer> {
  const out = new ByteSink();
  const central = new ByteSink();
  if (options.prefix) out.push(options.prefix);
  for (const entry of entries) {
    const name = toBytes(entry.name);
    const data = toBytes(entry.data);
    const method = entry.method === 'deflate' ? 8 : 0;
    const stored = method === 8 ? new Uint8Array(deflateRawSync(data)) : data;
    const flags = (entry.utf8Flag ? UTF8_FLAG : 0) | (entry.flags ?? 0);
    const crc = entry.crc32 ?? crc32(data);
    const size = entry.declaredSize ?? data.length;
    const extra = entry.extra ?? new Uint8Array(0);
    const offset = out.length;

    out.u32(LOCAL_HEADER_SIGNATURE);
    out.u16(20); // version needed
    out.u16(flags);
    out.u16(method);
    out.u16(DOS_TIME);
    out.u16(DOS_DATE);
    out.u32(crc);
    out.u32(stored.length);
    out.u32(size);
    out.u16(name.length);
    out.u16(extra.length);
    out.push(name);
    out.push(extra);
    out.push(stored);

    central.u32(CENTRAL_HEADER_SIGNATURE);
    central.u16(20); // version made by: MS-DOS
    central.u16(20);
    central.u16(flags);
    central.u16(method);
    central.u16(DOS_TIME);
    central.u16(DOS_DATE);
    central.u32(crc);
    central.u32(stored.length);
    central.u32(size);
    central.u16(name.length);
    central.u16(extra.length);
    central.u16(0); // comment length
    central.u16(0); // disk number start
    central.u16(0); // internal attributes
    central.u32(entry.externalAttributes ?? 0);
    central.u32(offset);
    central.push(name);
    central.push(extra);
  }
  const centralOffset = out.length;
  const centralBytes = central.bytes();
  out.push(centralBytes);
  out.u32(END_OF_CENTRAL_DIRECTORY_SIGNATURE);
  out.u16(0);
  out.u16(0);
  out.u16(entries.length);
  out.u16(entries.length);
  out.u32(centralBytes.length);
  out.u32(centralOffset);
  out.u16(0); // comment length
  return out.bytes();
}

/** An Info-ZIP Unicode Path extra field (0x7075, version 1) naming `unicodeName`, tied to `rawName` by its CRC-32. */
export function unicodePathExtra(unicodeName: string, rawName: Uint8Array, options: { version?: number; nameCrc?: number } = {}): Uint8Array {
  const utf8 = encoder.encode(unicodeName);
  const out = new ByteSink();
  out.u16(0x7075);
  out.u16(1 + 4 + utf8.length);
  out.push(Uint8Array.of(options.version ?? 1));
  out.u32(options.nameCrc ?? crc32(rawName));
  out.push(utf8);
  return out.bytes();
}

const legacyEncoders = new Map<string, Map<string, number>>();

/** Encodes text in a single-byte legacy code page (`ibm866` or `windows-1251`); throws on a character it lacks. */
export function encodeLegacy(text: string, encoding: 'ibm866' | 'windows-1251'): Uint8Array {
  let table = legacyEncoders.get(encoding);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(encoding);
    for (let byte = 0; byte < 256; byte++) {
      const char = decoder.decode(Uint8Array.of(byte));
      if (!table.has(char)) table.set(char, byte);
    }
    legacyEncoders.set(encoding, table);
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = table.get(text[i]);
    if (byte === undefined) throw new Error(`${encoding} cannot encode ${JSON.stringify(text[i])}`);
    out[i] = byte;
  }
  return out;
}

export function encodeCp866(text: string): Uint8Array {
  return encodeLegacy(text, 'ibm866');
}

export function encodeCp1251(text: string): Uint8Array {
  return encodeLegacy(text, 'windows-1251');
}

/** The first `length` bytes of an archive (a download that stopped early). */
export function truncate(bytes: Uint8Array, length: number): Uint8Array<ArrayBuffer> {
  return bytes.slice(0, length);
}
