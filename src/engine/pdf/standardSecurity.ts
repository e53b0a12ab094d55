/**
 * The standard security handler (ISO 32000-2, 7.6.4), for one question only: does the file open with
 * an empty user password (an owner-password-only file, which every viewer opens), and if so, how are
 * its object streams decrypted. A file that needs a real password is `needs-password`. Where writers and
 * the standard part ways (key lengths under V4, files that encrypt only their attachments), this reads
 * files as pdf.js, the viewer, does.
 */

import { md5 } from './md5';
import { isInteger, isName, PdfDict, PdfName, PdfString, type PdfValue } from './objects';
import { rc4 } from './rc4';
import { aesCbcDecrypt, aesCbcDecryptNoPadding, aesCbcEncryptNoPadding, hasWebCrypto, sha } from './webCrypto';

export interface StreamDecryptor {
  decrypt(data: Uint8Array, num: number, gen: number): Promise<Uint8Array>;
}

export type SecurityCheck =
  | { status: 'opens'; decryptor: StreamDecryptor }
  | { status: 'needs-password'; reason: string }
  | { status: 'unsupported'; reason: string };

export const NEEDS_PASSWORD = 'нужен пароль для открытия';

const PASSWORD_PADDING = new Uint8Array([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

type Cipher = 'rc4' | 'aes-128' | 'aes-256' | 'identity';

function stringBytes(value: PdfValue | undefined): Uint8Array | undefined {
  return value instanceof PdfString ? value.bytes : undefined;
}

function join(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let pos = 0;
  for (const part of parts) {
    out.set(part, pos);
    pos += part.length;
  }
  return out;
}

function equalBytes(a: Uint8Array, b: Uint8Array, length: number): boolean {
  if (a.length < length || b.length < length) return false;
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `encrypt` is the trailer's /Encrypt dictionary (resolved); `firstId` the first string of the trailer's /ID. */
export async function checkSecurity(encrypt: PdfDict, firstId: Uint8Array): Promise<SecurityCheck> {
  const filter = encrypt.get('Filter');
  // Any other handler (Adobe.PubSec: certificates) needs credentials no viewer has by default.
  if (!isName(filter, 'Standard')) return { status: 'needs-password', reason: 'нужен сертификат для открытия' };
  const v = encrypt.get('V');
  const r = encrypt.get('R');
  const version = isInteger(v) ? v : 0;
  const revision = isInteger(r) ? r : 0;
  const owner = stringBytes(encrypt.get('O'));
  const user = stringBytes(encrypt.get('U'));
  if (!owner || !user) return { status: 'unsupported', reason: 'неизвестное шифрование' };
  const cipher = streamCipher(encrypt, version);
  if (!cipher) return { status: 'unsupported', reason: 'неизвестное шифрование' };
  let check: SecurityCheck;
  if (revision >= 2 && revision <= 4) check = await checkRevision2to4(encrypt, version, revision, owner, user, firstId, cipher);
  else if (revision === 5 || revision === 6) check = await checkRevision5or6(encrypt, revision, user, cipher);
  else return { status: 'unsupported', reason: 'неизвестное шифрование' };
  if (check.status === 'needs-password' && onlyAttachmentsNeedPassword(encrypt, version)) return { status: 'opens', decryptor: IDENTITY };
  return check;
}

const IDENTITY: StreamDecryptor = { decrypt: async (data) => data };

/**
 * A file that encrypts only its attached files (streams and strings in the clear, /EFF a crypt filter used
 * on /EFOpen) asks for the password when an attachment is opened, not the document.
 */
function onlyAttachmentsNeedPassword(encrypt: PdfDict, version: number): boolean {
  if (version < 4) return false;
  const streams = encrypt.get('StmF') ?? new PdfName('Identity');
  const strings = encrypt.get('StrF') ?? new PdfName('Identity');
  if (!isName(streams, 'Identity') || !isName(strings, 'Identity')) return false;
  const attachments = encrypt.get('EFF') ?? streams;
  const filters = encrypt.get('CF');
  const filter = filters instanceof PdfDict && isName(attachments) ? filters.get(attachments.name) : undefined;
  return filter instanceof PdfDict && isName(filter.get('AuthEvent'), 'EFOpen');
}

/**
 * The file key's length in bytes. /Length counts bits; without it V1–V3 mean 40 bits, and V4/V5 take the
 * stream crypt filter's /Length, which writers give in bytes as often as in bits (pdf.js reads it the same way).
 */
function keyLengthOf(encrypt: PdfDict, version: number): number | undefined {
  let bits = encrypt.get('Length');
  if (!isInteger(bits) || bits === 0) {
    if (version <= 3) bits = 40;
    else {
      const filters = encrypt.get('CF');
      const streamFilter = encrypt.get('StmF');
      const filter = filters instanceof PdfDict && isName(streamFilter) ? filters.get(streamFilter.name) : undefined;
      const length = filter instanceof PdfDict ? filter.get('Length') : undefined;
      bits = isInteger(length) && length !== 0 ? length : 128;
      if (bits < 40) bits *= 8;
    }
  }
  if (!isInteger(bits) || bits < 40 || bits % 8 !== 0 || bits > 128) return undefined;
  return bits / 8;
}

function streamCipher(encrypt: PdfDict, version: number): Cipher | undefined {
  if (version === 1 || version === 2) return 'rc4';
  if (version !== 4 && version !== 5) return undefined;
  const streamFilter = encrypt.get('StmF');
  if (!isName(streamFilter) || streamFilter.name === 'Identity') return 'identity';
  const filters = encrypt.get('CF');
  const filterDict = filters instanceof PdfDict ? filters.get(streamFilter.name) : undefined;
  const method = filterDict instanceof PdfDict ? filterDict.get('CFM') : undefined;
  if (isName(method, 'V2')) return 'rc4';
  if (isName(method, 'AESV2')) return 'aes-128';
  if (isName(method, 'AESV3')) return 'aes-256';
  if (isName(method, 'None') || method === undefined) return 'identity';
  return undefined;
}

async function checkRevision2to4(
  encrypt: PdfDict,
  version: number,
  revision: number,
  owner: Uint8Array,
  user: Uint8Array,
  firstId: Uint8Array,
  cipher: Cipher,
): Promise<SecurityCheck> {
  const keyLength = keyLengthOf(encrypt, version);
  if (keyLength === undefined) return { status: 'unsupported', reason: 'неизвестное шифрование' };
  const permissions = encrypt.get('P');
  const p = isInteger(permissions) ? permissions : 0;
  const pBytes = new Uint8Array([p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff, (p >>> 24) & 0xff]);
  const encryptMetadata = (version === 4 || version === 5) && encrypt.get('EncryptMetadata') !== false;
  // Algorithm 2 with the empty password.
  let hash = md5(
    join(PASSWORD_PADDING, owner.subarray(0, 32), pBytes, firstId, revision >= 4 && !encryptMetadata ? new Uint8Array([255, 255, 255, 255]) : new Uint8Array(0)),
  );
  if (revision >= 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, keyLength));
  const key = hash.slice(0, keyLength);
  // Algorithms 4 and 5: does the key reproduce /U?
  let matches: boolean;
  if (revision === 2) {
    matches = equalBytes(rc4(key, PASSWORD_PADDING), user, 32);
  } else {
    let check = rc4(key, md5(join(PASSWORD_PADDING, firstId)));
    for (let i = 1; i <= 19; i++) check = rc4(key.map((byte) => byte ^ i), check);
    matches = equalBytes(check, user, 16);
  }
  if (!matches) return { status: 'needs-password', reason: NEEDS_PASSWORD };
  if (cipher === 'aes-128' && !hasWebCrypto()) return { status: 'unsupported', reason: 'шифрование AES недоступно' };
  // Under V4 a shorter key (40-bit RC4, as Acrobat writes it) is padded with zeros to 16 bytes for the object keys.
  const baseKey = version === 4 && keyLength < 16 ? join(key, new Uint8Array(16 - keyLength)) : key;
  return {
    status: 'opens',
    decryptor: {
      async decrypt(data, num, gen) {
        if (cipher === 'identity') return data;
        const salt = cipher === 'aes-128' ? new Uint8Array([0x73, 0x41, 0x6c, 0x54]) : new Uint8Array(0);
        const objectKey = md5(
          join(baseKey, new Uint8Array([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff]), salt),
        ).subarray(0, Math.min(baseKey.length + 5, 16));
        if (cipher === 'rc4') return rc4(objectKey, data);
        return aesCbcDecrypt(objectKey, data.subarray(0, 16), data.subarray(16));
      },
    },
  };
}

async function checkRevision5or6(encrypt: PdfDict, revision: number, user: Uint8Array, cipher: Cipher): Promise<SecurityCheck> {
  if (!hasWebCrypto()) return { status: 'unsupported', reason: 'шифрование AES недоступно' };
  const userEncrypted = stringBytes(encrypt.get('UE'));
  if (user.length < 48) return { status: 'unsupported', reason: 'неизвестное шифрование' };
  const password = new Uint8Array(0);
  const validationSalt = user.subarray(32, 40);
  const keySalt = user.subarray(40, 48);
  const hash = revision === 5 ? await sha(256, join(password, validationSalt)) : await hardenedHash(password, validationSalt);
  if (!equalBytes(hash, user, 32)) return { status: 'needs-password', reason: NEEDS_PASSWORD };
  if (!userEncrypted || userEncrypted.length < 32) return { status: 'unsupported', reason: 'неизвестное шифрование' };
  const intermediate = revision === 5 ? await sha(256, join(password, keySalt)) : await hardenedHash(password, keySalt);
  const fileKey = await aesCbcDecryptNoPadding(intermediate, new Uint8Array(16), userEncrypted.subarray(0, 32));
  return {
    status: 'opens',
    decryptor: {
      async decrypt(data) {
        if (cipher === 'identity') return data;
        if (cipher !== 'aes-256') throw new Error('unsupported cipher for revision 5/6');
        return aesCbcDecrypt(fileKey, data.subarray(0, 16), data.subarray(16));
      },
    },
  };
}

/** Algorithm 2.B (revision 6), for the user password (no /U data mixed in). */
async function hardenedHash(password: Uint8Array, salt: Uint8Array): Promise<Uint8Array> {
  let k = await sha(256, join(password, salt));
  for (let round = 0; round < 2048; round++) {
    const block = join(password, k);
    const k1 = new Uint8Array(block.length * 64);
    for (let i = 0; i < 64; i++) k1.set(block, i * block.length);
    const e = await aesCbcEncryptNoPadding(k.subarray(0, 16), k.subarray(16, 32), k1);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i];
    const bits = ([256, 384, 512] as const)[sum % 3];
    k = await sha(bits, e);
    if (round >= 63 && e[e.length - 1] <= round + 1 - 32) break;
  }
  return k.subarray(0, 32);
}
