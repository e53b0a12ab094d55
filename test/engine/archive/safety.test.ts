import { ArchiveEntryError, ArchiveUnreadableError, readArchive } from '../../../src/engine/archive';
import { buildZip } from '../../support/archiveFixtures';
import { buildRawZip, truncate } from '../../support/zipBuilder';
import { ARCHIVE, SCHOOL, blobOf, collect, files, noise, outline, text } from './helpers';

const KIB = 1024;
const MIB = 1024 * 1024;

async function readFailure(read: () => Promise<Uint8Array>): Promise<ArchiveEntryError> {
  try {
    await read();
  } catch (error) {
    expect(error).toBeInstanceOf(ArchiveEntryError);
    return error as ArchiveEntryError;
  }
  throw new Error('read() resolved');
}

/** A Blob that records every byte range zip.js asks of it. */
class CountingBlob extends Blob {
  ranges: [number, number][] = [];

  override slice(start = 0, end = this.size, contentType?: string): Blob {
    this.ranges.push([start, Math.min(end, this.size)]);
    return super.slice(start, end, contentType);
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    this.ranges.push([0, this.size]);
    return super.arrayBuffer();
  }

  override stream(): ReturnType<Blob['stream']> {
    this.ranges.push([0, this.size]);
    return super.stream();
  }

  bytesRequested(): number {
    return this.ranges.reduce((sum, [start, end]) => sum + (end - start), 0);
  }
}

describe('readArchive keeps inflation bounded', () => {
  it('lists an entry declared larger than the limit as too-large without reading it', async () => {
    const bytes = buildRawZip([
      { name: `${SCHOOL}/4002_вар.1.pdf`, data: 'tiny', declaredSize: 300 * MIB },
      { name: `${SCHOOL}/4003_вар.1.pdf`, data: 'fine' },
    ]);
    const items = await collect(bytes);
    expect(outline(items)).toEqual([
      [`${SCHOOL}/4002_вар.1.pdf`, 'too-large'],
      [`${SCHOOL}/4003_вар.1.pdf`, 'file'],
    ]);
    expect(items[0]).toMatchObject({ type: 'problem', problem: { archive: ARCHIVE, problem: 'too-large', limitBytes: 256 * 1024 * 1024 } });
  });

  it('applies a smaller maxEntryBytes to declared sizes', async () => {
    const bytes = buildRawZip([
      { name: 'big.pdf', data: new Uint8Array(2 * KIB) },
      { name: 'limit.pdf', data: new Uint8Array(KIB) },
    ]);
    expect(outline(await collect(bytes, { maxEntryBytes: KIB }))).toEqual([
      ['big.pdf', 'too-large'],
      ['limit.pdf', 'file'],
    ]);
  });

  it('rejects a lying header (declared small, inflates past the limit) with too-large', async () => {
    const bomb = new Uint8Array(8 * MIB); // deflates to about 8 KB
    const bytes = buildRawZip([{ name: 'bomb.pdf', data: bomb, method: 'deflate', declaredSize: 1000 }]);
    expect(bytes.length).toBeLessThan(64 * KIB);
    const [file] = files(await collect(bytes, { maxEntryBytes: 64 * KIB }));
    expect(file.size).toBe(1000);
    const error = await readFailure(file.read);
    expect(error.problem).toBe('too-large');
    expect(error.facts).toEqual({ problem: 'too-large', limitBytes: 64 * KIB });
  });

  it('rejects a stored entry whose header lies about its size past the limit with too-large', async () => {
    const bytes = buildRawZip([{ name: 'bomb.pdf', data: new Uint8Array(200 * KIB), declaredSize: 10 }]);
    const [file] = files(await collect(bytes, { maxEntryBytes: 64 * KIB }));
    expect((await readFailure(file.read)).problem).toBe('too-large');
  });

  it('rejects an entry that inflates to more than declared but within the limit as unreadable-entry', async () => {
    const bytes = buildRawZip([{ name: 'a.pdf', data: 'x'.repeat(500), method: 'deflate', declaredSize: 100 }]);
    const [file] = files(await collect(bytes, { maxEntryBytes: 64 * KIB }));
    const error = await readFailure(file.read);
    expect(error.problem).toBe('unreadable-entry');
    expect(error.facts).toEqual({ problem: 'unreadable-entry', reason: 'size-mismatch' });
  });

  it('rejects an entry that inflates to less than declared as unreadable-entry', async () => {
    const bytes = buildRawZip([{ name: 'a.pdf', data: 'x'.repeat(500), method: 'deflate', declaredSize: 800 }]);
    const [file] = files(await collect(bytes));
    expect((await readFailure(file.read)).problem).toBe('unreadable-entry');
  });

  it('rejects an entry whose data is damaged as unreadable-entry', async () => {
    const bytes = buildRawZip([
      { name: 'crc.pdf', data: 'hello hello hello', method: 'deflate', crc32: 0x12345678 },
      { name: 'stored.pdf', data: 'hello hello hello', crc32: 0x12345678 },
      { name: 'ok.pdf', data: 'fine' },
    ]);
    const [crc, stored, ok] = files(await collect(bytes));
    expect((await readFailure(crc.read)).facts).toEqual({ problem: 'unreadable-entry', reason: 'crc-mismatch' });
    expect((await readFailure(stored.read)).problem).toBe('unreadable-entry');
    expect(text(await ok.read())).toBe('fine');
  });

  it('rejects an entry compressed by an unsupported method as unreadable-entry', async () => {
    const bytes = buildRawZip([{ name: 'a.pdf', data: 'abc' }]);
    // Compression method 14 (LZMA), in the local and the central header.
    bytes[8] = 14;
    const central = bytes.findIndex((_, i) => bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2);
    bytes[central + 10] = 14;
    const [file] = files(await collect(bytes));
    expect((await readFailure(file.read)).facts).toEqual({ problem: 'unreadable-entry', reason: 'unsupported-compression', detail: '14' });
  });

  it('rejects an entry whose data lies beyond a truncated end as unreadable-entry', async () => {
    const bytes = buildRawZip([{ name: 'a.pdf', data: 'abc' }]);
    // The central directory points 1 byte further than the local header: no signature there.
    const central = bytes.findIndex((_, i) => bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2);
    bytes[central + 42] = 1;
    const [file] = files(await collect(bytes));
    expect((await readFailure(file.read)).problem).toBe('unreadable-entry');
  });
});

describe('readArchive reads lazily', () => {
  it('reads the central directory and then only the entry asked for', async () => {
    const size = 2 * MIB;
    const names = ['a.pdf', 'b.pdf', 'c.pdf'];
    const bytes = buildRawZip(names.map((name, i) => ({ name, data: noise(size, i + 1) })));
    const blob = new CountingBlob([bytes]);
    const dataStart = (i: number) => i * (30 + 5 + size) + 30 + 5;

    const items = [];
    for await (const item of readArchive({ name: ARCHIVE, data: blob })) items.push(item);
    expect(blob.bytesRequested()).toBeLessThan(70 * KIB);

    blob.ranges = [];
    const middle = files(items)[1];
    const content = await middle.read();
    expect(Buffer.from(content).equals(Buffer.from(noise(size, 2)))).toBe(true); // toEqual is slow on megabytes
    expect(blob.bytesRequested()).toBeLessThan(size + 4 * KIB);
    const touches = (i: number) => blob.ranges.some(([start, end]) => start < dataStart(i) + size && end > dataStart(i));
    expect(touches(0)).toBe(false);
    expect(touches(2)).toBe(false);
  });
});

describe('readArchive refuses an archive it cannot open', () => {
  async function unreadable(bytes: Uint8Array): Promise<ArchiveUnreadableError> {
    try {
      await collect(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(ArchiveUnreadableError);
      return error as ArchiveUnreadableError;
    }
    throw new Error('the archive was read');
  }

  it('throws ArchiveUnreadableError for data that is not a zip', async () => {
    const notZip = ['no-end-record', 'not-zip'];
    expect(notZip).toContain((await unreadable(new TextEncoder().encode('%PDF-1.7 this is a PDF, not a zip'))).failure.reason);
    expect(notZip).toContain((await unreadable(new Uint8Array(0))).failure.reason);
    expect(notZip).toContain((await unreadable(noise(100 * KIB))).failure.reason);
  });

  it.each([
    ['in the middle of the data', 0.5],
    ['in the central directory', 0.93],
    ['in the end record', 0.995],
  ])('throws ArchiveUnreadableError for an archive cut off %s', async (_where, fraction) => {
    const bytes = await buildZip([
      { path: `${SCHOOL}/4002_вар.1.pdf`, data: noise(4 * KIB), method: 'store' },
      { path: `${SCHOOL}/4003_вар.1.pdf`, data: noise(4 * KIB, 2), method: 'store' },
    ]);
    const error = await unreadable(truncate(bytes, Math.floor(bytes.length * fraction)));
    expect(error.facts.problem).toBe('broken-archive');
    expect(error.message).toContain(error.failure.reason);
  });

  it('throws ArchiveUnreadableError when the central directory is damaged', async () => {
    const bytes = await buildZip([{ path: 'a.pdf', data: 'abc' }]);
    const central = bytes.findIndex((_, i) => bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2);
    bytes.fill(0xee, central, central + 4);
    expect((await unreadable(bytes)).failure.reason).toBe('directory-damaged');
  });

  it('rejects on the first iteration, not when called', async () => {
    const generator = readArchive({ name: ARCHIVE, data: blobOf(new Uint8Array(10)) });
    await expect(generator.next()).rejects.toMatchObject({ name: 'ArchiveUnreadableError', failure: { reason: expect.any(String) } });
  });
});
