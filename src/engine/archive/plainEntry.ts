/**
 * The fast path for the entries nearly every archive holds: not encrypted, stored or deflated. The compressed
 * bytes are sliced from the archive in one read and inflated by the platform's native DecompressionStream in
 * one pass, then checked against the CRC — several times faster than zip.js's general stream pipeline, which
 * remains the path for everything else (encryption, other methods, unusual headers).
 */
import { ArchiveEntryError } from './errors';
import { boundedSink, LimitExceeded } from './boundedSink';
import type { ArchiveCodecs } from './codecs';
import { crc32 } from './crc32';

/** What the fast path needs of an entry (a listed entry or zip.js's own). */
export interface PlainEntryFields {
  encrypted: boolean;
  compressionMethod: number;
  compressedSize: number;
  uncompressedSize: number;
  /** The declared CRC-32. */
  signature: number;
  offset: number;
}

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_LENGTH = 30;
export const COMPRESSION_STORE = 0;
export const COMPRESSION_DEFLATE = 8;

export function canReadPlain(entry: PlainEntryFields): boolean {
  if (entry.encrypted) return false;
  if (entry.compressionMethod === COMPRESSION_STORE) return true;
  return entry.compressionMethod === COMPRESSION_DEFLATE && typeof DecompressionStream !== 'undefined';
}

/** Up to this compressed size the local header and the data are read in one slice: a file-backed Blob costs per read. */
const ONE_READ_LIMIT = 1024 * 1024;
/** Room for the local header's name and extra field in that one read; larger ones take a second read. */
const LOCAL_FIELDS_ROOM = 1024;

/** Where the entry's data starts, and the bytes read from its local header on (holding the data when it is small). */
export interface PlainEntryStart {
  dataStart: number;
  head: Uint8Array<ArrayBuffer>;
}

/**
 * Where the entry's data starts, from its local header; null when the header is not where the central directory
 * says (prepended data, damage): zip.js knows how to search for it.
 */
export async function plainDataStart(source: Blob, entry: PlainEntryFields): Promise<PlainEntryStart | null> {
  const span = entry.compressedSize <= ONE_READ_LIMIT ? LOCAL_HEADER_LENGTH + LOCAL_FIELDS_ROOM + entry.compressedSize : LOCAL_HEADER_LENGTH;
  const head = new Uint8Array(await source.slice(entry.offset, entry.offset + span).arrayBuffer());
  if (head.length < LOCAL_HEADER_LENGTH) return null;
  const view = new DataView(head.buffer);
  if (view.getUint32(0, true) !== LOCAL_HEADER_SIGNATURE) return null;
  return { dataStart: entry.offset + LOCAL_HEADER_LENGTH + view.getUint16(26, true) + view.getUint16(28, true), head };
}

export async function readPlainEntry(source: Blob, entry: PlainEntryFields, start: PlainEntryStart, limit: number, codecs?: ArchiveCodecs): Promise<Uint8Array<ArrayBuffer>> {
  const { dataStart, head } = start;
  const end = dataStart + entry.compressedSize;
  if (end > source.size) throw new ArchiveEntryError({ problem: 'unreadable-entry', reason: 'data-not-found' });
  // The data from the first read when it holds all of it, else a read of its own.
  const inHead = end - entry.offset <= head.length ? head.subarray(dataStart - entry.offset, end - entry.offset) : null;
  const compressed = async (): Promise<Uint8Array<ArrayBuffer>> => inHead ?? new Uint8Array(await source.slice(dataStart, end).arrayBuffer());

  let bytes: Uint8Array<ArrayBuffer>;
  if (entry.compressionMethod === COMPRESSION_STORE) {
    // Stored data is its own size: a header declaring less is lying, and the real size decides.
    if (entry.compressedSize > limit) throw new ArchiveEntryError({ problem: 'too-large', limitBytes: limit });
    bytes = inHead ? inHead.slice() : await compressed();
  } else if (codecs) {
    bytes = await inflateWith(codecs, await compressed(), entry.uncompressedSize, limit);
  } else {
    bytes = await inflateBounded(inHead ? new Blob([inHead]) : source.slice(dataStart, end), entry.uncompressedSize, limit);
  }
  if (bytes.length !== entry.uncompressedSize) {
    throw new ArchiveEntryError({ problem: 'unreadable-entry', reason: 'size-mismatch' });
  }
  if ((codecs ? codecs.crc32(bytes) : crc32(bytes)) !== entry.signature) {
    throw new ArchiveEntryError({ problem: 'unreadable-entry', reason: 'crc-mismatch' });
  }
  return bytes;
}

/** Inflates into a buffer of the declared size; more output than the limit is a bomb, whatever the header said. */
async function inflateBounded(compressed: Blob, declared: number, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const sink = boundedSink(declared, limit);
  try {
    await compressed.stream().pipeThrough(new DecompressionStream('deflate-raw')).pipeTo(sink.writable);
  } catch (error) {
    if (error instanceof LimitExceeded) throw new ArchiveEntryError({ problem: 'too-large', limitBytes: limit });
    throw new ArchiveEntryError({ problem: 'unreadable-entry', reason: 'compressed-data-damaged' });
  }
  return sink.bytes();
}

async function inflateWith(codecs: ArchiveCodecs, compressed: Uint8Array, declared: number, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  let bytes: Uint8Array<ArrayBuffer> | null;
  try {
    bytes = await codecs.inflateRaw(compressed, limit, declared);
  } catch {
    throw new ArchiveEntryError({ problem: 'unreadable-entry', reason: 'compressed-data-damaged' });
  }
  if (bytes === null) throw new ArchiveEntryError({ problem: 'too-large', limitBytes: limit });
  return bytes;
}
