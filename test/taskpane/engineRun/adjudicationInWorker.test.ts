import { readKeyWorkbook } from '../../../src/engine';
import { adjudicationInWorker } from '../../../src/taskpane/engineRun/adjudicationInWorker';
import { prepareInWorker } from '../../../src/taskpane/engineRun/prepareInWorker';
import { buildRegionArchives, expertsCsv } from '../../support/regionFixture';
import { FIRST, FOUR_EXPERTS, SECOND, SENT_TO_THIRD, fillWith, protocolIn } from '../../engine/adjudication/twoRoundRegion';

describe('the pane’s double check in the worker', () => {
  it('prepares two rounds with the copies setting, then builds the third check from the returned protocols', async () => {
    const archives = (await buildRegionArchives()).map((archive) => new File([archive.data], archive.name));
    const experts = new File([expertsCsv(FOUR_EXPERTS) as Uint8Array<ArrayBuffer>], 'эксперты.csv');
    const prepared = await prepareInWorker(
      { archives, password: '', sheets: [], experts, seed: 7, deadline: '', copies: 2 },
      new AbortController().signal,
      () => undefined,
    );
    const rounds = prepared.packages.map((pkg) => Number(/-Т(\d)-/.exec(pkg.packageId)![1]));
    expect(new Set(rounds)).toEqual(new Set([1, 2]));
    expect(prepared.packages.filter((_, index) => rounds[index] === 2).reduce((sum, pkg) => sum + pkg.works, 0)).toBe(9);

    const protocols = await Promise.all(prepared.packages.map(async (pkg, index) =>
      new File([await fillWith(await protocolIn(pkg.data), rounds[index] === 1 ? FIRST : SECOND) as Uint8Array<ArrayBuffer>], `Протокол ${pkg.packageId}.xlsx`)));
    const progress: number[] = [];
    const result = await adjudicationInWorker(
      {
        protocols,
        key: new File([prepared.keyWorkbook], 'Ключ перепроверки.xlsx'),
        earlierPackages: prepared.packages.map((pkg) => new File([pkg.data], pkg.fileName)),
        deadline: '2026-12-20',
      },
      new AbortController().signal,
      (done) => progress.push(done),
    );
    expect(result.keyRead).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.works.map((work) => work.workCode).sort()).toEqual(SENT_TO_THIRD);
    expect(result.works.every((work) => work.thirdExpert !== null && work.totals.length === 2)).toBe(true);
    expect(result.packages.reduce((sum, pkg) => sum + pkg.works, 0)).toBe(2);
    expect(progress.at(-1)).toBe(protocols.length);
    const key = await readKeyWorkbook(new Uint8Array(await result.keyWorkbook!.arrayBuffer()));
    expect(key.ok && key.key.works.filter((work) => work.round === 3)).toHaveLength(2);
    expect(structuredClone(result).packages).toHaveLength(result.packages.length);
  }, 60_000);

  it('says so when the key cannot be read, and does nothing else', async () => {
    const result = await adjudicationInWorker(
      { protocols: [], key: new File([new Uint8Array([1, 2, 3])], 'не ключ.xlsx'), earlierPackages: [], deadline: '' },
      new AbortController().signal,
      () => undefined,
    );
    expect(result).toEqual({ keyRead: false, works: [], packages: [], keyWorkbook: null, problems: [] });
  });
});
