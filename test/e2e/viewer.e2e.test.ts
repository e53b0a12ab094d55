/**
 * The work viewer in the built pane's harness page (dist/viewer-harness.html, test builds only), in Chromium:
 * real pdf.js, real scan-like PDFs (colour JPEG pages from test/support/pdfFactory), pixels read back from the
 * canvas. The PDFs are served from memory under /fixtures/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import pdfjsPackage from 'pdfjs-dist/package.json';
import { makePdf, makeScanPdf, truncate } from '../support/pdfFactory';
import type { PaintRecord, ViewerStats } from '../../src/taskpane/viewer/viewerStats';
import { makeJbig2Pdf } from '../taskpane/viewer/jbig2Factory';
import { makeJpxPdf } from '../taskpane/viewer/jpxFactory';
import { DIST, openPane, screenshot, type PaneSession } from './support/browser';

/** Small pages (a quarter of 300 dpi): quick to make, still a colour JPEG of ruled paper and pen strokes. */
const SMALL = { widthPx: 620, heightPx: 877 };
const LABEL = 'ОО-042 · 40015 · вариант 1 · задание 4К1';

const fixtures = new Map<string, Buffer>();

function smallScan(seed: number, pages = 1): Buffer {
  const name = `small-${seed}-${pages}.pdf`;
  if (!fixtures.has(name)) fixtures.set(name, Buffer.from(makeScanPdf({ pages, seed, ...SMALL })));
  return fixtures.get(name) as Buffer;
}

interface FixtureWork {
  id: string;
  label: string;
  body: Buffer;
}

async function openViewer(works: FixtureWork[], options: { initScript?: string; language?: 'en'; withoutWasm?: boolean } = {}): Promise<PaneSession> {
  const pane = await openPane({ height: 720, initScript: options.initScript });
  // As if the build had not copied pdf.js's WASM decoders.
  if (options.withoutWasm) await pane.context.route('**/pdfjs-*/wasm/**', (route) => route.abort());
  const served = new Map(works.map((work) => [`${work.id}.pdf`, work.body]));
  await pane.context.route('**/fixtures/**', (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
    const body = served.get(name);
    return body ? route.fulfill({ status: 200, contentType: 'application/pdf', body }) : route.fulfill({ status: 404, body: 'no such fixture' });
  });
  await pane.page.goto(`${pane.origin}/viewer-harness.html${options.language ? `?lang=${options.language}` : ''}`);
  await pane.page.waitForFunction(() => window.__viewerHarness !== undefined);
  await pane.page.evaluate(
    (list) => window.__viewerHarness?.load(list),
    works.map((work) => ({ id: work.id, label: work.label, url: `/fixtures/${encodeURIComponent(work.id)}.pdf` })),
  );
  return pane;
}

async function show(page: Page, index: number | null, next: number | null = null): Promise<void> {
  await page.evaluate(([i, n]) => window.__viewerHarness?.show(i, n), [index, next] as const);
}

function stats(page: Page): Promise<ViewerStats> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__recheckViewerStats)) as ViewerStats);
}

/** Waits for a paint matching `expected` (and newer than `after` paints). */
async function paintOf(page: Page, expected: Partial<PaintRecord>, after = 0): Promise<PaintRecord> {
  await page.waitForFunction(
    ([want, count]) => {
      const stats = window.__recheckViewerStats;
      const painted = stats?.painted as Record<string, unknown> | null | undefined;
      if (!stats || !painted || stats.paints <= count) return false;
      return Object.entries(want).every(([key, value]) => painted[key] === value);
    },
    [expected, after] as const,
    { timeout: 30_000 },
  );
  return (await stats(page)).painted as PaintRecord;
}

interface Ink {
  width: number;
  height: number;
  cssWidth: number;
  /** Share of pixels darker than paper: pen strokes and print. */
  dark: number;
  /** Share of pixels that are not plain white. */
  painted: number;
  /** Share of pixels clearly darker than paper (grey included: strokes blur in a thumbnail). */
  shaded: number;
  /** `dark` in the top tenth of the page (its margin). */
  topDark: number;
}

/** Reads the shown page's canvas back. */
function inkOf(page: Page, selector = '[data-page-host] canvas'): Promise<Ink> {
  return page.evaluate((css) => {
    const canvas = document.querySelector(css) as HTMLCanvasElement | null;
    if (!canvas || canvas.width === 0) return { width: 0, height: 0, cssWidth: 0, dark: 0, painted: 0, shaded: 0, topDark: 0 };
    const { data } = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    let painted = 0;
    let shaded = 0;
    let topDark = 0;
    const top = Math.floor(canvas.height / 10) * canvas.width * 4;
    for (let i = 0; i < data.length; i += 4) {
      const sum = data[i] + data[i + 1] + data[i + 2];
      if (sum < 330) {
        dark += 1;
        if (i < top) topDark += 1;
      }
      if (sum < 750) painted += 1;
      if (sum < 640) shaded += 1;
    }
    const pixels = data.length / 4;
    return {
      width: canvas.width,
      height: canvas.height,
      cssWidth: canvas.getBoundingClientRect().width,
      dark: dark / pixels,
      painted: painted / pixels,
      shaded: shaded / pixels,
      topDark: top === 0 ? 0 : topDark / (top / 4),
    };
  }, selector);
}

function expectScan(ink: Ink): void {
  expect(ink.width).toBeGreaterThan(0);
  // Paper everywhere (tinted, not white), ink on a few per cent of it.
  expect(ink.painted).toBeGreaterThan(0.9);
  expect(ink.dark).toBeGreaterThan(0.005);
  expect(ink.dark).toBeLessThan(0.4);
}

async function focusViewer(page: Page): Promise<void> {
  await page.locator('section[data-viewer-status]').focus();
}

describe('the work viewer', () => {
  let pane: PaneSession | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it('paints the first page of a scan fitted to a 320 px pane, with the work\'s label, pages and thumbnails', async () => {
    pane = await openViewer([
      { id: 'a', label: LABEL, body: smallScan(1, 3) },
      { id: 'b', label: 'ОО-042 · 40016 · вариант 2 · задание 4К1', body: smallScan(4, 1) },
    ]);
    const { page } = pane;
    await show(page, 0, 1);
    const painted = await paintOf(page, { workId: 'a', page: 1 });
    const ink = await inkOf(page);
    expectScan(ink);
    const area = await page.locator('[data-page-area]').evaluate((element) => element.clientWidth);
    // Fit to width: the page is as wide as the viewer (whole pixels).
    expect(painted.cssWidth).toBeGreaterThan(area - 1);
    expect(painted.cssWidth).toBeLessThanOrEqual(area);
    expect(ink.height / ink.width).toBeCloseTo(877 / 620, 1);
    expect(await page.locator('[data-label]').innerText()).toBe(LABEL);
    expect(await page.locator('[data-page-counter]').innerText()).toBe('1 / 3');
    expect(await page.locator('[data-zoom]').innerText()).toMatch(/^\d+ %$/);
    // Thumbnails: small, lazy, inked once the page and the next work are done.
    await page.waitForFunction(() => document.querySelectorAll('[data-thumbnails] canvas[width]:not([width="0"])').length === 3, undefined, { timeout: 30_000 });
    const thumbnail = await inkOf(page, '[data-thumbnails] button[data-page="2"] canvas');
    expect(thumbnail.painted).toBeGreaterThan(0.9);
    expect(thumbnail.shaded).toBeGreaterThan(0.01);
    expect(thumbnail.cssWidth).toBeLessThanOrEqual(48);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.locator('[data-command="keys"]').click();
    expect(await page.locator('[data-keys-help]').innerText()).toContain('R — повернуть');
    await page.locator('[data-command="keys"]').click();
    await page.mouse.move(160, 400);
    await screenshot(page, 'viewer');
    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });

  it('renders a full 300-dpi A4 colour page', async () => {
    pane = await openViewer([{ id: 'a4', label: LABEL, body: Buffer.from(makeScanPdf({ pages: 1, seed: 7 })) }]);
    const { page } = pane;
    await show(page, 0);
    await paintOf(page, { workId: 'a4', page: 1 });
    expectScan(await inkOf(page));
    expect(pane.pageErrors).toEqual([]);
  });

  it('zooms in and out with the buttons and the keys, and goes back to the pane\'s width', async () => {
    pane = await openViewer([{ id: 'a', label: LABEL, body: smallScan(1) }]);
    const { page } = pane;
    await show(page, 0);
    const fitted = await paintOf(page, { workId: 'a' });
    let paints = (await stats(page)).paints;
    await page.locator('[data-command="zoom-in"]').click();
    const larger = await paintOf(page, { workId: 'a' }, paints);
    expect(larger.cssWidth).toBeGreaterThan(fitted.cssWidth * 1.2);
    expect(await page.locator('[data-zoom]').innerText()).toBe('50 %');
    // Wider than the pane: it scrolls sideways, the pane itself does not.
    paints = (await stats(page)).paints;
    await focusViewer(page);
    await page.keyboard.press('+');
    const largest = await paintOf(page, { workId: 'a' }, paints);
    expect(largest.cssWidth).toBeGreaterThan(larger.cssWidth);
    expect(await page.locator('[data-page-area]').evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expectScan(await inkOf(page));
    paints = (await stats(page)).paints;
    await page.keyboard.press('-');
    expect((await paintOf(page, { workId: 'a' }, paints)).cssWidth).toBeCloseTo(larger.cssWidth, 0);
    paints = (await stats(page)).paints;
    await page.keyboard.press('0');
    expect((await paintOf(page, { workId: 'a' }, paints)).cssWidth).toBeCloseTo(fitted.cssWidth, 0);
    expect(pane.pageErrors).toEqual([]);
  });

  it('rotates by 90°, remembers the rotation per work, and moves between works with the buttons and N/P', async () => {
    pane = await openViewer([
      { id: 'a', label: 'работа A', body: smallScan(1) },
      { id: 'b', label: 'работа B', body: smallScan(2) },
      { id: 'c', label: 'работа C', body: smallScan(3) },
    ]);
    const { page } = pane;
    await show(page, 0, 1);
    const upright = await paintOf(page, { workId: 'a', rotation: 0 });
    expect(upright.pixelHeight).toBeGreaterThan(upright.pixelWidth);
    await focusViewer(page);
    await page.keyboard.press('r');
    const turned = await paintOf(page, { workId: 'a', rotation: 90 });
    expect(turned.pixelWidth).toBeGreaterThan(turned.pixelHeight);
    expectScan(await inkOf(page));
    expect(await page.evaluate(() => window.__viewerHarness?.rotations)).toEqual({ a: 90 });

    // Next work: upright (its own rotation), from the prefetch.
    await page.keyboard.press('n');
    const next = await paintOf(page, { workId: 'b' });
    expect(next.rotation).toBe(0);
    expect(next.fromPrefetch).toBe(true);
    await page.locator('[data-command="next-work"]').click();
    await paintOf(page, { workId: 'c' });
    await page.locator('[data-command="previous-work"]').click();
    await paintOf(page, { workId: 'b' });
    await focusViewer(page);
    await page.keyboard.press('p');
    // Back to a: turned as it was left. Shift+R turns it back.
    const again = await paintOf(page, { workId: 'a', rotation: 90 });
    expect(again.pixelWidth).toBeGreaterThan(again.pixelHeight);
    await focusViewer(page);
    await page.keyboard.press('Shift+R');
    await paintOf(page, { workId: 'a', rotation: 0 });
    expect(await page.evaluate(() => window.__viewerHarness?.navigation)).toEqual(['next', 'next', 'previous', 'previous']);
    expect(pane.pageErrors).toEqual([]);
  });

  it('turns pages with PageDown/PageUp, End/Home and the thumbnails', async () => {
    pane = await openViewer([{ id: 'a', label: LABEL, body: smallScan(1, 3) }]);
    const { page } = pane;
    await show(page, 0);
    await paintOf(page, { workId: 'a', page: 1 });
    await focusViewer(page);
    await page.keyboard.press('PageDown');
    await paintOf(page, { workId: 'a', page: 2 });
    expect(await page.locator('[data-page-counter]').innerText()).toBe('2 / 3');
    expect(await page.locator('[data-thumbnails] button[aria-current="page"]').getAttribute('data-page')).toBe('2');
    await page.keyboard.press('End');
    await paintOf(page, { workId: 'a', page: 3 });
    await page.keyboard.press('PageDown'); // already the last page
    await page.keyboard.press('PageUp');
    await paintOf(page, { workId: 'a', page: 2 });
    await page.keyboard.press('Home');
    await paintOf(page, { workId: 'a', page: 1 });
    await page.locator('[data-thumbnails] button[data-page="3"]').click();
    await paintOf(page, { workId: 'a', page: 3 });
    expectScan(await inkOf(page));
    await page.locator('[data-command="previous-page"]').click();
    await paintOf(page, { workId: 'a', page: 2 });
    expect(pane.pageErrors).toEqual([]);
  });

  it('stays within two documents and two page canvases over 30 works, and the page\'s heap does not grow', async () => {
    const works = Array.from({ length: 31 }, (_, index) => ({ id: `w${index}`, label: `работа ${index}`, body: smallScan(100 + index, 1 + (index % 3)) }));
    pane = await openViewer(works);
    const { page } = pane;
    const cdp = await pane.context.newCDPSession(page);
    const heap = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    };
    let heapAfterFive = 0;
    for (let index = 0; index < 30; index++) {
      await show(page, index, index + 1);
      await paintOf(page, { workId: `w${index}`, page: 1 });
      await page.waitForFunction((id) => window.__recheckViewerStats?.prefetched === id, `w${index + 1}`, { timeout: 30_000 });
      const now = await stats(page);
      expect(now.liveDocuments).toBeLessThanOrEqual(2);
      expect(now.liveCanvases).toBeLessThanOrEqual(2);
      expect(await page.locator('[data-page-host] canvas').count()).toBe(1);
      if (index === 4) heapAfterFive = await heap();
    }
    // Thumbnails of the last work may still be drawing: every render started ends, one way or another.
    await page.waitForFunction(() => {
      const now = window.__recheckViewerStats;
      return now !== undefined && now.rendersStarted === now.rendersCompleted + now.rendersCancelled + now.rendersFailed;
    });
    const final = await stats(page);
    expect(final.pageCanvasesCreated).toBe(2);
    expect(final.documentsOpened - final.documentsReleased).toBe(2);
    expect(final.thumbnailCanvases).toBeLessThanOrEqual(3);
    expect(await page.locator('canvas').count()).toBeLessThanOrEqual(1 + 3);
    const heapGrowth = (await heap()) - heapAfterFive;
    expect(heapGrowth).toBeLessThan(8 * 1024 * 1024);
    expect(pane.pageErrors).toEqual([]);
  });

  it('paints only the last of a fast run of row changes and queues no renders for the others', async () => {
    const works = Array.from({ length: 12 }, (_, index) => ({ id: `r${index}`, label: `работа ${index}`, body: smallScan(200 + index) }));
    pane = await openViewer(works);
    const { page } = pane;
    await show(page, 0);
    await paintOf(page, { workId: 'r0' });
    const before = await stats(page);
    await page.evaluate(() => {
      for (let index = 1; index < 12; index++) window.__viewerHarness?.show(index, index + 1 < 12 ? index + 1 : null);
    });
    await paintOf(page, { workId: 'r11' }, before.paints);
    await page.waitForTimeout(300);
    const after = await stats(page);
    expect(after.paints - before.paints).toBe(1);
    // r11's page (and perhaps one render of a work passed over mid-flight), nothing queued behind.
    expect(after.rendersStarted - before.rendersStarted).toBeLessThanOrEqual(2);
    expect(after.rendersStarted).toBe(after.rendersCompleted + after.rendersCancelled + after.rendersFailed);
    expect(after.liveDocuments).toBeLessThanOrEqual(2);
    expectScan(await inkOf(page));
  });

  it('says in Russian that a broken scan does not open, and shows the next work as usual', async () => {
    const good = smallScan(5);
    pane = await openViewer([
      { id: 'garbage', label: 'мусор', body: Buffer.from('это не PDF, а письмо координатору') },
      { id: 'cut', label: 'обрезан', body: Buffer.from(truncate(makePdf({ pages: 2 }), 0.3)) },
      { id: 'empty', label: 'пустой', body: Buffer.alloc(0) },
      { id: 'good', label: 'хорошая', body: good },
    ]);
    const { page } = pane;
    await show(page, 0, 3);
    const message = page.locator('[data-problem]');
    await message.waitFor({ timeout: 30_000 });
    const text = await message.innerText();
    expect(text).toContain('Скан не открывается: файл повреждён или это не PDF, сообщите координатору.');
    expect(text).toContain('Подробности:');
    expect(await page.locator('[data-page-host] canvas').count()).toBe(0);
    await screenshot(page, 'viewer-broken');

    await show(page, 1, 3);
    await page.waitForFunction(() => document.querySelector('[data-viewer-status]')?.getAttribute('data-work') === 'cut');
    await page.waitForFunction(
      () => ['problem', 'ready'].includes(document.querySelector('[data-viewer-status]')?.getAttribute('data-viewer-status') ?? ''),
      undefined,
      { timeout: 30_000 },
    );
    // A cut-off PDF: either pdf.js recovers what is there, or the same message.
    const status = await page.locator('[data-viewer-status]').getAttribute('data-viewer-status');
    if (status === 'problem') expect(await page.locator('[data-problem]').innerText()).toContain('Скан не открывается');

    await show(page, 2, 3);
    await page.locator('[data-problem="scan-empty"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-problem]').innerText()).toContain('Скан не открывается: файл пустой, сообщите координатору.');

    await show(page, 3);
    await paintOf(page, { workId: 'good' });
    expectScan(await inkOf(page));
    expect(await page.locator('[data-problem]').count()).toBe(0);
  });

  it('speaks English when Office does', async () => {
    pane = await openViewer([{ id: 'garbage', label: 'x', body: Buffer.from('not a pdf') }], { language: 'en' });
    const { page } = pane;
    await show(page, 0);
    await page.locator('[data-problem]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-problem]').innerText()).toContain('The scan does not open: the file is damaged or not a PDF; tell the coordinator.');
  });

  it('ships pdf.js\'s worker, WASM decoders, CMaps, fonts and ICC profiles, and gives them to pdf.js', async () => {
    const folder = join(DIST, `pdfjs-${pdfjsPackage.version}`);
    for (const file of ['build/pdf.min.js', 'build/pdf.worker.min.js', 'legacy/pdf.min.js', 'legacy/pdf.worker.min.js', 'wasm/jbig2.wasm', 'wasm/openjpeg.wasm', 'wasm/qcms_bg.wasm', 'wasm/jbig2_nowasm_fallback.js', 'wasm/openjpeg_nowasm_fallback.js', 'cmaps/Adobe-Japan1-UCS2.bcmap', 'standard_fonts/FoxitSerif.pfb', 'standard_fonts/LiberationSans-Regular.ttf', 'iccs/CGATS001Compat-v2-micro.icc']) {
      expect(existsSync(join(folder, file))).toBe(true);
    }
    expect(readdirSync(join(folder, 'cmaps')).length).toBeGreaterThan(100);
    expect(readdirSync(join(folder, 'wasm')).some((name) => name.toLowerCase().includes('quickjs'))).toBe(false);

    pane = await openViewer([{ id: 'a', label: LABEL, body: smallScan(1) }]);
    const { page } = pane;
    await show(page, 0);
    await paintOf(page, { workId: 'a' });
    const { build, assets } = await stats(page);
    expect(build).toBe('modern');
    const base = `${pane.origin}/pdfjs-${pdfjsPackage.version}/`;
    expect(assets).toEqual({
      workerSrc: `${base}build/pdf.worker.min.js`,
      wasmUrl: `${base}wasm/`,
      cMapUrl: `${base}cmaps/`,
      standardFontDataUrl: `${base}standard_fonts/`,
      iccUrl: `${base}iccs/`,
    });
    const statuses = await page.evaluate(
      (urls) => Promise.all(urls.map(async (url) => (await fetch(url)).status)),
      [`${base}wasm/jbig2.wasm`, `${base}wasm/openjpeg.wasm`, `${base}cmaps/Adobe-Japan1-UCS2.bcmap`, `${base}standard_fonts/FoxitSerif.pfb`],
    );
    expect(statuses).toEqual([200, 200, 200, 200]);
  });

  it('renders a black-and-white JBIG2 scan through the WASM decoder', async () => {
    pane = await openViewer([{ id: 'bw', label: LABEL, body: Buffer.from(makeJbig2Pdf()) }]);
    const { page } = pane;
    await show(page, 0);
    await paintOf(page, { workId: 'bw' });
    const ink = await inkOf(page);
    // Black strokes on white, where they were drawn: lines of ink below a white top margin (noise would be everywhere).
    expect(ink.dark).toBeGreaterThan(0.05);
    expect(ink.dark).toBeLessThan(0.5);
    expect(ink.topDark).toBe(0);
    expect(ink.painted).toBeLessThan(0.6);
    expect(pane.pageErrors).toEqual([]);
  });

  it('renders a JPEG 2000 (JPX) scan through the WASM decoder, which would otherwise leave it blank', async () => {
    const centre = async (page: Page): Promise<number[]> =>
      page.evaluate(() => {
        const canvas = document.querySelector('[data-page-host] canvas') as HTMLCanvasElement;
        return Array.from((canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(canvas.width >> 1, canvas.height >> 1, 1, 1).data);
      });
    const jpx = { id: 'jpx', label: LABEL, body: Buffer.from(makeJpxPdf()) };
    pane = await openViewer([jpx]);
    await show(pane.page, 0);
    await paintOf(pane.page, { workId: 'jpx' });
    // Decoded: every coefficient zero, so flat mid-grey.
    for (const channel of (await centre(pane.page)).slice(0, 3)) expect(Math.abs(channel - 128)).toBeLessThanOrEqual(2);
    await pane.close();

    pane = await openViewer([jpx], { withoutWasm: true });
    await show(pane.page, 0);
    await paintOf(pane.page, { workId: 'jpx' });
    expect((await centre(pane.page)).slice(0, 3)).toEqual([255, 255, 255]);
  });

  it('runs pdf.js\'s legacy build in a WebView without the newest JavaScript built-ins', async () => {
    pane = await openViewer([{ id: 'a', label: LABEL, body: smallScan(1) }], {
      initScript: 'delete Math.sumPrecise; delete Map.prototype.getOrInsertComputed;',
    });
    const { page } = pane;
    await show(page, 0);
    await paintOf(page, { workId: 'a' });
    expect((await stats(page)).build).toBe('legacy');
    expectScan(await inkOf(page));
    expect(pane.pageErrors).toEqual([]);
  });

  it('is crisp on a high-DPI screen and caps the canvas on a 4x one', async () => {
    pane = await openViewer([
      { id: 'a', label: LABEL, body: smallScan(1) },
      { id: 'b', label: LABEL, body: smallScan(2) },
    ]);
    const { page } = pane;
    const cdp = await pane.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 320, height: 720, deviceScaleFactor: 2, mobile: false });
    await page.waitForFunction(() => window.devicePixelRatio === 2);
    await show(page, 0);
    const retina = await paintOf(page, { workId: 'a' });
    expect(retina.pixelWidth).toBe(Math.round(retina.cssWidth * 2));
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 320, height: 720, deviceScaleFactor: 4, mobile: false });
    await page.waitForFunction(() => window.devicePixelRatio === 4);
    await show(page, 1);
    const screen4k = await paintOf(page, { workId: 'b' });
    expect(screen4k.pixelWidth).toBe(Math.round(screen4k.cssWidth * 2));
    expectScan(await inkOf(page));
  });
});
