import { BlobReader, ZipReader } from '@zip.js/zip.js';
import { returnInWorker } from '../../../src/taskpane/engineRun/returnInWorker';
import type { ReturnProgress, ReturnRequest } from '../../../src/taskpane/engineRun';
import { fillProtocol, prepareRegion } from '../../engine/merge/returnedProtocols';

async function request(): Promise<ReturnRequest> {
  const region = await prepareRegion('секрет-панели');
  const protocols: File[] = [];
  for (const [id, blank] of region.protocols) protocols.push(new File([(await fillProtocol(blank)) as Uint8Array<ArrayBuffer>], `Протокол ${id}.xlsx`));
  return { protocols, key: new File([region.keyWorkbook as Uint8Array<ArrayBuffer>], 'Ключ перепроверки.xlsx'), received: '2026-04-30', testPeriodEnd: '' };
}

describe('returnInWorker', () => {
  it('gives the pane one ZIP per municipality with its schools’ workbooks, summary and letter, and reports both stages', async () => {
    const reports: ReturnProgress[] = [];
    const result = await returnInWorker(await request(), new AbortController().signal, (progress) => reports.push(progress));
    expect(result.keyProblem).toBeNull();
    expect(result.municipalities.map((m) => m.fileName).sort()).toEqual(['Боханский район.zip', 'Заларинский район.zip']);
    for (const m of result.municipalities) {
      expect(m.deadline).toBe('2026-05-18');
      const reader = new ZipReader(new BlobReader(m.zip), { useWebWorkers: false });
      const names = (await reader.getEntries()).map((entry) => entry.filename);
      await reader.close();
      expect(names).toEqual(expect.arrayContaining([`${m.municipality}/Сводка по муниципалитету.xlsx`, `${m.municipality}/Сопроводительное письмо.txt`, ...m.schools.map((s) => `${m.municipality}/${s.file}`)]));
    }
    expect(structuredClone(result).municipalities).toHaveLength(2);
    expect([...new Set(reports.map((report) => report.stage))]).toEqual(['merge', 'workbooks']);
    expect(reports.at(-1)).toEqual({ stage: 'workbooks', done: 3, total: 3 });
  }, 60_000);

  it('stops when cancelled, and says when the key is not a key', async () => {
    const controller = new AbortController();
    const input = await request();
    const run = returnInWorker(input, controller.signal, (progress) => {
      if (progress.stage === 'workbooks') controller.abort();
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const wrongKey = await returnInWorker({ ...input, key: input.protocols[0] }, new AbortController().signal, () => undefined);
    expect(wrongKey).toMatchObject({ keyProblem: 'not-a-key', municipalities: [] });
  }, 60_000);
});
