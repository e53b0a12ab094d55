import { expose, proxy, wrap, type Endpoint, type Remote } from 'comlink';
import type { ArchiveProgress, EngineWorkerApi } from '../../../src/taskpane/engineRun/engineApi';
import { createEngineApi } from '../../../src/taskpane/engineRun/engineWorkerApi';
import { buildZip } from '../../support/archiveFixtures';
import { makePdf } from '../../support/pdfFactory';

// Comlink opens a channel per proxied callback and closes it when the far side lets go (in a browser, when its
// proxy is collected): in Node an open port keeps Jest from exiting, so this test closes every port it opened.
const NodeMessageChannel = globalThis.MessageChannel;
const opened: MessageChannel[] = [];
globalThis.MessageChannel = class extends NodeMessageChannel {
  constructor() {
    super();
    opened.push(this);
  }
};
afterAll(() => {
  globalThis.MessageChannel = NodeMessageChannel;
  for (const channel of opened) {
    channel.port1.close();
    channel.port2.close();
  }
});

const FOLDER = 'Боханский район/МБОУ Витимская СОШ, русский язык, 6 класс';

/** The worker's API behind a real MessageChannel, as the pane reaches it (Comlink on both ends). */
function connect(): Remote<EngineWorkerApi> {
  const { port1, port2 } = new MessageChannel();
  expose(createEngineApi(), port1 as unknown as Endpoint);
  return wrap<EngineWorkerApi>(port2 as unknown as Endpoint);
}

async function bigArchive(works: number): Promise<File> {
  const zip = await buildZip(Array.from({ length: works }, (_, i) => ({ path: `${FOLDER}/${6000 + i}_вар.1.pdf`, data: makePdf({ pages: 2 }) })));
  return new File([zip], 'Большой.zip');
}

describe('the engine worker’s port', () => {
  it('indexes Files sent across it, with progress back through a proxied callback', async () => {
    const engine = connect();
    const reports: ArchiveProgress[] = [];
    const result = await engine.index(1, { files: [await bigArchive(5)], password: '' }, proxy((progress: ArchiveProgress) => reports.push(progress)));
    expect(result.bank.works.map((work) => work.code)).toEqual(['6000', '6001', '6002', '6003', '6004']);
    expect(result.unreadable).toEqual([]);
    expect(reports[0]).toMatchObject({ total: 5 });
  });

  it('stops a run on `cancel` with its number: the run rejects with an AbortError, another run is not touched', async () => {
    const engine = connect();
    const file = await bigArchive(80);
    let cancelled = false;
    const onProgress = proxy(() => {
      if (cancelled) return;
      cancelled = true;
      void engine.cancel(7);
    });
    const stopped = engine.index(7, { files: [file], password: '' }, onProgress);
    const other = engine.index(8, { files: [await bigArchive(3)], password: '' }, proxy(() => undefined));
    await expect(stopped).rejects.toMatchObject({ name: 'AbortError' });
    expect((await other).bank.works).toHaveLength(3);
  });
});
