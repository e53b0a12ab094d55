import { readArchive, type ArchiveCodecs, type ArchiveFile, type ArchiveInput } from '../archive';

export function fileKey(archive: string, path: string): string {
  return `${archive}\u0000${path}`;
}

/**
 * Handles to the wanted files of the archives, read lazily later: one walk over each archive's directory, no
 * file inflated here. Problems were already reported when the bank was built, so they are passed over.
 */
export async function collectFiles(archives: ArchiveInput[], wanted: Set<string>, password?: string, codecs?: ArchiveCodecs): Promise<Map<string, ArchiveFile>> {
  const files = new Map<string, ArchiveFile>();
  for (const archive of archives) {
    for await (const item of readArchive(archive, { password, codecs })) {
      if (item.type === 'file' && wanted.has(fileKey(item.file.archive, item.file.path))) {
        files.set(fileKey(item.file.archive, item.file.path), item.file);
      }
    }
  }
  return files;
}
