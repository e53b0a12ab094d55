import { BlobReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js';

/**
 * One file of a package, unzipped from the package's Blob: zip.js reads the central directory and that entry
 * only, so a package of hundreds of megabytes is never loaded whole. Null when the entry is not there.
 */
export async function readPackageEntry(data: Blob, name: string): Promise<Uint8Array | null> {
  const reader = new ZipReader(new BlobReader(data), { useWebWorkers: false });
  try {
    for await (const entry of reader.getEntriesGenerator()) {
      if (!entry.directory && entry.filename === name) return await entry.getData(new Uint8ArrayWriter());
    }
    return null;
  } finally {
    await reader.close();
  }
}
