import { protocolRowFromCells, readPackageNames } from '../../../src/engine';
import { createPdfCache } from '../../../src/taskpane/expert/pdfCache';
import { worksOfRows } from '../../../src/taskpane/expert/protocolWorks';
import { windowShowFor } from '../../../src/taskpane/expert/windowShow';

function row(sheetRow: number, work: string, task: string) {
  return protocolRowFromCells(sheetRow, { schoolCode: 'ОО-01', workCode: work, variant: 1, task, max: 2, schoolScore: 1, expertScore: null, errorCode: null, explanation: null });
}

const rows = [row(2, '40001', '1'), row(3, '40001', '2'), row(4, '40002', '1'), row(5, '40002', '2'), row(6, '40003', '1')];
const works = worksOfRows(rows);
const names = readPackageNames(['Протокол P.xlsx', 'ОО-01/40001_вар.1.pdf', 'ОО-01/40002_вар.1.pdf', 'ОО-01/40003_вар.1.pdf']);

describe('what the pane tells the viewer window', () => {
  it('names the row\'s work by key and scan path, its task, the next work and the position', () => {
    const show = windowShowFor('P', rows[1], works, names, false);
    expect(show).toMatchObject({
      kind: 'show',
      packageId: 'P',
      work: { key: 'ОО-01/40001', path: 'ОО-01/40001_вар.1.pdf', workCode: '40001', variant: 1 },
      task: '2',
      next: { key: 'ОО-01/40002' },
      index: 0,
      total: 3,
      byTask: false,
    });
  });

  it('takes the next work of the same task in «По заданиям», and has no next after the last', () => {
    expect(windowShowFor('P', rows[2], works, names, true, 'ОО-01/40003')?.next?.key).toBe('ОО-01/40003');
    expect(windowShowFor('P', rows[4], works, names, false)?.next).toBeNull();
  });

  it('says nothing without a package, and shows no work without a row', () => {
    expect(windowShowFor('P', rows[0], works, null, false)).toBeNull();
    expect(windowShowFor('P', null, works, names, false)?.work).toBeNull();
  });
});

describe('the PDF cache', () => {
  it('keeps a few PDFs, reads each once, and hands a finished one over at once', async () => {
    const cache = createPdfCache(2);
    let reads = 0;
    const read = async (path: string) => {
      reads += 1;
      return new Blob([path]);
    };
    const first = await cache.get('a', read);
    expect(await cache.get('a', read)).toBe(first);
    expect(cache.peek('a')).toBe(first);
    expect(cache.peek('b')).toBeNull();
    await cache.get('b', read);
    await cache.get('c', read);
    expect(reads).toBe(3);
    expect(cache.peek('a')).toBeNull();
    cache.clear();
    expect(cache.peek('c')).toBeNull();
  });

  it('does not keep a failed reading', async () => {
    const cache = createPdfCache(2);
    await expect(cache.get('x', () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    const pdf = await cache.get('x', async () => new Blob(['ok']));
    expect(cache.peek('x')).toBe(pdf);
  });
});
