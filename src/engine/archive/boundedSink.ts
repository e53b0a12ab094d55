/** The inflation went past the limit: thrown from the sink, it reaches `getData`'s caller unchanged. */
export class LimitExceeded extends Error {
  constructor() {
    super('entry larger than the limit');
  }
}

/**
 * A sink for inflated bytes that refuses to hold more than `limit` bytes, whatever the header declared. zip.js
 * itself stops an entry at its declared size; this bound holds even if that ever changes.
 */
export function boundedSink(expected: number, limit: number): { writable: WritableStream<Uint8Array>; bytes(): Uint8Array<ArrayBuffer> } {
  let buffer = new Uint8Array(Math.min(expected, limit));
  let length = 0;
  const writable = new WritableStream<Uint8Array>({
    write(chunk) {
      if (length + chunk.length > limit) throw new LimitExceeded();
      if (length + chunk.length > buffer.length) {
        const grown = new Uint8Array(Math.min(limit, Math.max(length + chunk.length, buffer.length * 2)));
        grown.set(buffer.subarray(0, length));
        buffer = grown;
      }
      buffer.set(chunk, length);
      length += chunk.length;
    },
  });
  return { writable, bytes: () => (length === buffer.length ? buffer : buffer.slice(0, length)) };
}
