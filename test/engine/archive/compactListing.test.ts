import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { listArchive } from '../../../src/engine/archive/listing';
import { buildManyEntriesZip } from '../../support/manyEntriesZip';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('the listing of a very large archive', () => {
  it('keeps well under 1 KB per entry (zip.js’s own entries kept about 5.6 KB each)', async () => {
    const entries = 65_536;
    const data = new Blob([buildManyEntriesZip(entries, { folder: 'Боханский район/МБОУ Витимская СОШ, русский язык, 6 класс' })]);
    const before = heapUsed();
    const listing = await listArchive(data);
    const retained = heapUsed() - before;
    expect(listing.entries).toHaveLength(entries);
    console.log(`listing of ${entries} entries retains ${(retained / 2 ** 20).toFixed(1)} MB, ${(retained / entries).toFixed(0)} B per entry`);
    expect(retained / entries).toBeLessThan(1024);
  });

  it('keeps zip.js’s entry only for entries zip.js must read itself', async () => {
    const listing = await listArchive(new Blob([buildManyEntriesZip(3)]));
    expect(listing.entries.map((entry) => entry.zipEntry)).toEqual([undefined, undefined, undefined]);
  });
});
