import { deflateSync, inflateSync } from 'node:zlib';
import { seededBytes } from '../../support/seededBytes';
import { adler32, deflateToLength, storedPayloadSize, storedZlib } from '../../../src/engine/pdf/scrubDeflate';

describe('zlib data of an exact length (for overwriting a compressed stream in place)', () => {
  it('computes Adler-32 as zlib does', () => {
    const data = Buffer.from(seededBytes(100_000));
    const trailer = deflateSync(data).subarray(-4);
    expect(adler32(data)).toBe(trailer.readUInt32BE(0));
    expect(adler32(new Uint8Array(0))).toBe(1);
  });

  it('makes stored-block streams of any length from 11 bytes up, that zlib inflates to the payload', () => {
    expect(storedPayloadSize(10)).toBe(-1);
    for (const length of [11, 12, 200, 65_546, 65_547, 65_552, 200_000]) {
      const size = storedPayloadSize(length);
      expect(size).toBeGreaterThanOrEqual(0);
      const payload = new Uint8Array(size).fill(0x20);
      const stream = storedZlib(payload, length)!;
      expect(stream.length).toBe(length);
      expect(inflateSync(stream).equals(payload)).toBe(true);
    }
    expect(storedZlib(new Uint8Array(5), 100)).toBeUndefined();
  });

  it('compresses new content into exactly the old length, or says it does not fit', async () => {
    const text = Buffer.from('1 0 2 40 3 80\n<< /Type /Catalog /Pages 2 0 R >>\n'.repeat(40));
    const original = deflateSync(text, { level: 1 });
    const blanked = Buffer.from(text.toString('latin1').replace(/Catalog/g, '       '), 'latin1');
    for (const length of [original.length, original.length + 1, original.length + 2, original.length + 3, original.length + 4, original.length + 57]) {
      const stream = await deflateToLength(blanked, length);
      expect(stream?.length).toBe(length);
      expect(inflateSync(stream!)).toEqual(blanked);
    }
    expect(await deflateToLength(seededBytes(2000), 1000)).toBeUndefined();
  });
});
