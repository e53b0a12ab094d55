import type { PrepareProgress } from '../../../src/taskpane/coordinator/prepare/Preparation.types';
import { prepareInWorker } from '../../../src/taskpane/engineRun/prepareInWorker';
import type { PrepareRequest } from '../../../src/taskpane/engineRun';
import { buildRegionArchives, expertsCsv } from '../../support/regionFixture';

const EXPERTS = [
  { name: 'Иванова Анна Петровна', school: 'МБОУ Витимская СОШ', municipality: 'Боханский район' },
  { name: 'Петров Олег Ильич', school: 'МБОУ СОШ №5', municipality: 'Заларинский район' },
];

async function request(): Promise<PrepareRequest> {
  const archives = (await buildRegionArchives()).map((archive) => new File([archive.data], archive.name));
  return { archives, password: '', sheets: [], experts: new File([expertsCsv(EXPERTS) as Uint8Array<ArrayBuffer>], 'эксперты.csv'), seed: 7, deadline: '' };
}

describe('prepareInWorker', () => {
  it('gives the pane plain data and Blobs: every package, the key, and each stage’s first and last progress', async () => {
    const reports: PrepareProgress[] = [];
    const result = await prepareInWorker(await request(), new AbortController().signal, (progress) => reports.push(progress));

    expect(result.packages.length).toBeGreaterThan(0);
    for (const pkg of result.packages) {
      expect(pkg.data).toBeInstanceOf(Blob);
      expect(pkg.data.size).toBeGreaterThan(0);
      expect(pkg.fileName).toMatch(/\.zip$/);
    }
    expect(result.works).toBe(result.packages.reduce((sum, pkg) => sum + pkg.works, 0));
    expect(result.keyWorkbook).toBeInstanceOf(Blob);
    expect(result.keyWorkbook.size).toBeGreaterThan(0);
    expect(structuredClone(result).packages).toHaveLength(result.packages.length);

    expect([...new Set(reports.map((report) => report.stage))]).toEqual(['index', 'sheets', 'packages']);
    const lastPackages = reports.filter((report) => report.stage === 'packages').at(-1);
    expect(lastPackages).toEqual({ stage: 'packages', done: result.packages.length, total: result.packages.length });
  });

  it('stops when cancelled and rejects with an AbortError instead of a result', async () => {
    const controller = new AbortController();
    const run = prepareInWorker(await request(), controller.signal, (progress) => {
      if (progress.stage === 'sheets') controller.abort();
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
