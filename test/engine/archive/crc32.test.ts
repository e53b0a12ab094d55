import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32 } from '../../../src/engine/archive/crc32';

/** Deterministic bytes (a linear congruential generator with a fixed seed). */
function bytesOf(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let index = 0; index < length; index += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

describe('the CRC-32 of ZIP entries', () => {
  it('matches the known check value of "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('agrees with zlib on every length around the 8-byte blocks and on a large buffer', () => {
    for (let length = 0; length <= 40; length += 1) {
      const bytes = bytesOf(length, length + 1);
      expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    }
    const large = bytesOf(1_000_003, 7);
    expect(crc32(large)).toBe(zlibCrc32(large));
  });

  it('reads a subarray without the bytes around it', () => {
    const whole = bytesOf(100, 3);
    expect(crc32(whole.subarray(5, 77))).toBe(zlibCrc32(whole.slice(5, 77)));
  });
});
