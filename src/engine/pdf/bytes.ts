/** Byte-level search and small-window decoding: the file is never turned into one string. */

const latin1Decoder = new TextDecoder('latin1');

export function asciiBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** Decodes a small window of bytes (a header, a keyword) for reading, never a whole file. */
export function latin1Window(bytes: Uint8Array, start: number, end: number): string {
  return latin1Decoder.decode(bytes.subarray(Math.max(0, start), Math.min(bytes.length, end)));
}

/** First index of `pattern` in `bytes[from, to)`, or -1. Native indexOf finds candidates fast. */
export function indexOfBytes(bytes: Uint8Array, pattern: Uint8Array, from = 0, to = bytes.length): number {
  const first = pattern[0];
  const last = Math.min(to, bytes.length) - pattern.length;
  let i = Math.max(0, from);
  while (i <= last) {
    i = bytes.indexOf(first, i);
    if (i < 0 || i > last) return -1;
    let k = 1;
    while (k < pattern.length && bytes[i + k] === pattern[k]) k++;
    if (k === pattern.length) return i;
    i++;
  }
  return -1;
}

/** Last index of `pattern` starting at or after `notBefore`, searching backwards from the end; or -1. */
export function lastIndexOfBytes(bytes: Uint8Array, pattern: Uint8Array, notBefore = 0): number {
  const first = pattern[0];
  let i = bytes.length - pattern.length;
  const floor = Math.max(0, notBefore);
  while (i >= floor) {
    i = bytes.lastIndexOf(first, i);
    if (i < floor) return -1;
    let k = 1;
    while (k < pattern.length && bytes[i + k] === pattern[k]) k++;
    if (k === pattern.length) return i;
    i--;
  }
  return -1;
}

export function startsWithAt(bytes: Uint8Array, pattern: Uint8Array, at: number): boolean {
  if (at < 0 || at + pattern.length > bytes.length) return false;
  for (let k = 0; k < pattern.length; k++) if (bytes[at + k] !== pattern[k]) return false;
  return true;
}

export function concatBytes(chunks: Uint8Array[]): Uint8Array {
  let total = 0;
  for (const chunk of chunks) total += chunk.length;
  const out = new Uint8Array(total);
  let pos = 0;
  for (const chunk of chunks) {
    out.set(chunk, pos);
    pos += chunk.length;
  }
  return out;
}
