/**
 * The check protocol's checksum and signature, the expert protocol's way (protocol/canonical.ts): over cell
 * values in a canonical text, never over file bytes, so re-saving in Excel or LibreOffice keeps them.
 *
 * Canonical text: UTF-8 JSON of ["recheck-cross-protocol", <version>, <package id>, <checker cipher>, <subject>,
 * <grade>, <created at>, [[<file>, <pages>, <works>]…, sorted], [[<task>, <max>]… in column order]], every value
 * a canonical string (canonicalText / canonicalNumeric). What the commission types — pages of each work, codes,
 * variants, scores — is not covered: it is the answer, not the question.
 */
import { canonicalNumeric, canonicalText, hmacSha256Hex, sha256Hex } from '../protocol/canonical';
import type { CellInput } from '../protocol/types';
import { CHECK_PROTOCOL_MARKER } from './checkProtocolLayout';

export interface CheckProtocolIdentity {
  version: CellInput;
  packageId: CellInput;
  checker: CellInput;
  subject: CellInput;
  grade: CellInput;
  createdAt: CellInput;
  files: { file: CellInput; pages: CellInput; works: CellInput }[];
  tasks: { task: CellInput; max: CellInput }[];
}

export function checkProtocolCanonical(identity: CheckProtocolIdentity): string {
  const files = identity.files.map((f) => JSON.stringify([canonicalText(f.file), canonicalNumeric(f.pages), canonicalNumeric(f.works)])).sort();
  const tasks = identity.tasks.map((t) => JSON.stringify([canonicalText(t.task), canonicalNumeric(t.max)]));
  const head = JSON.stringify([
    CHECK_PROTOCOL_MARKER,
    canonicalNumeric(identity.version),
    canonicalText(identity.packageId),
    canonicalText(identity.checker),
    canonicalText(identity.subject),
    canonicalNumeric(identity.grade),
    canonicalText(identity.createdAt),
  ]);
  return `${head.slice(0, -1)},[${files.join(',')}],[${tasks.join(',')}]]`;
}

export async function checkProtocolChecksum(identity: CheckProtocolIdentity): Promise<string> {
  return sha256Hex(checkProtocolCanonical(identity));
}

export async function checkProtocolSignature(identity: CheckProtocolIdentity, secret: string): Promise<string> {
  return hmacSha256Hex(secret, checkProtocolCanonical(identity));
}

export const CHECK_CHECKSUM_DESCRIPTION =
  'checksum = SHA-256 (hex) of UTF-8 JSON ["recheck-cross-protocol",formatVersion,packageId,checker,subject,grade,createdAt,[files],[tasks]]; ' +
  'file = [Файл класса,Страниц,Работ] of sheet Файлы, sorted by their JSON text; task = [task,max] from the headers of sheet Проверка in order; ' +
  'all strings: text NFC, trimmed, inner white space as one space; numbers in shortest form; no spaces in the JSON. ' +
  "signature = HMAC-SHA-256 (hex) of the same text with the coordinator's secret.";
