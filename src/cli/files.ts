import { constants, openAsBlob } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ProblemFacts, UserFileFailure } from '../engine';

/** A file the user named that cannot be opened: `failure` says why, as a code the engine's wording names. */
export class UserFileError extends Error {
  constructor(
    readonly path: string,
    readonly failure: UserFileFailure,
    readonly detail?: string,
  ) {
    super(`${path}: ${failure}${detail ? ` (${detail})` : ''}`);
    this.name = 'UserFileError';
  }

  /** The problem to report for the file. */
  get facts(): ProblemFacts<'file-not-found'> {
    return this.detail === undefined ? { problem: 'file-not-found', reason: this.failure } : { problem: 'file-not-found', reason: this.failure, detail: this.detail };
  }
}

/** A user's file as a lazily read Blob with its name; rejects with {@link UserFileError} when it cannot be read. */
export async function openUserFile(path: string): Promise<{ name: string; data: Blob }> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT' || error.code === 'ENOTDIR' ? new UserFileError(path, 'missing') : new UserFileError(path, 'unreadable', error.code ?? error.message);
  });
  if (info.isDirectory()) throw new UserFileError(path, 'directory');
  if (!info.isFile()) throw new UserFileError(path, 'not-a-file');
  await access(path, constants.R_OK).catch(() => {
    throw new UserFileError(path, 'no-permission');
  });
  return { name: basename(path), data: await openAsBlob(path) };
}
