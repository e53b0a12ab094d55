import { computeStatistics, mergeProtocols, summarySheets } from '../../../src/engine';
import type { MergeProgress, MergeRequest } from '../../../src/taskpane/engineRun';
import { mergeInWorker, reportInWorker } from '../../../src/taskpane/engineRun/mergeInWorker';
import { fillProtocol, prepareRegion, type PreparedRegion } from '../../engine/merge/returnedProtocols';

let region: PreparedRegion;
let files: File[];

beforeAll(async () => {
  region = await prepareRegion('секрет-воркера');
  files = await Promise.all([...region.protocols.values()].map(async (blank, index) => new File([await fillProtocol(blank) as Uint8Array<ArrayBuffer>], `Протокол ${index + 1}.xlsx`)));
}, 60_000);

const METADATA = { region: 'Иркутская область', centre: 'ЦОКО', testPeriod: 'апрель', date: '2026-05-20' };

function request(key: File = new File([region.keyWorkbook as Uint8Array<ArrayBuffer>], 'ключ.xlsx')): MergeRequest {
  return { protocols: files.map((data) => ({ file: data.name, data })), key, scales: null, language: 'ru', metadata: METADATA };
}

describe('mergeInWorker', () => {
  it('gives the pane the merge, its statistics and the summary laid out as the CLI writes it, as plain data', async () => {
    const reports: MergeProgress[] = [];
    const outcome = await mergeInWorker(request(), new AbortController().signal, (progress) => reports.push(progress));
    if (!outcome.ok) throw new Error('the key did not read');
    expect(outcome.merged.protocols.map((p) => p.state)).toEqual(files.map(() => 'merged'));
    const merged = await mergeProtocols(files.map((data) => ({ file: data.name, data })), region.key);
    expect(outcome.merged.rows).toEqual(merged.rows);
    const statistics = computeStatistics(merged.rows);
    expect(outcome.sheets.map((sheet) => sheet.rows)).toEqual(
      summarySheets({ ...merged, statistics, report: { metadata: METADATA, comments: outcome.comments }, language: 'ru' }).map((sheet) => sheet.rows),
    );
    expect(reports[0]).toEqual({ done: 1, given: files.length });
    expect(structuredClone(outcome).sheets).toHaveLength(5);
  });

  it('says the key cannot be read instead of merging', async () => {
    const outcome = await mergeInWorker(request(new File([new Uint8Array([1, 2, 3])], 'не ключ.xlsx')), new AbortController().signal, () => undefined);
    expect(outcome).toEqual({ ok: false, key: expect.objectContaining({ ok: false, problem: 'broken-workbook' }) });
  });

  it('stops between two files when cancelled', async () => {
    const controller = new AbortController();
    const run = mergeInWorker(request(), controller.signal, (progress) => {
      if (progress.done === 1) controller.abort();
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('builds the report as a .docx Blob with the charts given', async () => {
    const outcome = await mergeInWorker(request(), new AbortController().signal, () => undefined);
    if (!outcome.ok) throw new Error('the key did not read');
    const blob = await reportInWorker({ statistics: outcome.statistics, metadata: METADATA, comments: outcome.comments, charts: [] }, new AbortController().signal);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()).subarray(0, 2))).toBe('PK');
  });
});
