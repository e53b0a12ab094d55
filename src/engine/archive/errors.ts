/**
 * The two errors the archive reader throws, and the translation of zip.js's errors into them. No zip.js error
 * object leaves this folder: each becomes a problem code with a reason code (wording renders them).
 */
import {
  ERR_AMBIGUOUS_ARCHIVE,
  ERR_BAD_FORMAT,
  ERR_CENTRAL_DIRECTORY_NOT_FOUND,
  ERR_CODEC_OUT_OF_MEMORY,
  ERR_ENCRYPTED,
  ERR_ENCRYPTED_CENTRAL_DIRECTORY,
  ERR_ENTRY_DATA_OUT_OF_BOUNDS,
  ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND,
  ERR_EOCDR_NOT_FOUND,
  ERR_EXTRAFIELD_ZIP64_NOT_FOUND,
  ERR_INVALID_AUTHENTICATION_CODE,
  ERR_INVALID_COMPRESSED_DATA,
  ERR_INVALID_CRC32,
  ERR_INVALID_PASSWORD,
  ERR_INVALID_UNCOMPRESSED_SIZE,
  ERR_LOCAL_FILE_HEADER_NOT_FOUND,
  ERR_OVERLAPPING_ENTRY,
  ERR_SPLIT_ZIP_FILE,
  ERR_UNSUPPORTED_COMPRESSION,
  ERR_UNSUPPORTED_ENCRYPTION,
  ERR_UNSUPPORTED_UINT64,
} from '@zip.js/zip.js';
import type { ArchiveFailureReason, EntryFailureReason, ProblemFacts } from '../problems';

/** The problems reading one entry can end in. */
export type EntryProblemCode = 'too-large' | 'wrong-password' | 'encrypted' | 'unreadable-entry' | 'unsupported-encryption';

/**
 * `ArchiveFile.read()` rejects with this, never with a raw zip.js error. `facts` is the problem to report
 * (`makeProblem(file.archive, file.path, error.facts)`).
 */
export class ArchiveEntryError extends Error {
  constructor(readonly facts: ProblemFacts<EntryProblemCode>) {
    super(facts.problem);
    this.name = 'ArchiveEntryError';
  }

  get problem(): EntryProblemCode {
    return this.facts.problem;
  }
}

/** Why an archive could not be opened: a reason code and, for `read-error`/`file-not-found`, the words or path. */
export interface ArchiveFailure {
  reason: ArchiveFailureReason;
  detail?: string;
}

/** The top-level archive cannot be opened at all: not a ZIP, truncated, central directory unreadable. */
export class ArchiveUnreadableError extends Error {
  /** `archive`: the name of the top-level archive that could not be opened, as the user gave it. */
  constructor(
    readonly failure: ArchiveFailure,
    readonly archive = '',
  ) {
    super(`broken-archive: ${failure.reason}${failure.detail ? ` (${failure.detail})` : ''}`);
    this.name = 'ArchiveUnreadableError';
  }

  /** The problem to report for the archive. */
  get facts(): ProblemFacts<'broken-archive'> {
    return { problem: 'broken-archive', ...this.failure };
  }
}

function unreadable(reason: EntryFailureReason, detail?: string): ArchiveEntryError {
  return new ArchiveEntryError(detail === undefined ? { problem: 'unreadable-entry', reason } : { problem: 'unreadable-entry', reason, detail });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

/** Why an archive (top-level or nested) could not be opened. */
export function archiveFailureReason(error: unknown): ArchiveFailure {
  const message = messageOf(error);
  switch (message) {
    case ERR_EOCDR_NOT_FOUND:
      return { reason: 'no-end-record' };
    case ERR_BAD_FORMAT:
      return { reason: 'not-zip' };
    case ERR_CENTRAL_DIRECTORY_NOT_FOUND:
    case ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND:
    case ERR_EXTRAFIELD_ZIP64_NOT_FOUND:
      return { reason: 'directory-damaged' };
    case ERR_SPLIT_ZIP_FILE:
      return { reason: 'split-archive' };
    case ERR_ENCRYPTED_CENTRAL_DIRECTORY:
      return { reason: 'encrypted-directory' };
    case ERR_AMBIGUOUS_ARCHIVE:
      return { reason: 'ambiguous-structure' };
    case ERR_UNSUPPORTED_UINT64:
      return { reason: 'too-big' };
  }
  if (nameOf(error) === 'NotReadableError' || nameOf(error) === 'NotFoundError') return { reason: 'not-readable' };
  return { reason: 'read-error', detail: message };
}

/**
 * Translates an error zip.js raised while inflating one entry. `zipCrypto`: the entry is encrypted with
 * ZipCrypto and a password was given — its password check is a single byte, so about one wrong password in 256
 * passes it and then shows up as garbage (bad compressed data, bad CRC, wrong size): those count as a wrong
 * password too.
 */
export function entryFailure(error: unknown, options: { zipCryptoWithPassword: boolean; compressionMethod: number }): ArchiveEntryError {
  if (error instanceof ArchiveEntryError) return error;
  const message = messageOf(error);
  if (options.zipCryptoWithPassword && (message === ERR_INVALID_COMPRESSED_DATA || message === ERR_INVALID_CRC32 || message === ERR_INVALID_UNCOMPRESSED_SIZE)) {
    return new ArchiveEntryError({ problem: 'wrong-password', reason: 'password-garbles-data' });
  }
  switch (message) {
    case ERR_ENCRYPTED:
      return new ArchiveEntryError({ problem: 'encrypted' });
    case ERR_INVALID_PASSWORD:
      return new ArchiveEntryError({ problem: 'wrong-password' });
    case ERR_UNSUPPORTED_ENCRYPTION:
      return new ArchiveEntryError({ problem: 'unsupported-encryption' });
    case ERR_UNSUPPORTED_COMPRESSION:
      return unreadable('unsupported-compression', String(options.compressionMethod));
    case ERR_INVALID_CRC32:
      return unreadable('crc-mismatch');
    case ERR_INVALID_COMPRESSED_DATA:
      return unreadable('compressed-data-damaged');
    case ERR_INVALID_AUTHENTICATION_CODE:
      return unreadable('authentication-failed');
    case ERR_INVALID_UNCOMPRESSED_SIZE:
      return unreadable('size-mismatch');
    case ERR_LOCAL_FILE_HEADER_NOT_FOUND:
    case ERR_ENTRY_DATA_OUT_OF_BOUNDS:
      return unreadable('data-not-found');
    case ERR_AMBIGUOUS_ARCHIVE:
      return unreadable('conflicting-headers');
    case ERR_OVERLAPPING_ENTRY:
      return unreadable('overlapping-data');
    case ERR_CODEC_OUT_OF_MEMORY:
      return unreadable('out-of-memory');
  }
  if (nameOf(error) === 'NotReadableError' || nameOf(error) === 'NotFoundError') {
    return unreadable('not-readable');
  }
  return unreadable('inflate-error', message);
}
