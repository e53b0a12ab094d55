/**
 * Reading the ZIP archives municipalities send: lazily (the central directory, then one entry at a time, on
 * demand), and safely (every name judged, every inflation bounded, nested archives walked to a fixed depth).
 * Every entry that is not a directory becomes exactly one item: a file to read, or a problem.
 */
import { ERR_INVALID_UNCOMPRESSED_SIZE, type FileEntry } from '@zip.js/zip.js';
import { makeProblem, type Problem, type ProblemFacts } from '../problems';
import { ArchiveEntryError, ArchiveUnreadableError, archiveFailureReason, entryFailure } from './errors';
import { boundedSink, LimitExceeded } from './boundedSink';
import type { ArchiveCodecs } from './codecs';
import { canReadPlain, COMPRESSION_DEFLATE, COMPRESSION_STORE, plainDataStart, readPlainEntry } from './plainEntry';
import { listArchive, rawNameBytes, type ListedEntry, type Listing } from './listing';
import { cp1251Evidence, decodeEntryName, judgePath, normalizeName, type LegacyEncoding } from './names';

export interface ArchiveInput {
  /** The archive's file name as the user gave it, e.g. `Боханский район.zip`. */
  name: string;
  data: Blob;
}

export interface ArchiveFile {
  /** {@link ArchiveInput.name} of the top-level archive. */
  archive: string;
  /** `/`-separated, NFC, no leading `/`; an entry of a nested archive is `<inner archive path>/<entry path>`. */
  path: string;
  /** Uncompressed size as declared in the archive. */
  size: number;
  /** CRC-32 of the content as declared in the archive (verified by `read()`): with `size`, tells exact copies apart. */
  crc32: number;
  /** Inflates this one entry; rejects with {@link ArchiveEntryError}, never with a raw zip.js error. */
  read(): Promise<Uint8Array>;
}

export type ArchiveItem = { type: 'file'; file: ArchiveFile } | { type: 'problem'; problem: Problem };

export interface ReadArchiveOptions {
  /** The password for encrypted entries (AES or ZipCrypto), also used for encrypted nested archives. */
  password?: string;
  /** The largest entry inflated, in bytes (declared and actual). Default 256 MiB. */
  maxEntryBytes?: number;
  /** How many levels of archives inside the archive are opened. Default 3. */
  maxDepth?: number;
  /**
   * Told how many more items to expect as each directory is read: the top-level archive's files, then the files
   * a nested archive adds in place of itself. The sum is the number of items the walk yields.
   */
  onListed?: (items: number) => void;
  /** Native CRC-32 and inflation where the platform has them (the CLI hands in Node's zlib); see codecs.ts. */
  codecs?: ArchiveCodecs;
}

export const DEFAULT_MAX_ENTRY_BYTES = 256 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 3;

/** General purpose bits 0 and 6: strong encryption (PKWARE SES), which zip.js cannot decrypt. */
const STRONG_ENCRYPTION_FLAGS = 0x0041;

interface Context {
  archive: string;
  password?: string;
  maxEntryBytes: number;
  maxDepth: number;
  onListed?: (items: number) => void;
  codecs?: ArchiveCodecs;
}

/**
 * Walks an archive and yields one item per entry that is not a directory. Throws
 * {@link ArchiveUnreadableError} on the first iteration when the archive cannot be opened at all.
 */
export async function* readArchive(input: ArchiveInput, options: ReadArchiveOptions = {}): AsyncGenerator<ArchiveItem> {
  const context: Context = {
    archive: input.name,
    password: options.password === '' ? undefined : options.password,
    maxEntryBytes: options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    onListed: options.onListed,
    codecs: options.codecs,
  };
  let listing: Listing;
  try {
    listing = await listArchive(input.data);
  } catch (error) {
    throw new ArchiveUnreadableError(archiveFailureReason(error), input.name);
  }
  context.onListed?.(countFiles(listing.entries) + (listing.mismatch ? 1 : 0));
  yield* walk(listing, input.data, '', 0, context);
}

/** Entries that will become items: all but directories (also those a Windows tool wrote with a trailing `\`). */
function countFiles(entries: ListedEntry[]): number {
  let count = 0;
  for (const entry of entries) {
    const last = entry.rawName.charCodeAt(entry.rawName.length - 1);
    if (!entry.directory && last !== 0x2f && last !== 0x5c) count += 1;
  }
  return count;
}

/** One legacy code page for all the unflagged names of an archive: one tool wrote them all. */
function legacyEncodingOf(entries: ListedEntry[]): LegacyEncoding {
  let evidence = 0;
  for (const entry of entries) if (!entry.utf8Flag) evidence += cp1251Evidence(rawNameBytes(entry));
  return evidence > 0 ? 'cp1251' : 'cp866';
}

function entryName(entry: ListedEntry, legacy: LegacyEncoding): string {
  return entry.unicodeName !== undefined ? normalizeName(entry.unicodeName) : decodeEntryName(rawNameBytes(entry), entry.utf8Flag, legacy);
}

function isZipName(path: string): boolean {
  return /\.zip$/i.test(path);
}

async function* walk(listing: Listing, source: Blob, prefix: string, depth: number, context: Context): AsyncGenerator<ArchiveItem> {
  const problem = (path: string, facts: ProblemFacts): ArchiveItem => ({
    type: 'problem',
    problem: makeProblem(context.archive, prefix + path, facts),
  });

  const { entries, mismatch } = listing;
  if (mismatch) {
    // Reported on the archive itself (a nested one: its path); every header found is still read below.
    yield { type: 'problem', problem: makeProblem(context.archive, prefix.replace(/\/$/, ''), { problem: 'entry-count-mismatch', statedCount: mismatch.stated, foundCount: mismatch.listed }) };
  }
  const legacy = legacyEncodingOf(entries);
  for (const entry of entries) {
    const name = entryName(entry, legacy);
    const verdict = judgePath(name, entry.directory);
    if (verdict.kind === 'directory') continue;
    if (verdict.kind === 'unsafe') {
      yield problem(name, { problem: 'unsafe-path' });
      continue;
    }
    if (verdict.kind === 'system') {
      yield problem(verdict.path, { problem: 'system-file' });
      continue;
    }
    const path = verdict.path;
    if (entry.encrypted && (entry.bitFlag & STRONG_ENCRYPTION_FLAGS) === STRONG_ENCRYPTION_FLAGS) {
      yield problem(path, { problem: 'unsupported-encryption' });
      continue;
    }
    if (entry.encrypted && context.password === undefined) {
      yield problem(path, { problem: 'encrypted' });
      continue;
    }
    if (entry.uncompressedSize > context.maxEntryBytes) {
      yield problem(path, { problem: 'too-large', limitBytes: context.maxEntryBytes });
      continue;
    }
    if (!isZipName(path)) {
      yield {
        type: 'file',
        file: { archive: context.archive, path: prefix + path, size: entry.uncompressedSize, crc32: entry.signature, read: () => readEntry(entry, listing, source, context) },
      };
      continue;
    }

    // A nested archive: its entries take its place, prefixed with its path.
    if (depth >= context.maxDepth) {
      yield problem(path, { problem: 'nested-too-deep' });
      continue;
    }
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await readEntry(entry, listing, source, context);
    } catch (error) {
      yield problem(path, (error as ArchiveEntryError).facts);
      continue;
    }
    let inner: Listing;
    const innerSource = new Blob([bytes]);
    try {
      inner = await listArchive(innerSource);
    } catch (error) {
      yield problem(path, { problem: 'broken-archive', ...archiveFailureReason(error) });
      continue;
    }
    const innerFiles = countFiles(inner.entries);
    if (innerFiles === 0 && !inner.mismatch) {
      // An archive a school sent with nothing in it (or folders only) is something to ask about.
      yield problem(path, { problem: 'empty-archive' });
      continue;
    }
    context.onListed?.(innerFiles + (inner.mismatch ? 1 : 0) - 1);
    yield* walk(inner, innerSource, `${prefix}${path}/`, depth + 1, context);
  }
}

async function readEntry(entry: ListedEntry, listing: Listing, source: Blob, context: Context): Promise<Uint8Array<ArrayBuffer>> {
  if (canReadPlain(entry)) {
    const start = await plainDataStart(source, entry).catch(() => null);
    if (start !== null) return readPlainEntry(source, entry, start, context.maxEntryBytes, context.codecs);
  }
  // Everything else zip.js reads itself: encryption, other methods, a local header not where the directory says.
  const zipEntry = await listing.zipEntry(entry);
  try {
    const sink = boundedSink(zipEntry.uncompressedSize, context.maxEntryBytes);
    await zipEntry.getData(sink.writable, {
      password: zipEntry.encrypted ? context.password : undefined,
      checkCrc32: true,
      checkLocalDirectory: false,
      useWebWorkers: false,
    });
    return sink.bytes();
  } catch (error) {
    throw await readFailure(error, zipEntry, context);
  }
}

async function readFailure(error: unknown, entry: FileEntry, context: Context): Promise<ArchiveEntryError> {
  if (error instanceof LimitExceeded) return tooLarge(context);
  const failure = entryFailure(error, {
    zipCryptoWithPassword: entry.encrypted && !entry.extraFieldAES && context.password !== undefined,
    compressionMethod: entry.compressionMethod,
  });
  // zip.js reports a lying header (more data than declared) as a size mismatch before a byte is written.
  // Whether that is a bomb or mere damage depends on how much the entry really holds: measure it, bounded.
  if (failure.problem === 'unreadable-entry' && error instanceof Error && error.message === ERR_INVALID_UNCOMPRESSED_SIZE) {
    if (await inflatesPast(entry, context)) return tooLarge(context);
  }
  return failure;
}

function tooLarge(context: Context): ArchiveEntryError {
  return new ArchiveEntryError({ problem: 'too-large', limitBytes: context.maxEntryBytes });
}

/**
 * Whether the entry's data, inflated, would exceed the limit: the raw (decrypted) data is inflated into a
 * counter that stops at the limit. Only the methods this can inflate itself (store, deflate) are measured.
 */
async function inflatesPast(entry: FileEntry, context: Context): Promise<boolean> {
  const method = entry.compressionMethod;
  if (method !== COMPRESSION_STORE && method !== COMPRESSION_DEFLATE) return false;
  if (method === COMPRESSION_DEFLATE && typeof DecompressionStream === 'undefined') return false;
  let count = 0;
  const counter = new WritableStream<Uint8Array>({
    write(chunk) {
      count += chunk.length;
      if (count > context.maxEntryBytes) throw new LimitExceeded();
    },
  });
  const options = { password: entry.encrypted ? context.password : undefined, passThrough: 'compressed' as const, checkLocalDirectory: false, useWebWorkers: false };
  try {
    if (method === COMPRESSION_STORE) {
      await entry.getData(counter, options);
    } else {
      const inflater = new DecompressionStream('deflate-raw');
      await Promise.all([entry.getData(inflater.writable, options), inflater.readable.pipeTo(counter)]);
    }
  } catch {
    // Damaged data, or the counter stopping the inflation: the count says which.
  }
  return count > context.maxEntryBytes;
}
