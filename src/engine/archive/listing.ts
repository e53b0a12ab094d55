/**
 * Listing an archive's central directory: compactly (a few fields per entry, not zip.js's objects of several
 * KB each: an archive of 65,536 scans must not cost gigabytes before a byte is read), and checked (the entry
 * count the end record states against the headers the directory really holds, so that a wrapped or damaged
 * count never loses files without a word).
 */
import { BlobReader, ZipReader, type Entry, type FileEntry } from '@zip.js/zip.js';
import { unicodePathName } from './names';
import type { PlainEntryFields } from './plainEntry';

/**
 * What the walk needs of one central-directory entry; `offset` already allows for data prepended to the archive
 * (zip.js works that out while listing).
 */
export interface ListedEntry extends PlainEntryFields {
  /** Position in the central directory. */
  index: number;
  /** The raw name bytes, one character per byte (a compact one-byte string). */
  rawName: string;
  utf8Flag: boolean;
  /** The name of a valid Info-ZIP Unicode Path extra field, when there is one. */
  unicodeName?: string;
  directory: boolean;
  bitFlag: number;
  /** zip.js's own entry, kept only for what zip.js must read itself (encrypted data, other methods). */
  zipEntry?: FileEntry;
}

/** The stated and the found number of entries, when they do not add up. */
export interface CountMismatch {
  stated: number;
  found: number;
  /** Entries listed in the end; less than `found` when the directory could not be read past a damaged header. */
  listed: number;
}

export interface Listing {
  entries: ListedEntry[];
  mismatch?: CountMismatch;
  /** zip.js's entry for one listed entry, listing the archive again (once) where the fast path cannot read it. */
  zipEntry(entry: ListedEntry): Promise<FileEntry>;
}

/** UTF-8 (EFS) flag, general purpose bit 11. */
const UTF8_FLAG = 0x0800;
const COMPRESSION_STORE = 0;
const COMPRESSION_DEFLATE = 8;

function packBytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) out += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return out;
}

/** The raw name bytes of a listed entry. */
export function rawNameBytes(entry: ListedEntry): Uint8Array {
  const out = new Uint8Array(entry.rawName.length);
  for (let i = 0; i < out.length; i++) out[i] = entry.rawName.charCodeAt(i);
  return out;
}

function compact(entry: Entry, index: number): ListedEntry {
  const rawName = entry.rawFilename ?? new Uint8Array(0);
  const unicodeName = unicodePathName(entry.rawExtraField, rawName);
  const method = entry.compressionMethod ?? 0;
  const needsZipJs = Boolean(entry.encrypted) || (method !== COMPRESSION_STORE && method !== COMPRESSION_DEFLATE);
  return {
    index,
    rawName: packBytes(rawName),
    utf8Flag: ((entry.rawBitFlag ?? 0) & UTF8_FLAG) !== 0,
    ...(unicodeName !== undefined ? { unicodeName } : {}),
    directory: Boolean(entry.directory),
    bitFlag: entry.rawBitFlag ?? 0,
    encrypted: Boolean(entry.encrypted),
    compressionMethod: method,
    compressedSize: entry.compressedSize ?? 0,
    uncompressedSize: entry.uncompressedSize ?? 0,
    signature: entry.signature ?? 0,
    offset: entry.offset ?? 0,
    ...(needsZipJs ? { zipEntry: entry as FileEntry } : {}),
  };
}

function zipReader(data: Blob): ZipReader<unknown> {
  // zip.js must not judge names: one unsafe name would refuse the whole archive.
  return new ZipReader(new BlobReader(data), { filenameValidation: 'tolerant', useWebWorkers: false });
}

async function listWithZipJs(data: Blob): Promise<ListedEntry[]> {
  const reader = zipReader(data);
  const entries: ListedEntry[] = [];
  try {
    for await (const entry of reader.getEntriesGenerator()) entries.push(compact(entry, entries.length));
  } finally {
    await reader.close().catch(() => undefined);
  }
  return entries;
}

/**
 * Lists the central directory. Throws what zip.js throws when the archive cannot be opened at all — unless the
 * only fault is a count larger than the headers present, which is then listed as far as it goes and reported.
 */
export async function listArchive(data: Blob): Promise<Listing> {
  let entries: ListedEntry[] | undefined;
  let failure: unknown;
  try {
    entries = await listWithZipJs(data);
  } catch (error) {
    failure = error;
  }

  const directory = await readDirectoryFacts(data).catch(() => null);
  let mismatch: CountMismatch | undefined;
  if (directory) {
    const { found } = directory;
    if (found > (entries?.length ?? 0)) {
      // zip.js stopped at the stated count: state the count the directory holds and list again.
      const relisted = await listWithZipJs(patchedCount(data, directory)).catch(() => undefined);
      if (relisted && relisted.length > (entries?.length ?? 0)) entries = relisted;
    }
    if (entries && (!countAddsUp(directory) || entries.length !== found)) {
      mismatch = { stated: directory.zip64Count ?? directory.classicCount, found, listed: entries.length };
    }
  }
  if (!entries) throw failure;

  const listed = entries;
  let zipEntries: Promise<Map<number, FileEntry>> | undefined;
  return {
    entries: listed,
    mismatch,
    async zipEntry(entry) {
      if (entry.zipEntry) return entry.zipEntry;
      zipEntries ??= (async () => {
        const reader = zipReader(mismatch ? patchedCount(data, directory!) : data);
        const map = new Map<number, FileEntry>();
        let index = 0;
        for await (const e of reader.getEntriesGenerator()) map.set(index++, e as FileEntry);
        return map;
      })();
      const found = (await zipEntries).get(entry.index);
      if (!found) throw new Error('entry not found on a second listing');
      return found;
    },
  };
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_LENGTH = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_LENGTH = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const ZIP64_EOCD_LENGTH = 56;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER_LENGTH = 46;

interface DirectoryFacts {
  /** Where the end of central directory record starts. */
  eocdOffset: number;
  /** The total entry count of the classic end record (16 bits: wraps past 65,535; 0xFFFF defers to Zip64). */
  classicCount: number;
  /** Where the Zip64 end record starts, and its count, when there is one. */
  zip64Offset?: number;
  zip64Count?: number;
  /** Central-directory headers actually found, walking from the directory's start to its end. */
  found: number;
}

function u64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

async function bytesAt(data: Blob, start: number, end: number): Promise<DataView> {
  return new DataView(await data.slice(Math.max(0, start), Math.min(data.size, end)).arrayBuffer());
}

/** Finds the end records and walks the central directory's headers; null when they cannot be made out. */
/** The end record: in the last bytes, or (after a long archive comment) in the last 64 KiB. */
async function findEndRecord(data: Blob): Promise<{ tail: DataView; tailStart: number; at: number } | null> {
  for (const span of [EOCD_LENGTH + 1024, EOCD_LENGTH + 0xffff]) {
    const tailStart = Math.max(0, data.size - span);
    const tail = await bytesAt(data, tailStart, data.size);
    for (let i = tail.byteLength - EOCD_LENGTH; i >= 0; i--) {
      if (tail.getUint32(i, true) === EOCD_SIGNATURE && i + EOCD_LENGTH + tail.getUint16(i + 20, true) <= tail.byteLength) return { tail, tailStart, at: i };
    }
    if (tailStart === 0) break;
  }
  return null;
}

async function readDirectoryFacts(data: Blob): Promise<DirectoryFacts | null> {
  const record = await findEndRecord(data);
  if (!record) return null;
  const { tail, tailStart, at } = record;
  const eocdOffset = tailStart + at;
  const classicCount = tail.getUint16(at + 10, true);
  let directorySize = tail.getUint32(at + 12, true);
  let directoryOffset = tail.getUint32(at + 16, true);
  let end = eocdOffset;
  let zip64Offset: number | undefined;
  let zip64Count: number | undefined;
  if (eocdOffset >= ZIP64_LOCATOR_LENGTH) {
    const locator = await bytesAt(data, eocdOffset - ZIP64_LOCATOR_LENGTH, eocdOffset);
    if (locator.getUint32(0, true) === ZIP64_LOCATOR_SIGNATURE) {
      // The record stands right before its locator; its own pointer may be off by prepended data.
      const candidate = eocdOffset - ZIP64_LOCATOR_LENGTH - ZIP64_EOCD_LENGTH;
      const record = await bytesAt(data, candidate, candidate + ZIP64_EOCD_LENGTH);
      if (record.byteLength === ZIP64_EOCD_LENGTH && record.getUint32(0, true) === ZIP64_EOCD_SIGNATURE) {
        zip64Offset = candidate;
        zip64Count = u64(record, 32);
        directorySize = u64(record, 40);
        directoryOffset = u64(record, 48);
        end = candidate;
      }
    }
  }
  // The directory ends where the end records begin; its start is that minus its size, or failing that its pointer.
  const candidates = [end - directorySize, directoryOffset].filter((start) => start >= 0 && start < end);
  for (const start of candidates) {
    const directory = await bytesAt(data, start, end);
    if (directory.byteLength < 4 || directory.getUint32(0, true) !== CENTRAL_HEADER_SIGNATURE) continue;
    let found = 0;
    let position = 0;
    while (position + CENTRAL_HEADER_LENGTH <= directory.byteLength && directory.getUint32(position, true) === CENTRAL_HEADER_SIGNATURE) {
      position += CENTRAL_HEADER_LENGTH + directory.getUint16(position + 28, true) + directory.getUint16(position + 30, true) + directory.getUint16(position + 32, true);
      found += 1;
    }
    return { eocdOffset, classicCount, zip64Offset, zip64Count, found };
  }
  return null;
}

/**
 * Whether the stated counts agree with the headers found: the Zip64 count exactly; the classic 16-bit count
 * exactly, or wrapped (what many writers put past 65,535), or 0xFFFF deferring to a Zip64 record.
 */
function countAddsUp({ classicCount, zip64Count, found }: DirectoryFacts): boolean {
  if (zip64Count !== undefined && zip64Count !== found) return false;
  if (classicCount === 0xffff && zip64Count !== undefined) return true;
  return classicCount === found % 0x10000;
}

/**
 * The archive with its end records stating the count found, so that zip.js lists every header. The Blob is
 * composed of slices of the original: nothing is copied.
 */
function patchedCount(data: Blob, facts: DirectoryFacts): Blob {
  const parts: (Blob | Uint8Array<ArrayBuffer>)[] = [];
  let position = 0;
  const patch = (at: number, bytes: Uint8Array<ArrayBuffer>) => {
    parts.push(data.slice(position, at), bytes);
    position = at + bytes.length;
  };
  const u16 = (value: number) => {
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setUint16(0, value, true);
    new DataView(bytes.buffer).setUint16(2, value, true);
    return bytes;
  };
  if (facts.zip64Offset !== undefined) {
    const counts = new Uint8Array(16);
    new DataView(counts.buffer).setBigUint64(0, BigInt(facts.found), true);
    new DataView(counts.buffer).setBigUint64(8, BigInt(facts.found), true);
    patch(facts.zip64Offset + 24, counts);
    patch(facts.eocdOffset + 8, u16(0xffff));
  } else {
    // zip.js reads past a wrapped 16-bit count when the rest is a multiple of 65,536.
    patch(facts.eocdOffset + 8, u16(facts.found % 0x10000));
  }
  parts.push(data.slice(position));
  return new Blob(parts);
}
