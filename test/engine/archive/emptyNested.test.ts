import { indexArchives } from '../../../src/engine';
import { buildZip } from '../../support/archiveFixtures';
import { buildRawZip } from '../../support/zipBuilder';
import { ARCHIVE, blobOf, collect, MUNICIPALITY, outline, SCHOOL } from './helpers';

const folder = `${MUNICIPALITY}/${SCHOOL}`;

describe('an archive nested in a school folder that holds no files', () => {
  it('is an empty-archive problem when it holds nothing at all', async () => {
    const outer = await buildZip([{ path: `${folder}/сканы.zip`, data: buildRawZip([]), method: 'store' }]);
    expect(outline(await collect(outer))).toEqual([[`${folder}/сканы.zip`, 'empty-archive']]);
  });

  it('is an empty-archive problem when it holds folders only', async () => {
    const inner = buildRawZip([{ name: '6А/', externalAttributes: 0x10 }, { name: '6А/вариант 1/' }]);
    const outer = await buildZip([{ path: `${folder}/сканы.zip`, data: inner }]);
    expect(outline(await collect(outer))).toEqual([[`${folder}/сканы.zip`, 'empty-archive']]);
  });

  it('reaches the bank as a problem that says to ask the school', async () => {
    const outer = await buildZip([{ path: `${folder}/сканы.zip`, data: buildRawZip([]) }]);
    const bank = await indexArchives([{ name: ARCHIVE, data: blobOf(outer) }]);
    expect(bank.problems).toEqual([
      expect.objectContaining({ path: `${folder}/сканы.zip`, problem: 'empty-archive' }),
    ]);
  });

  it('is not reported when the nested archive holds a file', async () => {
    const inner = buildRawZip([{ name: '6А/' }, { name: '6А/4002_вар.1.pdf', data: '%PDF' }]);
    const outer = await buildZip([{ path: `${folder}/сканы.zip`, data: inner }]);
    expect(outline(await collect(outer))).toEqual([[`${folder}/сканы.zip/6А/4002_вар.1.pdf`, 'file']]);
  });
});
