/**
 * A few live counters of the viewer, published as `window.__recheckViewerStats` for browser tests and the
 * benchmark (and for a person in DevTools wondering about memory). Only what those need: documents and canvases
 * alive, renders started/finished/cancelled, the last painted page, and which pdf.js build and files are in use.
 * Each paint is also announced as a `recheck-viewer-paint` event on `window`, so a benchmark can time it exactly.
 */

export const PAINT_EVENT = 'recheck-viewer-paint';

export interface PaintRecord {
  workId: string;
  page: number;
  rotation: number;
  /** Canvas backing-store size, device pixels. */
  pixelWidth: number;
  pixelHeight: number;
  /** CSS size of the page on screen. */
  cssWidth: number;
  cssHeight: number;
  /** Painted from the page rendered ahead for the next work. */
  fromPrefetch: boolean;
  /** `performance.now()` when the page was on the canvas. */
  at: number;
}

export interface ViewerStats {
  /** Which pdf.js build runs ('modern' or 'legacy'), once loaded. */
  build: string | null;
  /** What the viewer passes to pdf.js: worker script and the folders of WASM decoders, CMaps, fonts, ICC profiles. */
  assets: { workerSrc: string; wasmUrl: string; cMapUrl: string; standardFontDataUrl: string; iccUrl: string } | null;
  documentsOpened: number;
  documentsReleased: number;
  /** Open pdf.js documents (the shown work and at most one prefetched). */
  liveDocuments: number;
  /** Page canvases ever created: the pool reuses them, so this stays at 2. */
  pageCanvasesCreated: number;
  /** Page canvases holding pixels now. */
  liveCanvases: number;
  /** Thumbnail canvases on screen (small; only the shown work's). */
  thumbnailCanvases: number;
  rendersStarted: number;
  rendersCompleted: number;
  rendersCancelled: number;
  rendersFailed: number;
  /** Renders of plain scan pages by the browser's JPEG decoder (scanPageRender.ts), and how many fell back to pdf.js. */
  scanRenders: number;
  scanFallbacks: number;
  /** Id of the work whose first page is rendered ahead, ready to paint. */
  prefetched: string | null;
  painted: PaintRecord | null;
  paints: number;
}

/** All counters at zero: the start of a session (and of a test). */
export function emptyStats(): ViewerStats {
  return {
    build: null,
    assets: null,
    documentsOpened: 0,
    documentsReleased: 0,
    liveDocuments: 0,
    pageCanvasesCreated: 0,
    liveCanvases: 0,
    thumbnailCanvases: 0,
    rendersStarted: 0,
    rendersCompleted: 0,
    rendersCancelled: 0,
    rendersFailed: 0,
    scanRenders: 0,
    scanFallbacks: 0,
    prefetched: null,
    painted: null,
    paints: 0,
  };
}

/** The pane's counters: one pdf.js runtime per pane, so one set. */
export const viewerStats: ViewerStats = emptyStats();

declare global {
  interface Window {
    __recheckViewerStats?: ViewerStats;
  }
}

export function publishViewerStats(): void {
  if (typeof window !== 'undefined') window.__recheckViewerStats = viewerStats;
}

/** Tells listeners (benchmarks, tests) that a page is on screen; `__recheckViewerStats.painted` holds the same. */
export function announcePaint(record: PaintRecord): void {
  if (typeof window !== 'undefined' && typeof CustomEvent === 'function') {
    window.dispatchEvent(new CustomEvent<PaintRecord>(PAINT_EVENT, { detail: record }));
  }
}
