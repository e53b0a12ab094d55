import { constants, openAsBlob } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename } from 'node:path';

/** A file the user named that cannot be opened: `reason` says why in a few Russian words. */
export class UserFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'UserFileError';
  }
}

/** A user's file as a lazily read Blob with its name; rejects with {@link UserFileError} when it cannot be read. */
export async function openUserFile(path: string): Promise<{ name: string; data: Blob }> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new UserFileError(path, error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 'нет такого файла' : `файл не открывается (${error.code ?? error.message})`);
  });
  if (info.isDirectory()) throw new UserFileError(path, 'это папка, а не файл');
  if (!info.isFile()) throw new UserFileError(path, 'это не обычный файл');
  await access(path, constants.R_OK).catch(() => {
    throw new UserFileError(path, 'нет прав на чтение файла');
  });
  return { name: basename(path), data: await openAsBlob(path) };
}
