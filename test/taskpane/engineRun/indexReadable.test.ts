import { buildZip } from '../../support/archiveFixtures';
import { breakXref, makePdf } from '../../support/pdfFactory';
import type { ArchiveProgress } from '../../../src/taskpane/engineRun';
import { indexArchives } from '../../../src/engine';
import { indexReadable } from '../../../src/taskpane/engineRun/indexReadable';

const FOLDER = 'Боханский район/МБОУ Витимская СОШ, русский язык, 6 класс';

async function archive(name: string, codes: string[]): Promise<File> {
  const zip = await buildZip(codes.map((code) => ({ path: `${FOLDER}/${code}_вар.1.pdf`, data: makePdf({ pages: 2 }) })));
  return new File([zip], name);
}

describe('indexReadable', () => {
  it('reports an archive that cannot be opened as a broken-archive problem and still indexes the others', async () => {
    const first = await archive('Первый.zip', ['4001', '4002']);
    const broken = new File([new TextEncoder().encode('this is not a zip archive at all')], 'Повреждённый.zip');
    const last = await archive('Последний.zip', ['5001']);

    const result = await indexReadable({ files: [first, broken, last], password: '' }, new AbortController().signal, () => undefined);

    expect(result.unreadable).toEqual(['Повреждённый.zip']);
    expect(result.bank.works.map((work) => `${work.archive}:${work.code}`).sort()).toEqual(['Первый.zip:4001', 'Первый.zip:4002', 'Последний.zip:5001']);
    const brokenProblems = result.bank.problems.filter((problem) => problem.problem === 'broken-archive');
    expect(brokenProblems).toHaveLength(1);
    expect(brokenProblems[0]).toMatchObject({ archive: 'Повреждённый.zip', path: '' });
    expect(brokenProblems[0]).toMatchObject({ reason: expect.any(String) });
    expect(result.schools.length).toBeGreaterThan(0);
  });

  it('indexes the archives after one that cannot be opened, when that one comes first', async () => {
    const broken = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], 'Обрывок.zip');
    const one = await archive('Один.zip', ['4001']);
    const other = await archive('Другой.zip', ['4002']);
    const result = await indexReadable({ files: [broken, one, other], password: '' }, new AbortController().signal, () => undefined);
    expect(result.unreadable).toEqual(['Обрывок.zip']);
    expect(result.bank.works.map((work) => work.archive)).toEqual(['Один.zip', 'Другой.zip']);
    expect(result.bank.problems.map((problem) => problem.problem)).toEqual(['broken-archive']);
  });

  it('gives the same bank as one call of the indexer over all the archives (duplicates are judged per archive)', async () => {
    const one = await archive('Один.zip', ['4001', '4002']);
    const same = await archive('Другой.zip', ['4001', '4003']);
    const files = [one, same];
    const result = await indexReadable({ files, password: '' }, new AbortController().signal, () => undefined);
    const whole = await indexArchives(files.map((file) => ({ name: file.name, data: file })));
    expect(result.bank.works).toEqual(whole.works);
    expect(result.bank.documents).toEqual(whole.documents);
    const key = (problem: { archive: string; path: string; problem: string }) => `${problem.archive}|${problem.path}|${problem.problem}`;
    expect(result.bank.problems.map(key).sort()).toEqual(whole.problems.map(key).sort());
  });

  it('gives every archive as broken when none can be opened, with an empty bank', async () => {
    const files = ['a.zip', 'b.zip'].map((name) => new File([new TextEncoder().encode('nope')], name));
    const result = await indexReadable({ files, password: '' }, new AbortController().signal, () => undefined);
    expect(result.unreadable).toEqual(['a.zip', 'b.zip']);
    expect(result.bank.works).toEqual([]);
    expect(result.bank.problems.map((problem) => problem.archive)).toEqual(['a.zip', 'b.zip']);
  });

  it('stops when cancelled: it rejects with an AbortError instead of finishing the archive', async () => {
    const big = await archive('Большой.zip', Array.from({ length: 60 }, (_, index) => String(6000 + index)));
    const controller = new AbortController();
    const reports: ArchiveProgress[] = [];
    const run = indexReadable({ files: [big], password: '' }, controller.signal, (progress) => {
      reports.push(progress);
      controller.abort();
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(reports).toHaveLength(1);
    expect(reports[0].done).toBeLessThan(60);
  });

  it('asks the pane\'s pdf.js (handed over as pdfOpenCheck) about a scan the inspector had to repair, and only about that one', async () => {
    const zip = await buildZip([
      { path: `${FOLDER}/4001_вар.1.pdf`, data: makePdf({ pages: 2 }) },
      { path: `${FOLDER}/4002_вар.1.pdf`, data: breakXref(makePdf({ pages: 3 })) },
    ]);
    const files = [new File([zip], 'Район.zip')];
    const asked: number[] = [];
    const viewer = async (bytes: Uint8Array) => {
      asked.push(bytes.length);
      return { pages: 3 };
    };

    const judged = await indexReadable({ files, password: '' }, new AbortController().signal, () => undefined, viewer);
    expect(asked).toHaveLength(1);
    expect(judged.bank.works.map((work) => [work.code, work.pages])).toEqual([['4001', 2], ['4002', 3]]);

    const unjudged = await indexReadable({ files, password: '' }, new AbortController().signal, () => undefined);
    expect(unjudged.bank.works.map((work) => work.code)).toEqual(['4001']);
    expect(unjudged.bank.problems).toEqual([expect.objectContaining({ path: `${FOLDER}/4002_вар.1.pdf`, problem: 'broken-pdf', reason: 'damaged' })]);
  });
});
