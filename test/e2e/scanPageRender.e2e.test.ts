/**
 * The viewer's fast path for scans (src/taskpane/viewer/scanPageRender.ts) in Chromium: a plain scan page drawn
 * by the browser's JPEG decoder must look like pdf.js's drawing of it — same place, same turn, same colours —
 * whatever matrix places the image, whatever the page's /Rotate or the person's rotation, with an EXIF
 * orientation that must be ignored; and where the decoder is missing or fails, pdf.js draws the page.
 * The reference is plain pdf.js (the same build) rendering the same file at the viewer's canvas size in the
 * same page; the two are compared as averages of 12 × 12 pixel blocks.
 */
import type { Page } from 'playwright-core';
import type { PaintRecord, ViewerStats } from '../../src/taskpane/viewer/viewerStats';
import { makePdf, makeScanPage } from '../support/pdfFactory';
import { scanVariantPdf, withExifOrientation } from '../support/scanPdfVariants';
import { openPane, screenshot, type PaneSession } from './support/browser';

const W = 620;
const H = 877;
const jpeg = makeScanPage(21, W, H);

const FIXTURES: Record<string, Buffer> = {
  plain: Buffer.from(scanVariantPdf({ jpeg, widthPx: W, heightPx: H })),
  // A portrait image laid sideways on a landscape page, and the page turned back upright by /Rotate.
  sideways: Buffer.from(
    scanVariantPdf({ jpeg, widthPx: W, heightPx: H, mediaBox: '[0 0 841.89 595.276]', pageExtra: '/Rotate 90', content: 'q 0 595.276 -841.89 0 841.89 0 cm /Im1 Do Q', deflate: true }),
  ),
  // The image on part of the page, white around it.
  margins: Buffer.from(scanVariantPdf({ jpeg, widthPx: W, heightPx: H, content: 'q 1 0 0 1 60 90 cm 420 0 0 594 0 0 cm /Im1 Do Q' })),
  // A phone photo whose EXIF says "turn me": a PDF viewer must not.
  exif: Buffer.from(scanVariantPdf({ jpeg: withExifOrientation(jpeg, 6), widthPx: W, heightPx: H })),
  text: Buffer.from(makePdf({ pages: 1, text: 'Not a scan' })),
};

async function openHarness(initScript?: string): Promise<PaneSession> {
  const pane = await openPane({ height: 720, initScript });
  await pane.context.route('**/fixtures/**', (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '').replace(/\.pdf$/, '');
    const body = FIXTURES[name];
    return body ? route.fulfill({ status: 200, contentType: 'application/pdf', body }) : route.fulfill({ status: 404 });
  });
  await pane.page.goto(`${pane.origin}/viewer-harness.html`);
  await pane.page.waitForFunction(() => window.__viewerHarness !== undefined);
  await pane.page.evaluate((names) => window.__viewerHarness?.load(names.map((id) => ({ id, label: id, url: `/fixtures/${id}.pdf` }))), Object.keys(FIXTURES));
  return pane;
}

function stats(page: Page): Promise<ViewerStats> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__recheckViewerStats)) as ViewerStats);
}

async function showAndWait(page: Page, id: string, rotation = 0): Promise<PaintRecord> {
  const index = Object.keys(FIXTURES).indexOf(id);
  await page.evaluate((i) => window.__viewerHarness?.show(i, null), index);
  if (rotation !== 0) {
    await page.waitForFunction((work) => window.__recheckViewerStats?.painted?.workId === work, id);
    await page.locator('section[data-viewer-status]').focus();
    for (let turn = 0; turn < rotation / 90; turn++) await page.keyboard.press('r');
  }
  await page.waitForFunction(
    ([work, turn]) => {
      const stats = window.__recheckViewerStats;
      return stats?.painted?.workId === work && stats.painted.rotation === turn && stats.rendersStarted === stats.rendersCompleted + stats.rendersCancelled + stats.rendersFailed;
    },
    [id, rotation] as const,
    { timeout: 30_000 },
  );
  return (await stats(page)).painted as PaintRecord;
}

interface Comparison {
  width: number;
  height: number;
  /** Mean and largest difference of block averages, in 0–255 levels over R, G and B. */
  mean: number;
  max: number;
  /** Share of the viewer's pixels that are not white: the picture is there. */
  painted: number;
}

/** The viewer's canvas against plain pdf.js drawing the same page, same turn, same canvas size. */
const COMPARE_WITH_PDFJS = `async ({ id, rotation }) => {
  const shown = document.querySelector('[data-page-host] canvas');
  const { width, height } = shown;
  const stats = window.__recheckViewerStats;
  const lib = await import(stats.assets.workerSrc.replace('pdf.worker.min.js', 'pdf.min.js'));
  lib.GlobalWorkerOptions.workerSrc = stats.assets.workerSrc;
  const data = new Uint8Array(await (await fetch('/fixtures/' + id + '.pdf')).arrayBuffer());
  const task = lib.getDocument({ data, verbosity: 0 });
  const page = await (await task.promise).getPage(1);
  const turn = (page.rotate + rotation) % 360;
  const base = page.getViewport({ scale: 1, rotation: turn });
  const reference = document.createElement('canvas');
  reference.width = width;
  reference.height = height;
  await page.render({ canvas: reference, viewport: page.getViewport({ scale: width / base.width, rotation: turn }) }).promise;
  await task.destroy();
  const a = shown.getContext('2d').getImageData(0, 0, width, height).data;
  const b = reference.getContext('2d').getImageData(0, 0, width, height).data;
  const BLOCK = 12;
  let sum = 0, max = 0, blocks = 0, painted = 0;
  for (let i = 0; i < a.length; i += 4) if (a[i] + a[i + 1] + a[i + 2] < 750) painted++;
  for (let by = 0; by + BLOCK <= height; by += BLOCK) {
    for (let bx = 0; bx + BLOCK <= width; bx += BLOCK) {
      for (let c = 0; c < 3; c++) {
        let sa = 0, sb = 0;
        for (let y = by; y < by + BLOCK; y++) for (let x = bx; x < bx + BLOCK; x++) { const p = (y * width + x) * 4 + c; sa += a[p]; sb += b[p]; }
        const d = Math.abs(sa - sb) / (BLOCK * BLOCK);
        sum += d; max = Math.max(max, d); blocks++;
      }
    }
  }
  return { width, height, mean: sum / blocks, max, painted: painted / (a.length / 4) };
}`;

function compare(page: Page, id: string, rotation = 0): Promise<Comparison> {
  return page.evaluate(`(${COMPARE_WITH_PDFJS})(${JSON.stringify({ id, rotation })})`) as Promise<Comparison>;
}

function expectLikePdfJs(comparison: Comparison): void {
  expect(comparison.width).toBeGreaterThan(200);
  expect(comparison.painted).toBeGreaterThan(0.3);
  // Decoded at a smaller scale and smoothed once instead of decoded whole and scaled down by pdf.js: blocks agree
  // to a level or two (measured 0.6–1.4 on average, 9 at most). A mirrored page differs by 10 on average and by
  // 75 and more in places (the ruled lines and the red margin).
  expect(comparison.mean).toBeLessThan(3);
  expect(comparison.max).toBeLessThan(24);
}

describe('scan pages drawn by the browser\'s JPEG decoder', () => {
  let pane: PaneSession | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it('look like pdf.js\'s drawing: a full page, an image laid sideways under /Rotate, margins, an EXIF turn ignored', async () => {
    pane = await openHarness();
    const { page } = pane;
    for (const id of ['plain', 'sideways', 'margins', 'exif']) {
      const painted = await showAndWait(page, id);
      expect(painted.pixelHeight).toBeGreaterThan(painted.pixelWidth);
      expectLikePdfJs(await compare(page, id));
    }
    const { scanRenders, scanFallbacks } = await stats(page);
    expect(scanRenders).toBeGreaterThanOrEqual(4);
    expect(scanFallbacks).toBe(0);
    await screenshot(page, 'viewer-scan-fast-path');
    expect(pane.pageErrors).toEqual([]);
  });

  it('turn with the person\'s rotation as pdf.js turns them', async () => {
    pane = await openHarness();
    const { page } = pane;
    const painted = await showAndWait(page, 'sideways', 90);
    expect(painted.pixelWidth).toBeGreaterThan(painted.pixelHeight);
    expectLikePdfJs(await compare(page, 'sideways', 90));
    await showAndWait(page, 'plain', 270);
    expectLikePdfJs(await compare(page, 'plain', 270));
    expect(pane.pageErrors).toEqual([]);
  });

  it('leave pages that are not plain scans to pdf.js', async () => {
    pane = await openHarness();
    const { page } = pane;
    await showAndWait(page, 'text');
    const { scanRenders, rendersCompleted } = await stats(page);
    expect(scanRenders).toBe(0);
    expect(rendersCompleted).toBeGreaterThan(0);
  });

  it('are drawn by pdf.js where the decoder fails on them, and where the browser has none', async () => {
    const failing = `globalThis.ImageDecoder = class { constructor() {} decode() { return Promise.reject(new DOMException('bad data', 'EncodingError')); } close() {} };`;
    pane = await openHarness(failing);
    await showAndWait(pane.page, 'plain');
    expectLikePdfJs(await compare(pane.page, 'plain'));
    const failed = await stats(pane.page);
    expect(failed.scanFallbacks).toBeGreaterThan(0);
    expect(failed.scanFallbacks).toBe(failed.scanRenders);
    expect(failed.rendersFailed).toBe(0);
    expect(pane.pageErrors).toEqual([]);
    await pane.close();

    pane = await openHarness('delete globalThis.ImageDecoder;');
    await showAndWait(pane.page, 'plain');
    expectLikePdfJs(await compare(pane.page, 'plain'));
    expect((await stats(pane.page)).scanRenders).toBe(0);
    expect(pane.pageErrors).toEqual([]);
  });
});
