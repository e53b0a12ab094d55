/**
 * The analyst's inputs as single files: a ZIP (experts e-mail protocols zipped) is walked with the archive
 * reader and each entry becomes a file `<zip path>/<entry path>`; an unreadable ZIP or entry becomes a file
 * with its problem, so nothing is dropped. Operating-system debris (`__MACOSX`, `Thumbs.db`) is skipped.
 */
import { ArchiveUnreadableError, readArchive } from '../archive';
import type { ProblemFacts } from '../problems';
import type { MergeInput, MergeOptions } from './types';

export type InputFile =
  | { file: string; modified?: string; bytes: () => Promise<Uint8Array> }
  | { file: string; modified?: string; failure: ProblemFacts };

function isZip(file: string): boolean {
  return /\.zip$/i.test(file);
}

async function bytesOf(data: Blob | Uint8Array): Promise<Uint8Array> {
  return data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());
}

function asBlob(data: Blob | Uint8Array): Blob {
  return data instanceof Uint8Array ? new Blob([data as Uint8Array<ArrayBuffer>]) : data;
}

export async function* expandArchives(inputs: readonly MergeInput[], options: MergeOptions = {}): AsyncGenerator<InputFile> {
  for (const input of inputs) {
    if (!isZip(input.file)) {
      yield { file: input.file, modified: input.modified, bytes: () => bytesOf(input.data) };
      continue;
    }
    try {
      for await (const item of readArchive({ name: input.file, data: asBlob(input.data) }, { codecs: options.codecs })) {
        if (item.type === 'file') {
          const entry = item.file;
          yield { file: `${input.file}/${entry.path}`, modified: input.modified, bytes: () => entry.read() };
          continue;
        }
        const { archive: _archive, path, cell: _cell, ...facts } = item.problem;
        if (facts.problem === 'system-file') continue;
        yield { file: path ? `${input.file}/${path}` : input.file, modified: input.modified, failure: facts as ProblemFacts };
      }
    } catch (error) {
      if (!(error instanceof ArchiveUnreadableError)) throw error;
      yield { file: input.file, modified: input.modified, failure: error.facts };
    }
  }
}
