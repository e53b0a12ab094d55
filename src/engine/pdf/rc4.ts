/** RC4, used by the PDF standard security handler (revisions 2–4). */

export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const state = new Uint8Array(256);
  for (let i = 0; i < 256; i++) state[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + state[i] + key[i % key.length]) & 0xff;
    const t = state[i];
    state[i] = state[j];
    state[j] = t;
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + state[i]) & 0xff;
    const t = state[i];
    state[i] = state[j];
    state[j] = t;
    out[n] = data[n] ^ state[(state[i] + state[j]) & 0xff];
  }
  return out;
}
