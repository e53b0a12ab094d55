import { buildRawZip } from '../../support/zipBuilder';
import { collect, files, noise } from './helpers';
import { nodeCodecs } from '../../../src/cli/nodeCodecs';

/**
 * A small entry's local header and data come from one read of the archive; a large entry, or a local header
 * whose name and extra field outgrow the room left for them, takes a second read. Every path gives the bytes.
 */
describe('reading an entry with its local header', () => {
  const small = noise(3000, 1);
  const large = noise(1024 * 1024 + 5000, 2);
  const text = 'Протокол '.repeat(20000);
  const bigExtra = new Uint8Array(4 + 3000);
  new DataView(bigExtra.buffer).setUint16(0, 0x7777, true);
  new DataView(bigExtra.buffer).setUint16(2, 3000, true);
  const zip = buildRawZip([
    { name: 'a/small.pdf', data: small },
    { name: 'a/small-deflated.txt', data: text, method: 'deflate' },
    { name: 'a/large.pdf', data: large },
    { name: 'a/large-deflated.bin', data: large, method: 'deflate' },
    { name: 'a/long-extra.pdf', data: small, extra: bigExtra },
    { name: 'a/last.pdf', data: small.subarray(0, 10) },
  ]);

  it.each([
    ['the platform', undefined],
    ['the host codecs', nodeCodecs],
  ])('gives every entry its own bytes, small or large, with %s', async (_, codecs) => {
    const read = files(await collect(zip, { codecs }));
    const bytes = await Promise.all(read.map((file) => file.read()));
    expect(read.map((file) => file.path)).toEqual(['a/small.pdf', 'a/small-deflated.txt', 'a/large.pdf', 'a/large-deflated.bin', 'a/long-extra.pdf', 'a/last.pdf']);
    expect(bytes[0]).toEqual(small);
    expect(new TextDecoder().decode(bytes[1])).toBe(text);
    expect(bytes[2]).toEqual(large);
    expect(bytes[3]).toEqual(large);
    expect(bytes[4]).toEqual(small);
    expect(bytes[5]).toEqual(small.subarray(0, 10));
    // A stored entry owns its bytes: not a view into the larger read that held it.
    for (const index of [0, 2, 4, 5]) expect(bytes[index].byteLength).toBe(bytes[index].buffer.byteLength);
  });
});
