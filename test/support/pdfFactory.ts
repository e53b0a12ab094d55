/**
 * Real PDF files for tests and benchmarks, written by hand: text pages (Helvetica) with a classic
 * cross-reference table, a cross-reference stream (with a PNG predictor), object streams, an
 * incremental update, a hybrid file, or standard-handler encryption, optionally with an Info dictionary
 * and XMP metadata (plain, compressed, in object streams); and scan-like PDFs whose pages
 * are colour JPEGs of ruled paper with grey "handwriting". Every file opens in pdf.js and Poppler.
 * Test-only: it uses node:zlib and node:crypto, and makes its own offsets, so it is independent of
 * the reader in src/engine/pdf.
 */
import { createCipheriv, createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { encode as encodeJpeg } from 'jpeg-js';

export type XrefKind = 'table' | 'stream' | 'hybrid';
export type Encryption = 'rc4-128' | 'aes-128' | 'aes-256' | 'rc4-40-v4' | 'attachments-only';

export interface PdfOptions {
  /** Number of pages (default 1). */
  pages?: number;
  /** `table` (default), `stream` (an xref stream with a PNG predictor), `hybrid` (a table plus /XRefStm). */
  xref?: XrefKind;
  /** Keep the catalog, page tree and page dictionaries in an object stream (implies an xref stream). */
  objectStreams?: boolean;
  /** Write the file as an original plus one incremental update (/Prev) that adds the later pages. */
  incrementalUpdate?: boolean;
  /** Text drawn on each page (Latin-1; other characters become `?`). */
  text?: string;
  /** Encrypt with the standard security handler; by default the user password is empty (owner password only). */
  encrypt?: boolean;
  /**
   * Cipher when encrypting: `aes-128` (default; V4 R4), `rc4-128` (V2 R3), `aes-256` (V5 R6), `rc4-40-v4` (40-bit
   * RC4 under V4, as Acrobat writes it), `attachments-only` (V4: only attached files are encrypted, AES-128, /EFOpen).
   */
  encryption?: Encryption;
  /** A user password: the file then cannot be opened without it. */
  userPassword?: string;
  /**
   * A document information dictionary (trailer /Info). It goes with the other dictionaries: into the
   * object stream when `objectStreams`, unless `infoOutsideObjectStream`.
   */
  info?: Record<string, InfoValue>;
  /** Write the Info dictionary as a plain object even when the other dictionaries are packed. */
  infoOutsideObjectStream?: boolean;
  /** With `incrementalUpdate`: the update writes this newer version of the Info dictionary (same object number). */
  updatedInfo?: Record<string, InfoValue>;
  /** An XMP packet (written as UTF-8) as the catalog's /Metadata stream. */
  xmp?: string;
  /** Compress the XMP stream with FlateDecode. */
  xmpDeflated?: boolean;
  /** A text file attached to the document (the catalog's /Names /EmbeddedFiles), named `answers.txt`. */
  attachment?: string;
}

/**
 * An Info entry's value: PDF source text written as is (`(Ivanov \\(teacher\\))`, `<FEFF0418>`, `/Name`),
 * or a text string's bytes, written as a hex string (and encrypted with the file, when it is encrypted).
 */
export type InfoValue = string | Uint8Array;

/** A text string as PDF source: UTF-16BE with a byte-order mark, as a hex string `<FEFF…>`. */
export function pdfUtf16Hex(text: string): string {
  return `<${hex(utf16be(text))}>`;
}

/** A text string as PDF source: UTF-16BE with a byte-order mark, as a literal string with escapes. */
export function pdfUtf16Literal(text: string): string {
  return pdfBytesLiteral(utf16be(text));
}

/** Any bytes as a literal string: `( ) \\` escaped, other bytes outside printable ASCII as octal escapes. */
export function pdfBytesLiteral(bytes: Uint8Array): string {
  let out = '(';
  for (const byte of bytes) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte < 0x20 || byte > 0x7e) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(byte);
  }
  return `${out})`;
}

function utf16be(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xfe;
  out[1] = 0xff;
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) >> 8;
    out[3 + 2 * i] = text.charCodeAt(i) & 0xff;
  }
  return out;
}

/** An Info dictionary's source; byte values become hex strings, encrypted by `encrypt` when given. */
function infoBody(entries: Record<string, InfoValue>, encrypt?: (data: Uint8Array) => Uint8Array): string {
  const values = Object.entries(entries).map(([key, value]) =>
    `/${key} ${typeof value === 'string' ? value : `<${hex(encrypt ? encrypt(value) : value)}>`}`);
  return `<< ${values.join(' ')} >>`;
}

/** The catalog's XMP stream (/Type /Metadata /Subtype /XML), UTF-8, optionally deflated. */
function xmpObject(num: number, xmp: string, deflated: boolean): PdfObject {
  const data = new TextEncoder().encode(xmp);
  return { num, body: '<< /Type /Metadata /Subtype /XML >>', stream: deflated ? deflateSync(data) : data, deflated };
}

const A4 = { width: 595.276, height: 841.89 };
export const A4_300DPI = { width: 2480, height: 3508 } as const;
const DEFAULT_JPEG_QUALITY = 75;
const OWNER_PASSWORD = 'owner';
/** Printing and copying allowed, changing not: a typical "protected" scan. */
const PERMISSIONS = -1836;

// ---------------------------------------------------------------------------------------------------------
// Writing bytes

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (ch) => {
  const code = ch.charCodeAt(0);
  return code < 256 ? code : 0x3f;
});

class ByteWriter {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  write(data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? latin1(data) : data;
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  bytes(): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(this.length);
    let pos = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, pos);
      pos += chunk.length;
    }
    return out;
  }
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const writer = new ByteWriter();
  for (const part of parts) writer.write(part);
  return writer.bytes();
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex').toUpperCase();
}

function pdfLiteral(text: string): string {
  return `(${Array.from(text, (ch) => (ch.charCodeAt(0) < 256 ? ch : '?')).join('').replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** An object to write: a dictionary or other value, with optional (unencrypted, unfiltered-by-us) stream data. */
interface PdfObject {
  num: number;
  body: string;
  stream?: Uint8Array;
  /** Already compressed with FlateDecode (adds /Filter). */
  deflated?: boolean;
  /** A /Length to write instead of the true one (a damaged file). */
  declaredLength?: number;
  /** An attached file's data (/Type /EmbeddedFile): encrypted also by a handler that encrypts only those. */
  embeddedFile?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Encryption (standard security handler), written independently of the reader

const PASSWORD_PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

function md5(...parts: Uint8Array[]): Uint8Array {
  const hash = createHash('md5');
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
}

function sha(bits: 256 | 384 | 512, data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash(`sha${bits}`).update(data).digest());
}

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 0xff];
  }
  return out;
}

function aes(bits: 128 | 256, key: Uint8Array, iv: Uint8Array | null, data: Uint8Array, padding: boolean): Uint8Array {
  const cipher = createCipheriv(iv ? `aes-${bits}-cbc` : `aes-${bits}-ecb`, key, iv);
  cipher.setAutoPadding(padding);
  return new Uint8Array(Buffer.concat([cipher.update(data), cipher.final()]));
}

function padPassword(password: string): Uint8Array {
  const bytes = latin1(password).subarray(0, 32);
  return concat(bytes, PASSWORD_PADDING.subarray(0, 32 - bytes.length));
}

/** Deterministic "random" bytes for salts and IVs, so files are reproducible. */
function pseudoRandomBytes(label: string, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let filled = 0, round = 0; filled < length; round++) {
    const block = sha(256, latin1(`${label}:${round}`));
    out.set(block.subarray(0, Math.min(32, length - filled)), filled);
    filled += 32;
  }
  return out;
}

/** Algorithm 2.B (revision 6). */
function hardenedHash(password: Uint8Array, salt: Uint8Array, userKey: Uint8Array): Uint8Array {
  let k = sha(256, concat(password, salt, userKey));
  for (let round = 0; ; round++) {
    const block = concat(password, k, userKey);
    const k1 = new Uint8Array(block.length * 64);
    for (let i = 0; i < 64; i++) k1.set(block, i * block.length);
    const e = aes(128, k.subarray(0, 16), k.subarray(16, 32), k1, false);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i];
    k = sha(([256, 384, 512] as const)[sum % 3], e);
    if (round >= 63 && e[e.length - 1] <= round + 1 - 32) break;
  }
  return k.subarray(0, 32);
}

/** What a handler encrypts: every string and stream, or only the streams of attached files. */
type EncryptionScope = 'all' | 'embedded-files';

interface Encrypter {
  dictionary: string;
  scope: EncryptionScope;
  encrypt(data: Uint8Array, num: number, gen: number): Uint8Array;
}

function makeEncrypter(kind: Encryption, userPassword: string, fileId: Uint8Array): Encrypter {
  const p = PERMISSIONS;
  const pBytes = Uint8Array.from([p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff, (p >>> 24) & 0xff]);
  if (kind === 'aes-256') {
    const fileKey = pseudoRandomBytes('file key', 32);
    const user = latin1(userPassword);
    const owner = latin1(OWNER_PASSWORD);
    const userValidationSalt = pseudoRandomBytes('uvs', 8);
    const userKeySalt = pseudoRandomBytes('uks', 8);
    const u = concat(hardenedHash(user, userValidationSalt, new Uint8Array(0)), userValidationSalt, userKeySalt);
    const ue = aes(256, hardenedHash(user, userKeySalt, new Uint8Array(0)), new Uint8Array(16), fileKey, false);
    const ownerValidationSalt = pseudoRandomBytes('ovs', 8);
    const ownerKeySalt = pseudoRandomBytes('oks', 8);
    const o = concat(hardenedHash(owner, ownerValidationSalt, u), ownerValidationSalt, ownerKeySalt);
    const oe = aes(256, hardenedHash(owner, ownerKeySalt, u), new Uint8Array(16), fileKey, false);
    const perms = aes(256, fileKey, null, concat(pBytes, Uint8Array.from([255, 255, 255, 255]), latin1('Tadb'), pseudoRandomBytes('perms', 4)), false);
    return {
      dictionary:
        `<< /Filter /Standard /V 5 /R 6 /Length 256 /P ${p} /O <${hex(o)}> /U <${hex(u)}> /OE <${hex(oe)}> /UE <${hex(ue)}> ` +
        `/Perms <${hex(perms)}> /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF >>`,
      scope: 'all',
      encrypt: (data, num, gen) => {
        const iv = pseudoRandomBytes(`iv ${num} ${gen}`, 16);
        return concat(iv, aes(256, fileKey, iv, data, true));
      },
    };
  }
  const handler = LEGACY_HANDLERS[kind];
  const keyLength = handler.keyLength;
  // Algorithm 3: /O from the owner password.
  let ownerHash = md5(padPassword(OWNER_PASSWORD));
  for (let i = 0; i < 50; i++) ownerHash = md5(ownerHash);
  const ownerKey = ownerHash.subarray(0, keyLength);
  let o = rc4(ownerKey, padPassword(userPassword));
  for (let i = 1; i <= 19; i++) o = rc4(ownerKey.map((b) => b ^ i), o);
  // Algorithm 2: the file key from the user password.
  let keyHash = md5(padPassword(userPassword), o, pBytes, fileId);
  for (let i = 0; i < 50; i++) keyHash = md5(keyHash.subarray(0, keyLength));
  const fileKey = keyHash.subarray(0, keyLength);
  // Algorithm 5: /U.
  let u = rc4(fileKey, md5(PASSWORD_PADDING, fileId));
  for (let i = 1; i <= 19; i++) u = rc4(fileKey.map((b) => b ^ i), u);
  u = concat(u, pseudoRandomBytes('u padding', 16));
  // Under the V4 handler a shorter file key is padded with zeros to 16 bytes before object keys are made.
  const objectKeyBase = handler.padKeyTo16 ? concat(fileKey, new Uint8Array(16 - keyLength)) : fileKey;
  return {
    dictionary: `<< /Filter /Standard ${handler.dictionary} /P ${p} /O <${hex(o)}> /U <${hex(u)}> >>`,
    scope: handler.scope,
    encrypt: (data, num, gen) => {
      const salt = handler.cipher === 'aes' ? latin1('sAlT') : new Uint8Array(0);
      const objectKey = md5(objectKeyBase, Uint8Array.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff]), salt)
        .subarray(0, Math.min(objectKeyBase.length + 5, 16));
      if (handler.cipher === 'rc4') return rc4(objectKey, data);
      const iv = pseudoRandomBytes(`iv ${num} ${gen}`, 16);
      return concat(iv, aes(128, objectKey, iv, data, true));
    },
  };
}

interface LegacyHandler {
  /** File key length in bytes. */
  keyLength: number;
  /** The /Encrypt entries besides /Filter, /P, /O and /U. */
  dictionary: string;
  cipher: 'rc4' | 'aes';
  scope: EncryptionScope;
  padKeyTo16?: boolean;
}

/** The standard handler's revisions 3 and 4, as writers use them. */
const LEGACY_HANDLERS: Record<Exclude<Encryption, 'aes-256'>, LegacyHandler> = {
  'rc4-128': { keyLength: 16, dictionary: '/V 2 /R 3 /Length 128', cipher: 'rc4', scope: 'all' },
  'aes-128': {
    keyLength: 16,
    dictionary: '/V 4 /R 4 /Length 128 /CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF',
    cipher: 'aes',
    scope: 'all',
  },
  // Acrobat's 40-bit RC4 under the V4 handler: a crypt filter /CFM /V2 whose /Length counts bytes.
  'rc4-40-v4': {
    keyLength: 5,
    dictionary: '/V 4 /R 4 /Length 40 /CF << /StdCF << /CFM /V2 /AuthEvent /DocOpen /Length 5 >> >> /StmF /StdCF /StrF /StdCF',
    cipher: 'rc4',
    scope: 'all',
    padKeyTo16: true,
  },
  // Only attached files are encrypted, and only asked for when one is opened (/AuthEvent /EFOpen).
  'attachments-only': {
    keyLength: 16,
    dictionary: '/V 4 /R 4 /Length 128 /CF << /StdCF << /CFM /AESV2 /AuthEvent /EFOpen /Length 16 >> >> /StmF /Identity /StrF /Identity /EFF /StdCF',
    cipher: 'aes',
    scope: 'embedded-files',
  },
};

// ---------------------------------------------------------------------------------------------------------
// The file writer: objects, object streams, cross-reference sections

interface XrefRow {
  num: number;
  type: 'offset' | 'compressed';
  offset: number;
  stream?: number;
  index?: number;
}

class PdfFileWriter {
  readonly out = new ByteWriter();
  constructor(
    private readonly encrypter?: Encrypter,
    /** Object numbers never encrypted (the encryption dictionary). */
    private readonly plainObjects: Set<number> = new Set(),
  ) {}

  header(version: string): void {
    // A binary comment line, as writers put it, so transfer tools treat the file as binary.
    this.out.write(`%PDF-${version}\n%\xe2\xe3\xcf\xd3\n`);
  }

  /** Writes one object; returns its offset. */
  object(object: PdfObject): number {
    const offset = this.out.length;
    if (object.stream === undefined) {
      this.out.write(`${object.num} 0 obj\n${object.body}\nendobj\n`);
      return offset;
    }
    let data = object.stream;
    if (this.encrypter && !this.plainObjects.has(object.num) && (this.encrypter.scope === 'all' || object.embeddedFile)) {
      data = this.encrypter.encrypt(data, object.num, 0);
    }
    const filter = object.deflated ? ' /Filter /FlateDecode' : '';
    const dict = object.body.replace(/>>\s*$/, `/Length ${object.declaredLength ?? data.length}${filter} >>`);
    this.out.write(`${object.num} 0 obj\n${dict}\nstream\n`);
    this.out.write(data);
    this.out.write('\nendstream\nendobj\n');
    return offset;
  }

  /** Packs non-stream objects into one object stream; returns its xref rows (the stream's own row included). */
  objectStream(num: number, objects: PdfObject[]): XrefRow[] {
    const bodies = objects.map((object) => `${object.body}\n`);
    let header = '';
    let position = 0;
    bodies.forEach((body, i) => {
      header += `${objects[i].num} ${position} `;
      position += body.length;
    });
    header += '\n';
    const data = deflateSync(latin1(header + bodies.join('')));
    const offset = this.object({ num, body: `<< /Type /ObjStm /N ${objects.length} /First ${header.length} >>`, stream: data, deflated: true });
    return [
      { num, type: 'offset', offset },
      ...objects.map((object, index): XrefRow => ({ num: object.num, type: 'compressed', offset: 0, stream: num, index })),
    ];
  }

  /** A classic table: subsections of consecutive numbers (object 0 is in the first section only). */
  table(rows: XrefRow[], trailer: string, withObjectZero: boolean): number {
    const offset = this.out.length;
    const sorted = rows.filter((row) => row.type === 'offset').sort((a, b) => a.num - b.num);
    let text = 'xref\n';
    if (withObjectZero) text += '0 1\n0000000000 65535 f\r\n';
    for (let i = 0; i < sorted.length; ) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1].num === sorted[j].num + 1) j++;
      text += `${sorted[i].num} ${j - i + 1}\n`;
      for (let k = i; k <= j; k++) text += `${String(sorted[k].offset).padStart(10, '0')} 00000 n\r\n`;
      i = j + 1;
    }
    this.out.write(`${text}trailer\n${trailer}\nstartxref\n${offset}\n%%EOF\n`);
    return offset;
  }

  /** A cross-reference stream with /W [1 4 2], /Index, FlateDecode and a PNG Up predictor. */
  xrefStream(num: number, rows: XrefRow[], trailerEntries: string, withObjectZero: boolean, finish = true): number {
    const offset = this.out.length;
    const all = [...rows, { num, type: 'offset' as const, offset }].sort((a, b) => a.num - b.num);
    const fields: number[][] = [];
    const index: number[] = [];
    if (withObjectZero) {
      index.push(0, 1);
      fields.push([0, 0, 65535]);
    }
    for (let i = 0; i < all.length; ) {
      let j = i;
      while (j + 1 < all.length && all[j + 1].num === all[j].num + 1) j++;
      index.push(all[i].num, j - i + 1);
      for (let k = i; k <= j; k++) {
        const row = all[k];
        fields.push(row.type === 'offset' ? [1, row.offset, 0] : [2, row.stream!, row.index!]);
      }
      i = j + 1;
    }
    const columns = 7;
    const raw = new Uint8Array(fields.length * (columns + 1));
    let previous = new Uint8Array(columns);
    fields.forEach(([type, field2, field3], r) => {
      const row = Uint8Array.from([type, field2 >>> 24, (field2 >> 16) & 0xff, (field2 >> 8) & 0xff, field2 & 0xff, field3 >> 8, field3 & 0xff]);
      raw[r * (columns + 1)] = 2; // PNG "Up"
      for (let c = 0; c < columns; c++) raw[r * (columns + 1) + 1 + c] = (row[c] - previous[c]) & 0xff;
      previous = row;
    });
    const size = Math.max(...all.map((row) => row.num)) + 1;
    const data = deflateSync(raw);
    this.out.write(
      `${num} 0 obj\n<< /Type /XRef /Size ${size} /W [1 4 2] /Index [${index.join(' ')}] ` +
        `/DecodeParms << /Predictor 12 /Columns ${columns} >> ${trailerEntries} /Length ${data.length} /Filter /FlateDecode >>\nstream\n`,
    );
    this.out.write(data);
    this.out.write('\nendstream\nendobj\n');
    if (finish) this.out.write(`startxref\n${offset}\n%%EOF\n`);
    return offset;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Text PDFs

function pageContent(text: string, pageNumber: number, pages: number): Uint8Array {
  return latin1(
    `0.2 0.2 0.2 RG 2 w 56 56 483.276 729.89 re S\n` +
      `BT /F1 20 Tf 72 760 Td ${pdfLiteral(text)} Tj ET\n` +
      `BT /F1 12 Tf 72 730 Td ${pdfLiteral(`Page ${pageNumber} of ${pages}`)} Tj ET\n`,
  );
}

/** A small valid PDF of text pages (Helvetica); `text` is drawn on each page. */
export function makePdf(options: PdfOptions = {}): Uint8Array<ArrayBuffer> {
  const pages = Math.max(0, Math.floor(options.pages ?? 1));
  const objectStreams = options.objectStreams ?? false;
  const xrefKind: XrefKind = options.xref ?? (objectStreams ? 'stream' : 'table');
  const packed = objectStreams || xrefKind === 'hybrid';
  const text = options.text ?? 'Recheck test page';
  const fileId = md5(latin1(`recheck ${pages} ${xrefKind} ${packed} ${text}`));
  const encrypted = options.encrypt ?? false;

  // Numbers: 1 catalog, 2 page tree, 3 font, then page i: 4 + 2i (page), 5 + 2i (content).
  const pageNum = (i: number): number => 4 + 2 * i;
  const contentNum = (i: number): number => 5 + 2 * i;
  let next = contentNum(pages);
  const encryptNum = encrypted ? next++ : 0;
  const infoNum = options.info || options.updatedInfo ? next++ : 0;
  const xmpNum = options.xmp !== undefined ? next++ : 0;
  const attachmentNum = options.attachment !== undefined ? next++ : 0;
  const attachmentDataNum = attachmentNum ? next++ : 0;
  const encrypter = encrypted ? makeEncrypter(options.encryption ?? 'aes-128', options.userPassword ?? '', fileId) : undefined;
  const writer = new PdfFileWriter(encrypter, new Set([encryptNum]));
  writer.header(packed || xrefKind !== 'table' ? '1.7' : '1.4');

  const incremental = options.incrementalUpdate ?? false;
  const firstPages = incremental ? Math.min(pages, Math.max(1, pages - 1)) : pages;
  const pageTree = (count: number): PdfObject => ({
    num: 2,
    body: `<< /Type /Pages /Kids [${Array.from({ length: count }, (_, i) => `${pageNum(i)} 0 R`).join(' ')}] /Count ${count} >>`,
  });
  const pageObject = (i: number): PdfObject => ({
    num: pageNum(i),
    body: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentNum(i)} 0 R >>`,
  });
  const contentObject = (i: number, version = ''): PdfObject => ({
    num: contentNum(i),
    body: '<< >>',
    stream: deflateSync(pageContent(`${text}${version}`, i + 1, pages)),
    deflated: true,
  });

  const trailerEntries = (size: number, prev?: number): string =>
    `/Size ${size} /Root 1 0 R /ID [<${hex(fileId)}> <${hex(fileId)}>]` +
    (encrypted ? ` /Encrypt ${encryptNum} 0 R` : '') +
    (infoNum ? ` /Info ${infoNum} 0 R` : '') +
    (prev !== undefined ? ` /Prev ${prev}` : '');

  /** Writes one section's objects and its cross-reference; returns the xref offset. */
  const writeSection = (dictionaries: PdfObject[], streams: PdfObject[], prev: number | undefined): number => {
    const rows: XrefRow[] = [];
    for (const object of streams) rows.push({ num: object.num, type: 'offset', offset: writer.object(object) });
    if (encrypted && prev === undefined) rows.push({ num: encryptNum, type: 'offset', offset: writer.object({ num: encryptNum, body: encrypter!.dictionary }) });
    const compressedRows: XrefRow[] = [];
    if (packed && dictionaries.length > 0) {
      compressedRows.push(...writer.objectStream(next++, dictionaries));
    } else {
      for (const object of dictionaries) rows.push({ num: object.num, type: 'offset', offset: writer.object(object) });
    }
    const xrefNum = next++;
    const size = next;
    const first = prev === undefined;
    if (xrefKind === 'table' && !packed) return writer.table(rows, `<< ${trailerEntries(size, prev)} >>`, first);
    if (xrefKind === 'hybrid') {
      // The hidden stream lists the compressed objects; the table lists the plain ones.
      const streamOffset = writer.xrefStream(xrefNum, compressedRows.filter((row) => row.type === 'compressed'), `/Size ${size}`, false, false);
      const plainRows = [...rows, ...compressedRows.filter((row) => row.type === 'offset'), { num: xrefNum, type: 'offset' as const, offset: streamOffset }];
      return writer.table(plainRows, `<< ${trailerEntries(size, prev)} /XRefStm ${streamOffset} >>`, first);
    }
    return writer.xrefStream(xrefNum, [...rows, ...compressedRows], trailerEntries(size, prev), first);
  };

  /** Strings of a plain object are encrypted with it; inside an object stream the stream is. */
  const infoObject = (entries: Record<string, InfoValue>, plain: boolean): PdfObject => ({
    num: infoNum,
    body: infoBody(entries, plain && encrypter?.scope === 'all' ? (data) => encrypter.encrypt(data, infoNum, 0) : undefined),
  });
  /** The Info dictionary joins the packed dictionaries, or is written plain with the streams. */
  const withInfo = (entries: Record<string, InfoValue> | undefined, dictionaries: PdfObject[], streams: PdfObject[]): [PdfObject[], PdfObject[]] => {
    if (!entries) return [dictionaries, streams];
    const plain = options.infoOutsideObjectStream || !packed;
    return plain ? [dictionaries, [...streams, infoObject(entries, true)]] : [[...dictionaries, infoObject(entries, false)], streams];
  };

  const firstDictionaries = [
    {
      num: 1,
      body:
        `<< /Type /Catalog /Pages 2 0 R${xmpNum ? ` /Metadata ${xmpNum} 0 R` : ''}` +
        `${attachmentNum ? ` /Names << /EmbeddedFiles << /Names [(answers.txt) ${attachmentNum} 0 R] >> >>` : ''} >>`,
    },
    pageTree(firstPages),
    { num: 3, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    ...Array.from({ length: firstPages }, (_, i) => pageObject(i)),
  ];
  const firstStreams = Array.from({ length: firstPages }, (_, i) => contentObject(i));
  if (xmpNum) firstStreams.push(xmpObject(xmpNum, options.xmp!, options.xmpDeflated ?? false));
  if (attachmentNum) {
    firstDictionaries.push({ num: attachmentNum, body: `<< /Type /Filespec /F (answers.txt) /UF (answers.txt) /EF << /F ${attachmentDataNum} 0 R >> >>` });
    firstStreams.push({ num: attachmentDataNum, body: '<< /Type /EmbeddedFile /Subtype /text#2Fplain >>', stream: latin1(options.attachment!), embeddedFile: true });
  }
  const firstXref = writeSection(...withInfo(options.info, firstDictionaries, firstStreams), undefined);

  if (incremental) {
    if (pages > firstPages) {
      const added = Array.from({ length: pages - firstPages }, (_, k) => firstPages + k);
      writeSection(...withInfo(options.updatedInfo, [pageTree(pages), ...added.map(pageObject)], added.map((i) => contentObject(i))), firstXref);
    } else {
      // One page: the update replaces the page's content.
      writeSection(...withInfo(options.updatedInfo, [], [contentObject(0, ' (updated)')]), firstXref);
    }
  }
  return writer.out.bytes();
}

// ---------------------------------------------------------------------------------------------------------
// Scan-like PDFs

/** mulberry32: a small deterministic generator. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Canvas {
  readonly data: Uint8ClampedArray;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8ClampedArray(width * height * 4);
  }

  /** Blends a disc of colour at (x, y): the pen's ink. */
  dot(x: number, y: number, radius: number, colour: readonly [number, number, number], alpha: number): void {
    const { width, height, data } = this;
    const r = Math.ceil(radius);
    const cx = Math.round(x);
    const cy = Math.round(y);
    for (let dy = -r; dy <= r; dy++) {
      const py = cy + dy;
      if (py < 0 || py >= height) continue;
      for (let dx = -r; dx <= r; dx++) {
        const px = cx + dx;
        if (px < 0 || px >= width || dx * dx + dy * dy > radius * radius) continue;
        const p = (py * width + px) * 4;
        data[p] = data[p] + (colour[0] - data[p]) * alpha;
        data[p + 1] = data[p + 1] + (colour[1] - data[p + 1]) * alpha;
        data[p + 2] = data[p + 2] + (colour[2] - data[p + 2]) * alpha;
      }
    }
  }

  rectangle(x: number, y: number, w: number, h: number, colour: readonly [number, number, number], alpha: number): void {
    const { width, height, data } = this;
    for (let py = Math.max(0, Math.round(y)); py < Math.min(height, Math.round(y + h)); py++) {
      for (let px = Math.max(0, Math.round(x)); px < Math.min(width, Math.round(x + w)); px++) {
        const p = (py * width + px) * 4;
        data[p] = data[p] + (colour[0] - data[p]) * alpha;
        data[p + 1] = data[p + 1] + (colour[1] - data[p + 1]) * alpha;
        data[p + 2] = data[p + 2] + (colour[2] - data[p + 2]) * alpha;
      }
    }
  }
}

/**
 * One scanned page as a colour JPEG: off-white paper with light noise and uneven tone, ruled lines and
 * a margin, a printed task header, and grey-blue pen "handwriting"; deterministic from `seed`. At the
 * default 2480×3508 (A4, 300 dpi) it comes out at roughly a megabyte, as real colour scans do.
 */
export function makeScanPage(seed: number, widthPx: number = A4_300DPI.width, heightPx: number = A4_300DPI.height, quality = DEFAULT_JPEG_QUALITY): Uint8Array<ArrayBuffer> {
  const next = random(seed * 7919 + 17);
  const canvas = new Canvas(widthPx, heightPx);
  const scale = widthPx / A4_300DPI.width;
  const { data } = canvas;

  // Paper: a slight tint that varies across the sheet, plus per-pixel scanner noise.
  const tint = [244 + next() * 6, 241 + next() * 6, 232 + next() * 8];
  let noise = (seed * 2654435761) >>> 0 || 1;
  for (let y = 0; y < heightPx; y++) {
    const shade = 4 * Math.sin((y / heightPx) * Math.PI * (1 + (seed % 3)));
    for (let x = 0; x < widthPx; x++) {
      noise ^= noise << 13;
      noise ^= noise >>> 17;
      noise ^= noise << 5;
      const common = ((noise & 0xff) / 255 - 0.5) * 14;
      const p = (y * widthPx + x) * 4;
      data[p] = tint[0] + shade + common + (((noise >>> 8) & 0x0f) - 7.5) * 0.5;
      data[p + 1] = tint[1] + shade + common + (((noise >>> 12) & 0x0f) - 7.5) * 0.5;
      data[p + 2] = tint[2] + shade + common + (((noise >>> 16) & 0x0f) - 7.5) * 0.5;
      data[p + 3] = 255;
    }
  }

  // Ruled lines every 8 mm and a red margin.
  const lineGap = 94 * scale;
  const top = 560 * scale;
  for (let y = top; y < heightPx - 150 * scale; y += lineGap) canvas.rectangle(0, y, widthPx, Math.max(1, 3 * scale), [150, 175, 210], 0.55);
  canvas.rectangle(300 * scale, 0, Math.max(1, 4 * scale), heightPx, [215, 90, 90], 0.5);

  // A printed header: rows of dark "words".
  for (let row = 0; row < 4; row++) {
    let x = 330 * scale;
    const y = (150 + row * 85) * scale;
    while (x < widthPx - 250 * scale) {
      const w = (60 + next() * 220) * scale;
      canvas.rectangle(x, y, w, 34 * scale, [40, 40, 45], 0.85);
      x += w + 30 * scale;
    }
  }

  // Handwriting: wavy pen strokes sitting on the ruled lines, word by word.
  const ink = [70 + next() * 30, 72 + next() * 30, 92 + next() * 35] as const;
  const pen = Math.max(0.8, 3.2 * scale);
  const step = Math.max(0.7, 2 * scale);
  for (let y = top + lineGap; y < heightPx - 200 * scale; y += lineGap) {
    if (next() < 0.15) continue;
    let x = (340 + next() * 60) * scale;
    const lineEnd = widthPx - (150 + next() * 700) * scale;
    while (x < lineEnd) {
      const wordLength = (120 + next() * 380) * scale;
      const frequency = (0.05 + next() * 0.05) / scale;
      const height = (22 + next() * 16) * scale;
      const phase = next() * Math.PI * 2;
      for (let d = 0; d < wordLength && x + d < lineEnd; d += step) {
        const wobble = Math.sin((x + d) * frequency + phase);
        const loop = Math.cos((x + d) * frequency * 2.3 + phase);
        canvas.dot(x + d + loop * 6 * scale, y - 12 * scale - height * (0.5 + 0.5 * wobble), pen, ink, 0.8);
      }
      x += wordLength + (40 + next() * 60) * scale;
    }
  }

  const jpeg = encodeJpeg({ width: widthPx, height: heightPx, data }, quality).data;
  return new Uint8Array(jpeg.buffer.slice(jpeg.byteOffset, jpeg.byteOffset + jpeg.byteLength)) as Uint8Array<ArrayBuffer>;
}

/** A PDF with one full-page colour JPEG per page (DCTDecode image XObjects on A4 pages), classic xref table. */
export function makePdfFromJpegPages(
  jpegs: Uint8Array[],
  widthPx: number,
  heightPx: number,
  metadata: { info?: Record<string, InfoValue>; xmp?: string; xmpDeflated?: boolean } = {},
): Uint8Array<ArrayBuffer> {
  const writer = new PdfFileWriter();
  writer.header('1.4');
  const rows: XrefRow[] = [];
  const pageNum = (i: number): number => 3 + 3 * i;
  const put = (object: PdfObject): void => {
    rows.push({ num: object.num, type: 'offset', offset: writer.object(object) });
  };
  const infoNum = pageNum(jpegs.length);
  const xmpNum = infoNum + 1;
  const xmpEntry = metadata.xmp !== undefined ? ` /Metadata ${xmpNum} 0 R` : '';
  put({ num: 1, body: `<< /Type /Catalog /Pages 2 0 R${xmpEntry} >>` });
  put({ num: 2, body: `<< /Type /Pages /Kids [${jpegs.map((_, i) => `${pageNum(i)} 0 R`).join(' ')}] /Count ${jpegs.length} >>` });
  jpegs.forEach((jpeg, i) => {
    const page = pageNum(i);
    put({
      num: page,
      body: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /XObject << /Im1 ${page + 2} 0 R >> >> /Contents ${page + 1} 0 R >>`,
    });
    put({ num: page + 1, body: '<< >>', stream: latin1(`q ${A4.width} 0 0 ${A4.height} 0 0 cm /Im1 Do Q\n`) });
    put({
      num: page + 2,
      body: `<< /Type /XObject /Subtype /Image /Width ${widthPx} /Height ${heightPx} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode >>`,
      stream: jpeg,
    });
  });
  if (metadata.info) put({ num: infoNum, body: infoBody(metadata.info) });
  if (metadata.xmp !== undefined) put(xmpObject(xmpNum, metadata.xmp, metadata.xmpDeflated ?? false));
  const size = metadata.xmp !== undefined ? xmpNum + 1 : metadata.info ? infoNum + 1 : infoNum;
  writer.table(rows, `<< /Size ${size} /Root 1 0 R${metadata.info ? ` /Info ${infoNum} 0 R` : ''} >>`, true);
  return writer.out.bytes();
}

/** A scan-like PDF: each page one colour JPEG (A4 at 300 dpi by default), deterministic from `seed`. */
export function makeScanPdf(options: { pages: number; seed?: number; widthPx?: number; heightPx?: number; quality?: number }): Uint8Array<ArrayBuffer> {
  const widthPx = options.widthPx ?? A4_300DPI.width;
  const heightPx = options.heightPx ?? A4_300DPI.height;
  const seed = options.seed ?? 1;
  const jpegs = Array.from({ length: options.pages }, (_, i) => makeScanPage(seed + i, widthPx, heightPx, options.quality));
  return makePdfFromJpegPages(jpegs, widthPx, heightPx);
}

// ---------------------------------------------------------------------------------------------------------
// Hand-made structures

export interface RawPdfObject {
  num: number;
  /** The object's value as PDF text, e.g. `<< /Type /Pages /Kids [3 0 R] /Count 1 >>`. */
  body: string;
  /** Stream data (written as is; /Length is added to the dictionary). */
  stream?: Uint8Array | string;
  /** A /Length to write instead of the true one. */
  declaredLength?: number;
}

/**
 * A PDF from objects written as text, with a correct classic cross-reference table: for structures the
 * other makers do not produce (lying /Count, cycles in /Kids, dangling references). `prefix` bytes are
 * written before `%PDF-` and counted in the offsets.
 */
export function makeRawPdf(objects: RawPdfObject[], options: { root?: number; trailer?: string; prefix?: string; version?: string } = {}): Uint8Array<ArrayBuffer> {
  const writer = new PdfFileWriter();
  if (options.prefix) writer.out.write(options.prefix);
  writer.header(options.version ?? '1.4');
  const rows: XrefRow[] = objects.map((object) => ({
    num: object.num,
    type: 'offset',
    offset: writer.object({
      num: object.num,
      body: object.body,
      stream: typeof object.stream === 'string' ? latin1(object.stream) : object.stream,
      declaredLength: object.declaredLength,
    }),
  }));
  const size = Math.max(0, ...objects.map((object) => object.num)) + 1;
  writer.table(rows, `<< /Size ${size} /Root ${options.root ?? 1} 0 R ${options.trailer ?? ''} >>`, true);
  return writer.out.bytes();
}

// ---------------------------------------------------------------------------------------------------------
// Damage

/** The first `keepFraction` of the file (a transfer that stopped early). */
export function truncate(bytes: Uint8Array, keepFraction: number): Uint8Array<ArrayBuffer> {
  return bytes.slice(0, Math.floor(bytes.length * Math.min(1, Math.max(0, keepFraction))));
}

function lastIndexOfText(bytes: Uint8Array, text: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf(text, undefined, 'latin1');
}

/**
 * Breaks the cross-reference so that a reader must reconstruct: the last `startxref` points into the
 * middle of the file, every in-use entry of each classic table is off by 7 bytes, and the data of each
 * cross-reference stream is zeroed.
 */
export function breakXref(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = bytes.slice();
  const text = Buffer.from(out.buffer, out.byteOffset, out.byteLength).toString('latin1');
  // Table entries: `0000012345 00000 n` → offset + 7.
  for (const match of text.matchAll(/(\d{10}) (\d{5}) n(?=\r\n| \n| \r)/g)) {
    const shifted = String(Number(match[1]) + 7).padStart(10, '0');
    out.set(latin1(shifted), match.index);
  }
  // Cross-reference streams: zero the compressed data.
  for (const match of text.matchAll(/\/Type \/XRef[^]*?stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end > start) out.fill(0, start, end);
  }
  const at = lastIndexOfText(out, 'startxref');
  if (at < 0) return out;
  const digits = /\s*(\d+)/.exec(text.slice(at + 9, at + 40));
  if (!digits) return out;
  const numberStart = at + 9 + digits[0].length - digits[1].length;
  const wrong = String(Math.floor(Number(digits[1]) / 2));
  return concat(out.subarray(0, numberStart), latin1(wrong), out.subarray(numberStart + digits[1].length));
}
