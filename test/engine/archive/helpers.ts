/** Shared helpers of the archive reader's tests. */
import { readArchive, type ArchiveItem, type ReadArchiveOptions } from '../../../src/engine/archive';

export const MUNICIPALITY = 'Боханский район';
export const SCHOOL = 'МБОУ Витимская СОШ, русский язык, 6 класс';
export const ARCHIVE = `${MUNICIPALITY}.zip`;

export function blobOf(bytes: Uint8Array): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>]);
}

export async function collect(bytes: Uint8Array | Blob, options?: ReadArchiveOptions, name = ARCHIVE): Promise<ArchiveItem[]> {
  const items: ArchiveItem[] = [];
  const data = bytes instanceof Blob ? bytes : blobOf(bytes);
  for await (const item of readArchive({ name, data }, options)) items.push(item);
  return items;
}

/** Each item as `[path, 'file' | problem code]`, in order. */
export function outline(items: ArchiveItem[]): [string, string][] {
  return items.map((item) => (item.type === 'file' ? [item.file.path, 'file'] : [item.problem.path, item.problem.problem]));
}

export function files(items: ArchiveItem[]) {
  return items.flatMap((item) => (item.type === 'file' ? [item.file] : []));
}

export function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** Pseudo-random bytes (incompressible, reproducible). */
export { seededBytes as noise } from '../../support/seededBytes';
