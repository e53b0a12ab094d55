/**
 * pdf.js in the pane: loaded on first use (the start screen never pays for it), once per pane, with one worker
 * shared by every document. Starting a worker parses 1.3 MB of script: once a day, not once per work.
 *
 * pdf.js is not bundled by webpack: its own minified files are copied into dist/ (see pdfAssets.ts) and loaded with
 * a native `import()`. That keeps the pane's bundle 470 KB smaller, lets the browser pick the modern or the
 * legacy build at run time, and spares the build from re-minifying 3 MB on 2 cores.
 */
import pdfjsPackage from 'pdfjs-dist/package.json';
import type * as PdfJs from 'pdfjs-dist';
import { openScanPages, type ScanImage, type ScanPageReader } from '../../engine';
import { pageTextOf } from '../viewerWindow/taskPageMatcher';
import { choosePdfBuild, pdfAssets, pdfAssetsFolder, type PdfAssets, type PdfBuild } from './pdfAssets';
import { ViewerUnavailableError } from './viewerProblems';
import { renderScanPage, scanDecodingSupported, withPdfJsFallback } from './scanPageRender';
import type { CanvasHost, PdfDocumentLike, PdfOpener, PdfPageLike } from './viewerSession';
import { viewerStats } from './viewerStats';

type PdfLibrary = typeof PdfJs;

let runtime: Promise<PdfOpener<HTMLCanvasElement>> | null = null;

/** pdf.js, ready to open documents. A failed start is not cached: the next work tries again. */
export function loadPdfOpener(): Promise<PdfOpener<HTMLCanvasElement>> {
  runtime ??= startPdfJs().catch((error: unknown) => {
    runtime = null;
    throw new ViewerUnavailableError(error instanceof Error ? error.message : String(error));
  });
  return runtime;
}

async function importLibrary(url: string): Promise<PdfLibrary> {
  return (await import(/* webpackIgnore: true */ url)) as PdfLibrary;
}

async function startPdfJs(): Promise<PdfOpener<HTMLCanvasElement>> {
  const folder = new URL(pdfAssetsFolder(pdfjsPackage.version), document.baseURI).href;
  let build: PdfBuild = choosePdfBuild(globalThis);
  let lib: PdfLibrary;
  try {
    lib = await importLibrary(pdfAssets(folder, build).library);
  } catch (error) {
    // A browser that passed the feature check but still cannot parse the modern build.
    if (build === 'legacy') throw error;
    build = 'legacy';
    lib = await importLibrary(pdfAssets(folder, build).library);
  }
  const assets: PdfAssets = pdfAssets(folder, build);
  lib.GlobalWorkerOptions.workerSrc = assets.workerSrc;
  const worker = new lib.PDFWorker({ verbosity: lib.VerbosityLevel.ERRORS });
  await worker.promise;
  viewerStats.build = build;
  viewerStats.assets = {
    workerSrc: assets.workerSrc,
    wasmUrl: assets.wasmUrl,
    cMapUrl: assets.cMapUrl,
    standardFontDataUrl: assets.standardFontDataUrl,
    iccUrl: assets.iccUrl,
  };
  const options = {
    worker,
    verbosity: lib.VerbosityLevel.ERRORS,
    // Without these, JBIG2 (black-and-white) and JPX scans decode to nothing, and non-embedded fonts fail.
    wasmUrl: assets.wasmUrl,
    cMapUrl: assets.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFontDataUrl,
    iccUrl: assets.iccUrl,
    enableXfa: false,
  };
  return {
    async readTexts(data) {
      const task = lib.getDocument({ ...options, data });
      try {
        const document = await task.promise;
        const texts: string[] = [];
        for (let number = 1; number <= document.numPages; number += 1) {
          const page = await document.getPage(number);
          texts.push(pageTextOf((await page.getTextContent()).items));
          page.cleanup();
        }
        return texts;
      } finally {
        void task.destroy().catch(() => undefined);
      }
    },
    open(data) {
      // Plain scan pages are drawn by the browser's JPEG decoder (scanPageRender.ts). Their reading runs beside
      // pdf.js opening the file, on the caller's bytes; pdf.js gets its own copy, as it takes what it is given
      // over to its worker.
      const fast = scanDecodingSupported();
      const scans = fast ? openScanPages(data) : Promise.resolve(null);
      const task = lib.getDocument({
        ...options,
        data: fast ? data.slice() : data,
        // Measured (bench:viewer, headless Chromium): a 300-dpi colour JPEG page reaches the screen ~30 ms sooner when
        // the worker hands the decoded image over as is, instead of first redrawing it into an OffscreenCanvas.
        isOffscreenCanvasSupported: false,
      });
      return {
        promise: Promise.all([task.promise, scans]).then(([document, reader]) => adaptDocument(document, reader)),
        destroy: () => task.destroy(),
      };
    },
  };
}

function adaptDocument(document: PdfJs.PDFDocumentProxy, scans: ScanPageReader | null): PdfDocumentLike<HTMLCanvasElement> {
  // One adapter per page, so the session can tell pages apart by identity.
  const pages = new Map<number, Promise<PdfPageLike<HTMLCanvasElement>>>();
  return {
    numPages: document.numPages,
    getPage(pageNumber) {
      let page = pages.get(pageNumber);
      if (!page) {
        page = Promise.all([document.getPage(pageNumber), scans?.page(pageNumber - 1) ?? null]).then(([proxy, scan]) => adaptPage(proxy, scan));
        pages.set(pageNumber, page);
        page.catch(() => pages.delete(pageNumber));
      }
      return page;
    },
  };
}

function adaptPage(page: PdfJs.PDFPageProxy, scan: ScanImage | null): PdfPageLike<HTMLCanvasElement> {
  const renderWithPdfJs = (canvas: HTMLCanvasElement, viewport: PdfJs.PageViewport) => page.render({ canvas, viewport });
  return {
    rotate: page.rotate,
    getViewport: ({ scale, rotation }) => page.getViewport({ scale, rotation }),
    render: ({ canvas, viewport }) => {
      const pageViewport = viewport as PdfJs.PageViewport;
      if (!scan) return renderWithPdfJs(canvas, pageViewport);
      viewerStats.scanRenders += 1;
      return withPdfJsFallback(renderScanPage(scan, canvas, pageViewport), () => {
        viewerStats.scanFallbacks += 1;
        return renderWithPdfJs(canvas, pageViewport);
      });
    },
    cleanup: () => page.cleanup(),
  };
}

/** The page canvases of the DOM. */
export const domCanvases: CanvasHost<HTMLCanvasElement> = {
  create() {
    const canvas = document.createElement('canvas');
    canvas.style.display = 'block';
    return canvas;
  },
  resize(canvas, layout) {
    canvas.width = layout.pixelWidth;
    canvas.height = layout.pixelHeight;
    canvas.style.width = `${layout.cssWidth}px`;
    canvas.style.height = `${layout.cssHeight}px`;
  },
  detach(canvas) {
    canvas.remove();
  },
  release(canvas) {
    canvas.remove();
    canvas.width = 0;
    canvas.height = 0;
  },
};

