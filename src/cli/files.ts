import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

/** A user's file as a lazily read Blob with its name; null when there is no such file. */
export async function openUserFile(path: string): Promise<{ name: string; data: Blob } | null> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  return { name: basename(path), data: await openAsBlob(path) };
}
