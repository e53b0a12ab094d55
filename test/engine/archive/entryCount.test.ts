import { readArchive } from '../../../src/engine/archive';
import type { Problem } from '../../../src/engine/problems';
import { buildZip } from '../../support/archiveFixtures';
import { buildManyEntriesZip } from '../../support/manyEntriesZip';
import { collect, files, outline } from './helpers';

const MORE_THAN_16_BITS = 65_536 + 1_000;

/** Counts the items of a walk without keeping them: the archives here have tens of thousands of entries. */
async function tally(bytes: Uint8Array<ArrayBuffer>) {
  let fileCount = 0;
  const problems: Problem[] = [];
  for await (const item of readArchive({ name: 'a.zip', data: new Blob([bytes]) })) {
    if (item.type === 'file') fileCount += 1;
    else problems.push(item.problem);
  }
  return { fileCount, problems };
}

describe('readArchive checks the entry count the archive states against its central directory', () => {
  it('reads every entry past 65,535 when the classic count wraps and the Zip64 record holds the count', async () => {
    const bytes = buildManyEntriesZip(MORE_THAN_16_BITS, { classicCount: MORE_THAN_16_BITS, zip64Count: MORE_THAN_16_BITS });
    expect(await tally(bytes)).toEqual({ fileCount: MORE_THAN_16_BITS, problems: [] });
  });

  it('reads every entry past 65,535 when the classic count wraps and there is no Zip64 record', async () => {
    const bytes = buildManyEntriesZip(MORE_THAN_16_BITS);
    expect(await tally(bytes)).toEqual({ fileCount: MORE_THAN_16_BITS, problems: [] });
  });

  it('reads every entry past 65,535 and reports the archive when the classic count stops at 65,535 with no Zip64 record', async () => {
    const bytes = buildManyEntriesZip(MORE_THAN_16_BITS, { classicCount: 0xffff });
    const { fileCount, problems } = await tally(bytes);
    expect(fileCount).toBe(MORE_THAN_16_BITS);
    expect(problems).toEqual([expect.objectContaining({ path: '', problem: 'entry-count-mismatch', statedCount: 65_535, foundCount: MORE_THAN_16_BITS })]);
  });

  it('reads every entry and reports the archive when the Zip64 count understates them', async () => {
    const bytes = buildManyEntriesZip(MORE_THAN_16_BITS, { classicCount: 0xffff, zip64Count: 1_000 });
    const { fileCount, problems } = await tally(bytes);
    expect(fileCount).toBe(MORE_THAN_16_BITS);
    expect(problems).toEqual([
      expect.objectContaining({ path: '', problem: 'entry-count-mismatch', statedCount: 1000, foundCount: MORE_THAN_16_BITS }),
    ]);
  });

  it('reads every entry and reports the archive when a damaged classic count understates them', async () => {
    const items = await collect(buildManyEntriesZip(10, { classicCount: 7 }));
    expect(files(items)).toHaveLength(10);
    expect(outline(items)[0]).toEqual(['', 'entry-count-mismatch']);
    expect(items[0]).toMatchObject({ problem: { problem: 'entry-count-mismatch', statedCount: 7, foundCount: 10 } });
  });

  it('reads the entries there are and says files may be missing when the count overstates them', async () => {
    const items = await collect(buildManyEntriesZip(10, { classicCount: 12 }));
    expect(files(items)).toHaveLength(10);
    expect(items[0]).toMatchObject({ type: 'problem', problem: { path: '', problem: 'entry-count-mismatch', statedCount: 12, foundCount: 10 } });
  });

  it('reports a nested archive whose count understates its entries, at the nested archive’s path', async () => {
    const outer = await buildZip([{ path: 'Школа/вложенный.zip', data: buildManyEntriesZip(5, { classicCount: 3 }), method: 'store' }]);
    const items = await collect(outer);
    expect(files(items).map((f) => f.path)).toEqual([0, 1, 2, 3, 4].map((i) => `Школа/вложенный.zip/files/${i}.pdf`));
    expect(outline(items).filter(([, kind]) => kind !== 'file')).toEqual([['Школа/вложенный.zip', 'entry-count-mismatch']]);
  });

  it('reads an honest archive without a word', async () => {
    expect(outline(await collect(buildManyEntriesZip(3)))).toEqual([
      ['files/0.pdf', 'file'],
      ['files/1.pdf', 'file'],
      ['files/2.pdf', 'file'],
    ]);
  });
});
