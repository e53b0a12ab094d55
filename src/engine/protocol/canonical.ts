/**
 * The checksum and the signature of a protocol's prefilled data. Both are computed over cell VALUES, put in
 * a canonical text, never over file bytes: a protocol saved again by Excel or LibreOffice stays valid.
 *
 * The canonical text (anyone can recompute it; it is also described on the hidden sheet):
 *   UTF-8 JSON of ["recheck-protocol", <format version>, <package id>, <expert>, <subject>, <grade>,
 *   <created at>, [<row>, …]] with each row [Код ОО, Код работы, Вариант, № задания, Макс. балл, Балл ОО],
 *   every value a string: text NFC-normalised, trimmed, runs of white space made one space; a number (or a
 *   numeric text in the numeric columns) in its shortest decimal form; X/Х/x/х as `X`; empty as ``. Rows
 *   are sorted by their JSON text (so a sorted sheet keeps its checksum). No spaces in the JSON.
 * The checksum is the lowercase hex SHA-256 of that text; the signature its HMAC-SHA-256 keyed by the
 * coordinator's secret (UTF-8).
 */
import { isNoAnswerMark, NO_ANSWER_MARK, type ScoreValue } from '../scores';
import { META_MARKER } from './layout';
import type { CellInput, PrefilledData, PrefilledRow, ProtocolIdentity } from './types';

/** The six prefilled values of a row as canonical strings. */
export type CanonicalRow = readonly [string, string, string, string, string, string];

export function canonicalText(value: CellInput): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return canonicalNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.normalize('NFC').replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

function canonicalNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // 12 significant digits absorb binary noise a spreadsheet may add (0.1+0.2); -0 is 0.
  const rounded = Number(value.toPrecision(12));
  return String(rounded === 0 ? 0 : rounded);
}

const NUMERIC_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** A value of a numeric column: a number and the same number typed as text agree. */
export function canonicalNumeric(value: CellInput): string {
  const text = canonicalText(value);
  if (typeof value === 'string' && NUMERIC_TEXT.test(text)) return canonicalNumber(Number(text.replace(',', '.')));
  return text;
}

export function canonicalScore(value: CellInput | ScoreValue): string {
  if (value !== null && typeof value === 'object') {
    switch (value.kind) {
      case 'score':
        return canonicalNumber(value.value);
      case 'no-answer':
        return NO_ANSWER_MARK;
      case 'empty':
        return '';
    }
  }
  const text = canonicalNumeric(value);
  return isNoAnswerMark(text) ? NO_ANSWER_MARK : text;
}

export function canonicalRow(row: PrefilledRow): CanonicalRow {
  return [
    canonicalText(row.schoolCode),
    canonicalText(row.workCode),
    canonicalNumeric(row.variant),
    canonicalText(row.task),
    canonicalNumeric(row.max),
    canonicalScore(row.schoolScore),
  ];
}

/** The canonical text a checksum and a signature are computed over. */
export function canonicalDocument(data: PrefilledData): string {
  const identity: ProtocolIdentity = data.identity;
  const rows = data.rows.map((row) => JSON.stringify(canonicalRow(row)));
  rows.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const head = JSON.stringify([
    META_MARKER,
    identity.formatVersion,
    canonicalText(identity.packageId),
    canonicalText(identity.expert),
    canonicalText(identity.subject),
    canonicalNumeric(identity.grade),
    canonicalText(identity.createdAt),
  ]);
  return `${head.slice(0, -1)},[${rows.join(',')}]]`;
}

function subtle(): SubtleCrypto {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (!crypto?.subtle) throw new Error('Web Crypto (crypto.subtle) is not available');
  return crypto.subtle;
}

function utf8(text: string): ArrayBuffer {
  return new TextEncoder().encode(text).slice().buffer as ArrayBuffer;
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function sha256Hex(text: string): Promise<string> {
  return hex(await subtle().digest('SHA-256', utf8(text)));
}

export async function hmacSha256Hex(secret: string, text: string): Promise<string> {
  if (secret.length === 0) throw new Error('an empty secret cannot sign a protocol');
  const key = await subtle().importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return hex(await subtle().sign('HMAC', key, utf8(text)));
}

/** The checksum of a protocol's prefilled data: SHA-256 over its canonical text (see the top of this file). */
export async function prefilledDigest(data: PrefilledData): Promise<string> {
  return sha256Hex(canonicalDocument(data));
}

/** The signature of a protocol's prefilled data: HMAC-SHA-256 with the coordinator's secret. */
export async function signPrefilled(data: PrefilledData, secret: string): Promise<string> {
  return hmacSha256Hex(secret, canonicalDocument(data));
}

/** Shown on the hidden sheet so that anyone can recompute the checksum without this code. */
export const CHECKSUM_DESCRIPTION =
  'checksum = SHA-256 (hex) of UTF-8 JSON ["recheck-protocol",formatVersion,packageId,expert,subject,grade,createdAt,[rows]]; ' +
  'row = [Код ОО,Код работы,Вариант,№ задания,Макс. балл,Балл ОО] of sheet Протокол, all strings: text NFC, trimmed, ' +
  'inner white space as one space; numbers in shortest form; X/Х as X; empty as ""; rows sorted by their JSON text; ' +
  'no spaces in the JSON. signature = HMAC-SHA-256 (hex) of the same text with the coordinator\'s secret.';
