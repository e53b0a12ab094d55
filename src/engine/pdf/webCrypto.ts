/**
 * AES-CBC and SHA-2 through Web Crypto (globalThis.crypto.subtle: browsers in secure contexts, Node 22).
 * Absent Web Crypto, callers get undefined and treat the file's encryption as unreadable.
 */

function subtle(): SubtleCrypto | undefined {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  return crypto && crypto.subtle ? crypto.subtle : undefined;
}

export function hasWebCrypto(): boolean {
  return subtle() !== undefined;
}

function buffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}

export async function sha(bits: 256 | 384 | 512, data: Uint8Array): Promise<Uint8Array> {
  const api = subtle();
  if (!api) throw new Error('no Web Crypto');
  return new Uint8Array(await api.digest(`SHA-${bits}`, buffer(data)));
}

async function aesKey(api: SubtleCrypto, key: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return api.importKey('raw', buffer(key), { name: 'AES-CBC' }, false, [usage]);
}

/** AES-CBC decryption of PKCS#7-padded data (throws on bad padding or length). */
export async function aesCbcDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const api = subtle();
  if (!api) throw new Error('no Web Crypto');
  const cryptoKey = await aesKey(api, key, 'decrypt');
  return new Uint8Array(await api.decrypt({ name: 'AES-CBC', iv: buffer(iv) }, cryptoKey, buffer(data)));
}

/** AES-CBC encryption of block-aligned data without padding. */
export async function aesCbcEncryptNoPadding(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const api = subtle();
  if (!api) throw new Error('no Web Crypto');
  const cryptoKey = await aesKey(api, key, 'encrypt');
  const padded = new Uint8Array(await api.encrypt({ name: 'AES-CBC', iv: buffer(iv) }, cryptoKey, buffer(data)));
  return padded.subarray(0, data.length);
}

/**
 * AES-CBC decryption of block-aligned data without padding. Web Crypto insists on PKCS#7 padding, so a
 * block that decrypts to a full padding block is appended first.
 */
export async function aesCbcDecryptNoPadding(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  if (data.length === 0 || data.length % 16 !== 0) throw new Error('not block-aligned');
  const lastBlock = data.subarray(data.length - 16);
  const paddingBlock = new Uint8Array(16).fill(16);
  const extra = await aesCbcEncryptNoPadding(key, lastBlock, paddingBlock);
  const joined = new Uint8Array(data.length + 16);
  joined.set(data);
  joined.set(extra, data.length);
  return aesCbcDecrypt(key, iv, joined);
}
