import { unreadableArchive } from '../../../src/taskpane/coordinator/indexingErrors';
import { splitZipFiles } from '../../../src/taskpane/coordinator/zipFiles';

function unreadable(fields: Record<string, unknown>): Error {
  return Object.assign(new Error('Архив повреждён'), { name: 'ArchiveUnreadableError', ...fields });
}

describe('an archive that cannot be read', () => {
  it('is the one the error names', () => {
    expect(unreadableArchive(unreadable({ archive: 'б.zip', failure: { reason: 'not-zip' } }), ['а.zip', 'б.zip'], new Set())).toEqual({
      archive: 'б.zip',
      facts: { problem: 'broken-archive', reason: 'not-zip' },
    });
  });

  it('is otherwise the first archive of which no file was reported', () => {
    expect(unreadableArchive(unreadable({}), ['а.zip', 'б.zip', 'в.zip'], new Set(['а.zip']))).toEqual({ archive: 'б.zip', facts: null });
  });

  it('is not any other error', () => {
    expect(unreadableArchive(new Error('out of memory'), ['а.zip'], new Set())).toBeNull();
    expect(unreadableArchive('a string', ['а.zip'], new Set())).toBeNull();
  });
});

describe('choosing archives', () => {
  it('keeps ZIP files and names the rest', () => {
    const file = (name: string) => ({ name }) as File;
    const { archives, skipped } = splitZipFiles([file('район.zip'), file('скан.pdf'), file('ДРУГОЙ.ZIP')]);
    expect(archives.map((archive) => archive.name)).toEqual(['район.zip', 'ДРУГОЙ.ZIP']);
    expect(skipped).toEqual(['скан.pdf']);
  });
});
