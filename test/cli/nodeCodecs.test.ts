import { indexArchives, type Bank } from '../../src/engine';
import { ArchiveEntryError, readArchive, type ReadArchiveOptions } from '../../src/engine/archive';
import { nodeCodecs } from '../../src/cli/nodeCodecs';
import { buildZip } from '../support/archiveFixtures';
import { makePdf } from '../support/pdfFactory';
import { buildRawZip, type RawZipEntry } from '../support/zipBuilder';
import { noise } from '../engine/archive/helpers';

const KIB = 1024;
const MIB = 1024 * KIB;

/** Every item the reader yields and what reading it gives: the bytes' length and CRC, or the problem and reason. */
async function outcomes(bytes: Uint8Array<ArrayBuffer>, options: ReadArchiveOptions) {
  const out: unknown[] = [];
  for await (const item of readArchive({ name: 'a.zip', data: new Blob([bytes]) }, options)) {
    if (item.type === 'problem') {
      out.push(item.problem);
      continue;
    }
    try {
      const data = await item.file.read();
      out.push({ path: item.file.path, bytes: Array.from(data.subarray(0, 16)), length: data.length, crc: nodeCodecs.crc32(data) });
    } catch (error) {
      const failure = error as ArchiveEntryError;
      out.push({ path: item.file.path, ...failure.facts });
    }
  }
  return out;
}

const entries: RawZipEntry[] = [
  { name: 'stored.pdf', data: noise(300 * KIB, 1) },
  { name: 'deflated.pdf', data: noise(300 * KIB, 2), method: 'deflate' },
  { name: 'text.pdf', data: 'abc '.repeat(50_000), method: 'deflate' },
  { name: 'empty.pdf', data: '', method: 'deflate' },
  { name: 'bad-crc.pdf', data: 'hello hello hello', method: 'deflate', crc32: 0x12345678 },
  { name: 'declares-less.pdf', data: 'x'.repeat(500), method: 'deflate', declaredSize: 100 },
  { name: 'declares-more.pdf', data: 'x'.repeat(500), method: 'deflate', declaredSize: 800 },
  { name: 'bomb.pdf', data: new Uint8Array(8 * MIB), method: 'deflate', declaredSize: 1000 },
];

describe("Node's zlib handed to the archive reader", () => {
  it('gives the same bytes and the same problems as the reader’s own CRC-32 and DecompressionStream', async () => {
    const bytes = buildRawZip(entries);
    const options = { maxEntryBytes: 1 * MIB };
    const own = await outcomes(bytes, options);
    const native = await outcomes(bytes, { ...options, codecs: nodeCodecs });
    expect(native).toEqual(own);
    // The comparison covers reads that succeed, damaged data, and a bomb.
    expect(own).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: 'deflated.pdf', length: 300 * KIB }),
      expect.objectContaining({ path: 'bad-crc.pdf', problem: 'unreadable-entry' }),
      expect.objectContaining({ path: 'bomb.pdf', problem: 'too-large' }),
    ]));
  });

  it('gives the same verdict on deflate data cut short or garbled', async () => {
    const whole = buildRawZip([{ name: 'cut.pdf', data: noise(64 * KIB, 3), method: 'deflate' }]);
    // Garble the middle of the compressed data: the local header is 30 bytes plus the 7-byte name.
    const garbled = whole.slice();
    for (let i = 37 + 1000; i < 37 + 1100; i++) garbled[i] ^= 0xa5;
    expect(await outcomes(garbled, { codecs: nodeCodecs })).toEqual(await outcomes(garbled, {}));
    expect(await outcomes(garbled, {})).toEqual([expect.objectContaining({ problem: 'unreadable-entry' })]);
  });

  it('indexes a municipality archive into the same bank either way', async () => {
    const school = 'Боханский район/МБОУ Витимская СОШ, русский язык, 6 класс';
    const archive = await buildZip([
      { path: `${school}/4002_вар.1.pdf`, data: makePdf({ pages: 2 }), nameEncoding: 'cp866' },
      { path: `${school}/4003_вар.2.pdf`, data: makePdf({ pages: 3 }), nameEncoding: 'cp866', method: 'store' },
      { path: `${school}/4004_вар.1.pdf`, data: makePdf({ pages: 2 }), nameEncoding: 'cp866' },
      { path: `${school}/копия.pdf`, data: makePdf({ pages: 1 }), nameEncoding: 'cp866' },
    ]);
    const index = (options: { codecs?: typeof nodeCodecs }): Promise<Bank> => indexArchives([{ name: 'Боханский район.zip', data: new Blob([archive]) }], options);
    const own = await index({});
    expect(own.works).toHaveLength(3);
    expect(await index({ codecs: nodeCodecs })).toEqual(own);
  });
});
