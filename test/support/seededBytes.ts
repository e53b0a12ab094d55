/**
 * Reproducible pseudo-random bytes (xorshift32): incompressible like random data, but the same on every run, so
 * no test outcome depends on chance.
 */
export function seededBytes(length: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/**
 * Runs `build` with `crypto.getRandomValues` answering seeded bytes, so that what a library draws at random (the
 * salt of an AES entry, ZipCrypto's 12-byte header) is the same on every run. The real function is restored after.
 */
export async function withSeededRandomValues<T>(seed: number, build: () => Promise<T>): Promise<T> {
  const real = globalThis.crypto.getRandomValues;
  let next = seed;
  globalThis.crypto.getRandomValues = (<A extends ArrayBufferView | null>(array: A): A => {
    if (array) {
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      bytes.set(seededBytes(bytes.length, next++));
    }
    return array;
  }) as typeof real;
  try {
    return await build();
  } finally {
    globalThis.crypto.getRandomValues = real;
  }
}
