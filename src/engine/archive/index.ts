/**
 * Reading the ZIP archives municipalities send. See readArchive.ts for the walk, names.ts for how entry names
 * are decoded and judged, errors.ts for how zip.js's errors become problems.
 */
export { readArchive, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ENTRY_BYTES } from './readArchive';
export type { ArchiveFile, ArchiveInput, ArchiveItem, ReadArchiveOptions } from './readArchive';
export { ArchiveEntryError, ArchiveUnreadableError } from './errors';
export type { ArchiveCodecs } from './codecs';
export type { EntryProblemCode } from './errors';
export { decodeEntryName } from './names';
