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
  /** A PDF entry as a Blob (scans are stored, not deflated: this is a copy, not a decompression). */
  pdf(path: string): Promise<Blob>;
  bytes(path: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

function isFile(entry: Entry): entry is FileEntry {
  return !entry.directory;
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
  return {
    ok: true,
    archive: {
      names,
      pdf: (path) => entry(path).getData(new BlobWriter('application/pdf')),
      bytes: (path) => entry(path).getData(new Uint8ArrayWriter()),
      close: () => reader.close(),
    },
  };
}
