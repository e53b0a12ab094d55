/**
 * What a file that is not a PDF looks like, from its first bytes: scanners and people send photos,
 * Word documents, archives and web pages under a .pdf name. The answer is a code; wording names it.
 */

import type { NonPdfKind } from '../problems';
import { asciiBytes, indexOfBytes, latin1Window, startsWithAt } from './bytes';

interface Signature {
  offset: number;
  bytes: number[];
  looksLike: NonPdfKind;
}

const SIGNATURES: Signature[] = [
  { offset: 0, bytes: [0xff, 0xd8, 0xff], looksLike: 'jpeg' },
  { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47], looksLike: 'png' },
  { offset: 0, bytes: [0x47, 0x49, 0x46, 0x38], looksLike: 'gif' },
  { offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00], looksLike: 'tiff' },
  { offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a], looksLike: 'tiff' },
  { offset: 0, bytes: [0x42, 0x4d], looksLike: 'bmp' },
  { offset: 0, bytes: [0x41, 0x54, 0x26, 0x54, 0x46, 0x4f, 0x52, 0x4d], looksLike: 'djvu' },
  { offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: 'old-office' },
  { offset: 0, bytes: [0x52, 0x61, 0x72, 0x21], looksLike: 'rar' },
  { offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], looksLike: '7z' },
  { offset: 0, bytes: [0x1f, 0x8b], looksLike: 'gzip' },
  { offset: 0, bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], looksLike: 'rtf' },
];

export function describeNonPdf(bytes: Uint8Array): NonPdfKind {
  for (const signature of SIGNATURES) {
    if (startsWithAt(bytes, new Uint8Array(signature.bytes), signature.offset)) return signature.looksLike;
  }
  if (startsWithAt(bytes, asciiBytes('PK\x03\x04'), 0) || startsWithAt(bytes, asciiBytes('PK\x05\x06'), 0)) return describeZip(bytes);
  if (startsWithAt(bytes, asciiBytes('RIFF'), 0) && startsWithAt(bytes, asciiBytes('WEBP'), 8)) return 'webp';
  if (startsWithAt(bytes, asciiBytes('ftyp'), 4)) {
    const brand = latin1Window(bytes, 8, 12);
    return /^(heic|heix|mif1|msf1|heim|heis)$/.test(brand) ? 'heic' : 'video-or-image';
  }
  const head = latin1Window(bytes, 0, 1024).replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<html[\s>]/.test(head)) return 'html';
  if (head.startsWith('<?xml')) return 'xml';
  if (isMostlyText(bytes)) return 'text';
  return 'unknown';
}

function describeZip(bytes: Uint8Array): NonPdfKind {
  // The first entries' names, in the local headers near the start, tell Office documents apart.
  const window = bytes.subarray(0, Math.min(bytes.length, 64 * 1024));
  if (indexOfBytes(window, asciiBytes('word/')) >= 0) return 'docx';
  if (indexOfBytes(window, asciiBytes('xl/')) >= 0) return 'xlsx';
  if (indexOfBytes(window, asciiBytes('ppt/')) >= 0) return 'pptx';
  if (indexOfBytes(window, asciiBytes('application/vnd.oasis.opendocument')) >= 0) return 'opendocument';
  return 'zip';
}

function isMostlyText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 1024));
  let control = 0;
  for (const byte of sample) if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  return sample.length > 0 && control === 0;
}
