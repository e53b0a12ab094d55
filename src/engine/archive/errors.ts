/**
 * The two errors the archive reader throws, and the translation of zip.js's errors into them. No zip.js error
 * object leaves this folder: each becomes a problem code with a short Russian reason a coordinator can read.
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
import { problemMessage } from '../problems';

/** The problems reading one entry can end in. */
export type EntryProblemCode = 'too-large' | 'wrong-password' | 'encrypted' | 'unreadable-entry' | 'unsupported-encryption';

/**
 * `ArchiveFile.read()` rejects with this, never with a raw zip.js error. `problem` is the code to report
 * (`makeProblem(file.archive, file.path, error.problem, { reason: error.reason, limitBytes: error.limitBytes })`);
 * `reason` a short Russian technical detail; `limitBytes` the limit a `too-large` entry exceeded.
 */
export class ArchiveEntryError extends Error {
  constructor(
    readonly problem: EntryProblemCode,
    readonly reason?: string,
    readonly limitBytes?: number,
  ) {
    super(problemMessage(problem, { reason, limitBytes }));
    this.name = 'ArchiveEntryError';
  }
}

/** The top-level archive cannot be opened at all: not a ZIP, truncated, central directory unreadable. */
export class ArchiveUnreadableError extends Error {
  /** `archive`: the name of the top-level archive that could not be opened, as the user gave it. */
  constructor(
    readonly reason: string,
    readonly archive = '',
  ) {
    super(problemMessage('broken-archive', { reason }));
    this.name = 'ArchiveUnreadableError';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

/** Why an archive (top-level or nested) could not be opened, in a few Russian words. */
export function archiveFailureReason(error: unknown): string {
  const message = messageOf(error);
  switch (message) {
    case ERR_EOCDR_NOT_FOUND:
      return 'не найден конец архива: это не ZIP или файл обрезан';
    case ERR_BAD_FORMAT:
      return 'это не ZIP-архив';
    case ERR_CENTRAL_DIRECTORY_NOT_FOUND:
    case ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND:
    case ERR_EXTRAFIELD_ZIP64_NOT_FOUND:
      return 'оглавление архива повреждено или обрезано';
    case ERR_SPLIT_ZIP_FILE:
      return 'это часть многотомного архива';
    case ERR_ENCRYPTED_CENTRAL_DIRECTORY:
      return 'оглавление архива зашифровано, такой способ не поддерживается';
    case ERR_AMBIGUOUS_ARCHIVE:
      return 'структура архива неоднозначна: лишние данные до или после архива';
    case ERR_UNSUPPORTED_UINT64:
      return 'архив слишком велик';
  }
  if (nameOf(error) === 'NotReadableError' || nameOf(error) === 'NotFoundError') return 'файл архива не читается с диска';
  return `ошибка чтения: ${message}`;
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
    return new ArchiveEntryError('wrong-password', 'данные не расшифровываются этим паролем');
  }
  switch (message) {
    case ERR_ENCRYPTED:
      return new ArchiveEntryError('encrypted');
    case ERR_INVALID_PASSWORD:
      return new ArchiveEntryError('wrong-password');
    case ERR_UNSUPPORTED_ENCRYPTION:
      return new ArchiveEntryError('unsupported-encryption');
    case ERR_UNSUPPORTED_COMPRESSION:
      return new ArchiveEntryError('unreadable-entry', `неподдерживаемый метод сжатия ${options.compressionMethod}`);
    case ERR_INVALID_CRC32:
      return new ArchiveEntryError('unreadable-entry', 'данные повреждены: не сходится контрольная сумма');
    case ERR_INVALID_COMPRESSED_DATA:
      return new ArchiveEntryError('unreadable-entry', 'сжатые данные повреждены');
    case ERR_INVALID_AUTHENTICATION_CODE:
      return new ArchiveEntryError('unreadable-entry', 'зашифрованные данные повреждены или изменены');
    case ERR_INVALID_UNCOMPRESSED_SIZE:
      return new ArchiveEntryError('unreadable-entry', 'размер после распаковки не совпадает с заявленным в архиве');
    case ERR_LOCAL_FILE_HEADER_NOT_FOUND:
    case ERR_ENTRY_DATA_OUT_OF_BOUNDS:
      return new ArchiveEntryError('unreadable-entry', 'данные файла не найдены: архив повреждён или обрезан');
    case ERR_AMBIGUOUS_ARCHIVE:
      return new ArchiveEntryError('unreadable-entry', 'заголовки файла в архиве противоречат друг другу');
    case ERR_OVERLAPPING_ENTRY:
      return new ArchiveEntryError('unreadable-entry', 'данные файла пересекаются с другим файлом архива');
    case ERR_CODEC_OUT_OF_MEMORY:
      return new ArchiveEntryError('unreadable-entry', 'не хватило памяти для распаковки');
  }
  if (nameOf(error) === 'NotReadableError' || nameOf(error) === 'NotFoundError') {
    return new ArchiveEntryError('unreadable-entry', 'файл архива не читается с диска');
  }
  return new ArchiveEntryError('unreadable-entry', `ошибка распаковки: ${message}`);
}
