/**
 * bench:viewer, the viewer window (issue 12): the built pane against the stand-in Excel and the stand-in Office
 * dialog, the bench's 300-dpi scans in an expert's package (chosen in the pane, stored in IndexedDB as usual),
 * the window 1280 px wide. Timed from the moment the pane is told a row was selected (the stand-in's selection
 * event) to the first animation frame after the window painted that work's first page — across the pane, the
 * dialog message, the window's read from the package, and pdf.js. The clocks of the two pages are compared as
 * `performance.timeOrigin + performance.now()`.
 *
 * Baseline, in the same run and the same window: plain pdf.js (the same build, a warm worker) rendering the same
 * first page at the same width and pixel ratio from bytes already in memory, to the next animation frame.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BlobWriter, Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js';
import type { Page } from 'playwright-core';
import { openPane } from '../test/e2e/support/browser';
import { standInExcel, standInExcelScript, type StandInCell, type StandInWorkbook } from '../test/e2e/support/standInExcel';
import { demo, demoProtocol, textPdf } from '../test/e2e/viewerWindowFixture';

export const WINDOW_WIDTH = 1280;
const WINDOW_HEIGHT = 900;
const SCHOOL = 'ОО-460';

export interface WindowBenchInput {
  works: number;
  file(work: number): string;
}

export interface WindowBenchResult {
  /** Selection → the window's first page on screen, works not rendered ahead. */
  fresh: number[];
  /** Plain pdf.js, the same pages, same width. */
  plain: number[];
  /** Selection → the window's first page, the next work (rendered ahead). */
  next: number[];
  nextFromPrefetch: number;
  cssWidth: number;
  pixelWidth: number;
  liveDocuments: number;
}

function workCode(work: number): string {
  return String(50000 + work);
}

function key(work: number): string {
  return `${SCHOOL}/${workCode(work)}`;
}

/** The demo protocol's cells with one row per bench work (tasks 1 and 2), so the pane opens it as a protocol. */
async function benchProtocol(works: number): Promise<StandInWorkbook> {
  const workbook = await demoProtocol();
  const sheet = workbook.sheets.find((candidate) => candidate.name === 'Протокол')!;
  const rows: StandInCell[][] = [sheet.rows[0]];
  for (let work = 0; work < works; work += 1) {
    for (const task of ['1', '2']) rows.push([SCHOOL, workCode(work), 1, task, 2, 1, '', '', '', '']);
  }
  sheet.rows = rows;
  return workbook;
}

async function benchPackage(input: WindowBenchInput): Promise<Buffer> {
  const writer = new ZipWriter(new BlobWriter('application/zip'), { useWebWorkers: false, level: 0 });
  await writer.add(`Протокол ${demo.packageId}.xlsx`, new Uint8ArrayReader(new Uint8Array([0x50, 0x4b])));
  for (let work = 0; work < input.works; work += 1) {
    await writer.add(`${SCHOOL}/${workCode(work)}_вар.1.pdf`, new Uint8ArrayReader(new Uint8Array(readFileSync(input.file(work)))));
  }
  await writer.add('Материалы/Критерии 1.pdf', new Uint8ArrayReader(textPdf(['1. First task', '2. Second task'])));
  return Buffer.from(await (await writer.close()).arrayBuffer());
}

/** In the window: resolves with the absolute time of the first frame after `workId`'s first page is painted. */
const PAINTED_IN_WINDOW = `(workId) => new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('no paint of ' + workId + ' in 30 s')), 30000);
  const onPaint = (event) => {
    if (event.detail.workId !== workId || event.detail.page !== 1) return;
    window.removeEventListener('recheck-viewer-paint', onPaint);
    const fromPrefetch = event.detail.fromPrefetch;
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve({ at: performance.timeOrigin + performance.now(), fromPrefetch });
    });
  };
  window.addEventListener('recheck-viewer-paint', onPaint);
})`;

/** Waits until a viewer page has nothing left to do: `nextId` prefetched (unless null), every render finished. */
export async function idle(popup: Page, nextId: string | null): Promise<void> {
  await popup.waitForFunction(
    (next) => {
      const stats = window.__recheckViewerStats;
      if (!stats) return false;
      if (next !== null && stats.prefetched !== next) return false;
      return stats.rendersStarted === stats.rendersCompleted + stats.rendersCancelled + stats.rendersFailed;
    },
    nextId,
    { timeout: 60_000, polling: 50 },
  );
  await popup.waitForTimeout(150);
}

/** Selects the work's first row in the pane and times it to the window's screen. */
async function select(page: Page, popup: Page, work: number): Promise<{ ms: number; fromPrefetch: boolean }> {
  const painted = popup.evaluate(`(${PAINTED_IN_WINDOW})(${JSON.stringify(key(work))})`) as Promise<{ at: number; fromPrefetch: boolean }>;
  const row = 2 + work * 2;
  const started = (await page.evaluate(
    `(() => { const t = performance.timeOrigin + performance.now(); window.__standInExcel.select('G${row}'); return t; })()`,
  )) as number;
  const { at, fromPrefetch } = await painted;
  return { ms: at - started, fromPrefetch };
}

/** Plain pdf.js in the window: loaded once (warm worker), then each page from bytes in memory to the screen. */
export const PLAIN_SETUP = `async (urls) => {
  const workerSrc = window.__recheckViewerStats.assets.workerSrc;
  const lib = await import(workerSrc.replace('pdf.worker.min.js', 'pdf.min.js'));
  lib.GlobalWorkerOptions.workerSrc = workerSrc;
  const worker = new lib.PDFWorker({ verbosity: 0 });
  await worker.promise;
  const files = [];
  for (const url of urls) files.push(new Uint8Array(await (await fetch(url)).arrayBuffer()));
  window.__plain = { lib, worker, files };
}`;

export const PLAIN_RENDER = `async ({ index, cssWidth, ratio }) => {
  const { lib, worker, files } = window.__plain;
  const t0 = performance.now();
  const task = lib.getDocument({ data: files[index].slice(), worker, verbosity: 0, isOffscreenCanvasSupported: false });
  const document = await task.promise;
  const page = await document.getPage(1);
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: (cssWidth * ratio) / base.width });
  const canvas = window.document.createElement('canvas');
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = cssWidth + 'px';
  canvas.style.position = 'fixed';
  canvas.style.left = '0';
  canvas.style.top = '0';
  window.document.body.appendChild(canvas);
  await page.render({ canvas, viewport }).promise;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const ms = performance.now() - t0;
  canvas.remove();
  canvas.width = 0;
  await task.destroy();
  return ms;
}`;

export async function runWindowBench(input: WindowBenchInput, bytesRoute: (url: string) => Buffer | null): Promise<WindowBenchResult> {
  const workbook = await benchProtocol(input.works);
  const pkg = await benchPackage(input);
  const pane = await openPane({ height: 1000, standInOffice: { host: 'Excel', extraScript: standInExcelScript(workbook) } });
  try {
    const { page, context } = pane;
    await context.route('**/bench/*.pdf', (route) => {
      const body = bytesRoute(route.request().url());
      return body ? route.fulfill({ status: 200, contentType: 'application/pdf', body }) : route.fulfill({ status: 404 });
    });
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.locator('[data-package="none"]').waitFor({ timeout: 30_000 });
    // From a file, not a buffer: 48 MB sent as a buffer crosses the DevTools protocol in base64 and can outlast
    // the 30 s action timeout on a busy machine.
    const folder = join(process.cwd(), 'bench-output', 'viewer-window');
    mkdirSync(folder, { recursive: true });
    const packagePath = join(folder, 'Пакет.zip');
    writeFileSync(packagePath, pkg);
    await page.locator('[data-testid="package-input"]').setInputFiles(packagePath);
    await page.locator('[data-package="ready"]').waitFor({ timeout: 60_000 });
    await standInExcel(page).select('G2');
    await page.locator('section[data-current-row="2"]').waitFor();

    const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Открыть в отдельном окне' }).click()]);
    await popup.setViewportSize({ width: WINDOW_WIDTH, height: WINDOW_HEIGHT });
    await popup.locator(`[data-window-work="${key(0)}"]`).waitFor({ timeout: 30_000 });
    await popup.locator(`[data-page-host] canvas[data-work="${key(0)}"]`).waitFor({ timeout: 30_000 });
    await idle(popup, key(1));

    const painted = await popup.evaluate(() => window.__recheckViewerStats?.painted ?? null);
    const cssWidth = painted?.cssWidth ?? WINDOW_WIDTH;
    const ratio = await popup.evaluate(() => window.devicePixelRatio);
    // Works not rendered ahead: every other work, so the one selected is never the prefetched next. Each window
    // sample is followed by plain pdf.js on the same page, so both see the machine equally busy.
    const freshWorks: number[] = [];
    for (let work = 2; work < input.works; work += 2) freshWorks.push(work);
    await popup.evaluate(`(${PLAIN_SETUP})(${JSON.stringify(freshWorks.map((work) => `/bench/work-${String(work).padStart(2, '0')}.pdf`))})`);
    const fresh: number[] = [];
    const plain: number[] = [];
    for (const [index, work] of freshWorks.entries()) {
      fresh.push((await select(page, popup, work)).ms);
      await idle(popup, work + 1 < input.works ? key(work + 1) : null);
      plain.push((await popup.evaluate(`(${PLAIN_RENDER})(${JSON.stringify({ index, cssWidth, ratio })})`)) as number);
      await popup.waitForTimeout(150);
    }

    // The next work, rendered ahead while the previous one was shown.
    const next: number[] = [];
    let nextFromPrefetch = 0;
    await select(page, popup, 0);
    await idle(popup, key(1));
    for (let work = 1; work < Math.min(input.works, 11); work += 1) {
      const timing = await select(page, popup, work);
      next.push(timing.ms);
      if (timing.fromPrefetch) nextFromPrefetch += 1;
      await idle(popup, work + 1 < input.works ? key(work + 1) : null);
    }
    const liveDocuments = (await popup.evaluate(() => window.__recheckViewerStats?.liveDocuments ?? -1)) as number;

    if (pane.pageErrors.length > 0) throw new Error(`page errors: ${pane.pageErrors.join('; ')}`);
    return { fresh, plain, next, nextFromPrefetch, cssWidth, pixelWidth: painted?.pixelWidth ?? 0, liveDocuments };
  } finally {
    await pane.close();
  }
}
