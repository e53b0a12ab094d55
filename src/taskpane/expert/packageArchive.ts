/**
 * An expert's package ZIP, read lazily with zip.js from its Blob: the central directory once, then one entry
 * when a work is shown (a package of hundreds of megabytes never sits in memory). Checked against the
 * workbook by package id.
 */
import { BlobReader, BlobWriter, Uint8ArrayWriter, ZipReader, type Entry, type FileEntry } from '@zip.js/zip.js';
import { readPackageNames, type PackageNames } from '../../engine';

export type PackageProblem = 'not-a-zip' | 'not-a-package' | 'wrong-package';

export type OpenPackageResult =
  | { ok: true; archive: PackageArchive }
  | { ok: false; problem: PackageProblem; foundId?: string; detail?: string };

export interface PackageArchive {
  names: PackageNames;
  /** A PDF entry as a Blob: a slice of the package when stored (scans are), otherwise read by zip.js. */
  pdf(path: string): Promise<Blob>;
  bytes(path: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

function isFile(entry: Entry): entry is FileEntry {
  return !entry.directory;
}

function isStored(entry: FileEntry): boolean {
  return entry.compressionMethod === 0 && !entry.encrypted && entry.compressedSize === entry.uncompressedSize;
}

/**
 * Where a stored entry's data starts: after its local header, whose name and extra field may differ in length
 * from the central directory's. Null when the header is not where the directory says.
 */
async function dataStart(data: Blob, entry: FileEntry): Promise<number | null> {
  const header = new DataView(await data.slice(entry.offset, entry.offset + 30).arrayBuffer());
  if (header.byteLength < 30 || header.getUint32(0, true) !== 0x04034b50) return null;
  const start = entry.offset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  return start + entry.compressedSize <= data.size ? start : null;
}

/**
 * Stored (not deflated) entries as slices of the package's Blob: no copy and no codec, so a 3 MB scan is there at
 * once (packages store scans: they are JPEG already). Where the data starts is read ahead for every scan, one small
 * read each, in the background; any other entry is read by zip.js.
 */
function storedSlices(data: Blob, entries: readonly FileEntry[]): (entry: FileEntry) => Promise<Blob | null> {
  const starts = new Map<FileEntry, Promise<number | null>>();
  const startOf = (entry: FileEntry): Promise<number | null> => {
    let start = starts.get(entry);
    if (!start) {
      start = dataStart(data, entry).catch(() => null);
      starts.set(entry, start);
    }
    return start;
  };
  void (async () => {
    for (const entry of entries) if (isStored(entry) && /\.pdf$/i.test(entry.filename)) await startOf(entry);
  })();
  return async (entry) => {
    if (!isStored(entry)) return null;
    const start = await startOf(entry);
    return start === null ? null : data.slice(start, start + entry.compressedSize, 'application/pdf');
  };
}

/** Opens a package and checks that it belongs to the protocol `expectedId` (null: any package). */
export async function openPackage(data: Blob, expectedId: string | null): Promise<OpenPackageResult> {
  const reader = new ZipReader(new BlobReader(data), { useWebWorkers: false, filenameValidation: 'tolerant' });
  let entries: FileEntry[];
  try {
    entries = (await reader.getEntries()).filter(isFile);
  } catch (error) {
    await reader.close().catch(() => undefined);
    return { ok: false, problem: 'not-a-zip', detail: error instanceof Error ? error.message : String(error) };
  }
  const names = readPackageNames(entries.map((entry) => entry.filename));
  if (names.packageId === null) {
    await reader.close().catch(() => undefined);
    return { ok: false, problem: 'not-a-package' };
  }
  if (expectedId !== null && names.packageId !== expectedId) {
    await reader.close().catch(() => undefined);
    return { ok: false, problem: 'wrong-package', foundId: names.packageId };
  }
  const byName = new Map(entries.map((entry) => [entry.filename, entry]));
  const entry = (path: string): FileEntry => {
    const found = byName.get(path);
    if (!found) throw new Error(`no entry ${path}`);
    return found;
  };
  const slice = storedSlices(data, entries);
  return {
    ok: true,
    archive: {
      names,
      pdf: async (path) => {
        const found = entry(path);
        return (await slice(found)) ?? found.getData(new BlobWriter('application/pdf'));
      },
      bytes: (path) => entry(path).getData(new Uint8ArrayWriter()),
      close: () => reader.close(),
    },
  };
}
