/**
 * The viewer's engine room, without React and without pdf.js's types: which documents are open, which canvas
 * holds which page, and which render runs. The rules it keeps:
 *
 * - At most two documents open: the shown work and the prefetched next one. A work that is neither is released
 *   at once (`loadingTask.destroy()` frees it in pdf.js's worker too).
 * - Two page canvases, reused from a pool for the whole day: the shown one and the one the next work's first page
 *   is rendered into ahead of time. Showing the next work then means showing that canvas: no render at all.
 * - One render per canvas at a time. A newer request cancels the older render (pdf.js frees the canvas at once);
 *   requests that are already stale when their page arrives never start one, so fast row changes queue nothing.
 * - A page's decoded images are dropped (`page.cleanup()`) when another page takes its place on the canvas.
 * - Order of work: the shown page, then the next work's first page, then thumbnails, one at a time.
 */
import { layoutPage, normalizeRotation, type PageLayout, type Rotation, type Zoom } from './pageGeometry';
import { isCancellation, problemOpening, problemRendering, ViewerProblemError, type ViewerProblem } from './viewerProblems';
import type { ViewerStats } from './viewerStats';

// --- What the session needs from pdf.js (src/taskpane/viewer/pdfRuntime.ts adapts the real thing) -------------

export interface PdfViewportLike {
  width: number;
  height: number;
}

export interface PdfRenderTaskLike {
  promise: Promise<void>;
  cancel(): void;
}

export interface PdfPageLike<C> {
  /** The page's own /Rotate. */
  readonly rotate: number;
  getViewport(params: { scale: number; rotation: number }): PdfViewportLike;
  render(params: { canvas: C; viewport: PdfViewportLike }): PdfRenderTaskLike;
  /** Frees the page's decoded images; returns false when a render still uses them (pdf.js then frees them after). */
  cleanup(): boolean;
}

export interface PdfDocumentLike<C> {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike<C>>;
}

export interface PdfLoadingLike<C> {
  promise: Promise<PdfDocumentLike<C>>;
  destroy(): Promise<void>;
}

export interface PdfOpener<C> {
  open(data: Uint8Array): PdfLoadingLike<C>;
  /** The text of every page (pdf.js's text layer), lines kept; the document is closed after. */
  readTexts?(data: Uint8Array): Promise<string[]>;
}

// --- What it needs from the page ------------------------------------------------------------------------------

export interface CanvasHost<C> {
  create(): C;
  /** Gives the canvas the layout's backing-store size (which clears it) and CSS size. */
  resize(canvas: C, layout: PageLayout): void;
  /** Takes the canvas off screen, keeping its pixels. */
  detach(canvas: C): void;
  /** Takes the canvas off screen and frees its pixels (0×0). */
  release(canvas: C): void;
}

// --- Its own vocabulary ---------------------------------------------------------------------------------------

export interface WorkSource {
  id: string;
  pdf: Blob;
}

export interface PageView {
  /** 1-based; clamped to the document. */
  page: number;
  /** The person's rotation, added to the page's own. */
  rotation: Rotation;
  zoom: Zoom;
  /** CSS px available for the page's width. */
  areaWidth: number;
  /** CSS px available for the page's height (fit-page only). */
  areaHeight?: number;
  devicePixelRatio: number;
}

export interface PaintedPage<C> {
  workId: string;
  page: number;
  numPages: number;
  rotation: Rotation;
  layout: PageLayout;
  canvas: C;
  fromPrefetch: boolean;
}

export interface SessionListener<C> {
  documentOpened(workId: string, numPages: number): void;
  problem(workId: string, problem: ViewerProblem): void;
  painted(page: PaintedPage<C>): void;
}

export interface ThumbnailRequest<C> {
  /** The shown work's id: a request for another work (a stale component) is ignored. */
  workId: string;
  page: number;
  canvas: C;
  /** CSS width of the thumbnail. */
  width: number;
  rotation: Rotation;
  devicePixelRatio: number;
}

export interface ViewerSessionOptions<C> {
  /** pdf.js, loaded on first use. */
  opener: () => Promise<PdfOpener<C>>;
  canvases: CanvasHost<C>;
  stats: ViewerStats;
  listener: SessionListener<C>;
  now?: () => number;
}

interface InFlight<C> {
  key: string;
  task: PdfRenderTaskLike;
  page: PdfPageLike<C>;
  /** Started while its work was the prefetched one. */
  offscreen: boolean;
  /** True when the render completed; false when cancelled or failed. */
  done: Promise<boolean>;
}

class Slot<C> {
  generation = 0;
  destroyed = false;
  loading: PdfLoadingLike<C> | null = null;
  document!: Promise<PdfDocumentLike<C>>;
  numPages = 0;
  canvas: C | null = null;
  /** What the canvas holds, as a render key. */
  rendered: string | null = null;
  renderedOffscreen = false;
  inFlight: InFlight<C> | null = null;
  /** The page on the canvas; its images are freed when another page replaces it. */
  shownPage: PdfPageLike<C> | null = null;
  /** paint() calls under way. */
  painting = 0;
  /** The view last asked of this slot as the prefetched work: asked once, not again and again. */
  prefetchedView: string | null = null;

  constructor(readonly work: WorkSource) {}

  matches(work: WorkSource | null): boolean {
    return work !== null && work.id === this.work.id && work.pdf === this.work.pdf;
  }
}

interface ThumbnailJob<C> {
  request: ThumbnailRequest<C>;
  slot: Slot<C>;
  task: PdfRenderTaskLike | null;
  cancelled: boolean;
}

class Cancelled extends Error {
  constructor() {
    super('superseded');
    this.name = 'AbortException';
  }
}

/** Frees a page's decoded images; never throws (a page of a document being closed may refuse). */
function cleanUp<C>(page: PdfPageLike<C>): void {
  try {
    page.cleanup();
  } catch {
    // pdf.js frees it with the document.
  }
}

function renderKey(page: number, rotation: number, layout: PageLayout): string {
  return `${page}|${rotation}|${layout.pixelWidth}x${layout.pixelHeight}|${layout.cssWidth.toFixed(2)}`;
}

export class ViewerSession<C> {
  private current: Slot<C> | null = null;
  private prefetch: Slot<C> | null = null;
  private nextWork: WorkSource | null = null;
  private nextView: PageView | null = null;
  /** The shown work has been painted once (or has failed): the next work may use the worker now. */
  private currentSettled = false;
  private readonly freeCanvases: C[] = [];
  private thumbnails: ThumbnailJob<C>[] = [];
  private thumbnailRunning: ThumbnailJob<C> | null = null;
  private destroyed = false;
  private readonly now: () => number;

  constructor(private readonly options: ViewerSessionOptions<C>) {
    this.now = options.now ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now()));
  }

  /** Shows `work` and keeps `next` ready. Documents that are neither are released. */
  select(work: WorkSource | null, next: WorkSource | null): void {
    if (this.destroyed) return;
    const slots = [this.current, this.prefetch].filter((slot): slot is Slot<C> => slot !== null);
    const find = (source: WorkSource | null): Slot<C> | null => slots.find((slot) => slot.matches(source)) ?? null;
    const previous = this.current;
    const current = work ? (find(work) ?? this.openSlot(work)) : null;
    const nextWork = next && !(work && next.id === work.id && next.pdf === work.pdf) ? next : null;
    const prefetch = nextWork ? find(nextWork) : null;

    // Thumbnails first: they draw from the shown work's document, which may be about to close.
    if (current !== previous) this.cancelThumbnails();
    for (const slot of slots) {
      if (slot !== current && slot !== prefetch) this.destroySlot(slot);
    }
    this.current = current;
    this.prefetch = prefetch;
    this.nextWork = nextWork;
    if (current !== previous) {
      this.currentSettled = false;
      if (current) current.prefetchedView = null;
      if (previous && previous === prefetch) {
        // Going back: the work shown until now becomes the next one. Off screen; its first page is rendered again.
        previous.generation += 1;
        previous.prefetchedView = null;
        this.cancelRender(previous);
        if (previous.canvas) this.options.canvases.detach(previous.canvas);
      }
      if (current) this.watchDocument(current);
    }
    this.options.stats.prefetched = prefetch && prefetch.rendered?.startsWith('1|') ? prefetch.work.id : null;
    this.schedulePrefetch();
  }

  /** Paints the shown work's page as asked; a newer call supersedes an older one. */
  render(view: PageView): void {
    const slot = this.current;
    if (!slot || this.destroyed) return;
    void this.paint(slot, view, true);
  }

  /** How the next work's first page will be shown (its rotation, the viewer's width): render it that way ahead. */
  setPrefetchView(view: PageView | null): void {
    this.nextView = view;
    this.schedulePrefetch();
  }

  /** Renders a thumbnail of the shown work when the viewer has nothing more urgent to do. Returns a cancel function. */
  requestThumbnail(request: ThumbnailRequest<C>): () => void {
    const slot = this.current;
    if (!slot || this.destroyed || slot.work.id !== request.workId) return () => undefined;
    const job: ThumbnailJob<C> = { request, slot, task: null, cancelled: false };
    this.thumbnails.push(job);
    this.pumpThumbnails();
    return () => {
      job.cancelled = true;
      job.task?.cancel();
      this.thumbnails = this.thumbnails.filter((other) => other !== job);
    };
  }

  destroy(): void {
    if (this.destroyed) return;
    this.cancelThumbnails();
    for (const slot of [this.current, this.prefetch]) if (slot) this.destroySlot(slot);
    this.current = null;
    this.prefetch = null;
    this.destroyed = true;
    for (const canvas of this.freeCanvases.splice(0)) this.options.canvases.release(canvas);
  }

  // --- Documents ------------------------------------------------------------------------------------------------

  private openSlot(work: WorkSource): Slot<C> {
    const slot = new Slot<C>(work);
    const { stats } = this.options;
    slot.document = (async () => {
      if (work.pdf.size === 0) throw new ViewerProblemError({ problem: 'scan-empty' });
      const [opener, buffer] = await Promise.all([this.options.opener(), work.pdf.arrayBuffer()]);
      if (slot.destroyed) throw new Cancelled();
      // pdf.js takes the bytes over to its worker (transferred, not copied).
      const loading = opener.open(new Uint8Array(buffer));
      slot.loading = loading;
      stats.documentsOpened += 1;
      stats.liveDocuments += 1;
      const document = await loading.promise;
      slot.numPages = document.numPages;
      return document;
    })();
    // Failures are reported by watchDocument when (and if) the work is shown.
    slot.document.catch(() => undefined);
    return slot;
  }

  private watchDocument(slot: Slot<C>): void {
    slot.document.then(
      (document) => {
        if (slot === this.current) this.options.listener.documentOpened(slot.work.id, document.numPages);
      },
      (error: unknown) => {
        if (slot !== this.current || slot.destroyed) return;
        this.currentSettled = true;
        this.options.listener.problem(slot.work.id, problemOpening(error));
        this.schedulePrefetch();
      },
    );
  }

  private destroySlot(slot: Slot<C>): void {
    const { stats } = this.options;
    slot.destroyed = true;
    slot.generation += 1;
    this.cancelRender(slot);
    if (slot.canvas) {
      this.releaseCanvas(slot.canvas);
      slot.canvas = null;
    }
    slot.shownPage = null;
    if (slot.loading) {
      stats.documentsReleased += 1;
      stats.liveDocuments -= 1;
      void slot.loading.destroy().catch(() => undefined);
      slot.loading = null;
    }
  }

  // --- Canvases -------------------------------------------------------------------------------------------------

  private acquireCanvas(): C {
    const { stats, canvases } = this.options;
    stats.liveCanvases += 1;
    const reused = this.freeCanvases.pop();
    if (reused !== undefined) return reused;
    stats.pageCanvasesCreated += 1;
    return canvases.create();
  }

  private releaseCanvas(canvas: C): void {
    this.options.stats.liveCanvases -= 1;
    this.options.canvases.release(canvas);
    this.freeCanvases.push(canvas);
  }

  // --- Rendering ------------------------------------------------------------------------------------------------

  private cancelRender(slot: Slot<C>): void {
    const flight = slot.inFlight;
    if (!flight) return;
    slot.inFlight = null;
    // pdf.js lets go of the canvas synchronously: a new render may start on it right away.
    flight.task.cancel();
  }

  private startRender(slot: Slot<C>, page: PdfPageLike<C>, pageNumber: number, key: string, layout: PageLayout, rotation: Rotation): InFlight<C> {
    const { stats, canvases, listener } = this.options;
    const canvas = (slot.canvas ??= this.acquireCanvas());
    canvases.resize(canvas, layout);
    slot.rendered = null;
    const viewport = page.getViewport({ scale: layout.renderScale, rotation });
    stats.rendersStarted += 1;
    const task = page.render({ canvas, viewport });
    const offscreen = slot !== this.current;
    const flight: InFlight<C> = {
      key,
      task,
      page,
      offscreen,
      done: task.promise.then(
        () => {
          stats.rendersCompleted += 1;
          if (slot.inFlight === flight) slot.inFlight = null;
          if (slot.destroyed || slot.canvas !== canvas) return false;
          slot.rendered = key;
          slot.renderedOffscreen = offscreen;
          if (slot.shownPage && slot.shownPage !== page) cleanUp(slot.shownPage);
          slot.shownPage = page;
          return true;
        },
        (error: unknown) => {
          if (slot.inFlight === flight) slot.inFlight = null;
          if (isCancellation(error)) {
            stats.rendersCancelled += 1;
            return false;
          }
          stats.rendersFailed += 1;
          if (slot === this.current && !slot.destroyed) listener.problem(slot.work.id, problemRendering(error, pageNumber));
          return false;
        },
      ),
    };
    slot.inFlight = flight;
    return flight;
  }

  /** Brings `view` onto the slot's canvas; announces it when the slot is the shown work. */
  private async paint(slot: Slot<C>, view: PageView, visible: boolean): Promise<void> {
    const generation = ++slot.generation;
    const stale = (): boolean => slot.destroyed || slot.generation !== generation || this.destroyed;
    slot.painting += 1;
    try {
      let document: PdfDocumentLike<C>;
      try {
        document = await slot.document;
      } catch {
        return; // reported by watchDocument
      }
      if (stale()) return;
      const pageNumber = Math.min(Math.max(1, Math.round(view.page)), document.numPages);
      let page: PdfPageLike<C>;
      try {
        page = await document.getPage(pageNumber);
      } catch (error) {
        if (!stale() && slot === this.current) this.options.listener.problem(slot.work.id, problemRendering(error, pageNumber));
        return;
      }
      if (stale()) return;
      const rotation = normalizeRotation(page.rotate + view.rotation);
      const layout = layoutPage(page.getViewport({ scale: 1, rotation }), view);
      const key = renderKey(pageNumber, rotation, layout);
      if (slot.rendered !== key) {
        const flight = slot.inFlight?.key === key ? slot.inFlight : null;
        if (!flight) this.cancelRender(slot);
        const completed = await (flight ?? this.startRender(slot, page, pageNumber, key, layout, rotation)).done;
        if (stale() || !completed) return;
      }
      if (visible && slot === this.current) {
        this.announce(slot, pageNumber, document.numPages, view.rotation, layout);
      } else if (slot === this.prefetch && pageNumber === 1) {
        this.options.stats.prefetched = slot.work.id;
      }
    } finally {
      slot.painting -= 1;
      // Painted or failed, the shown work has had its turn (unless a newer request took over).
      if (visible && slot === this.current && slot.generation === generation) this.currentSettled = true;
      this.schedulePrefetch();
      this.pumpThumbnails();
    }
  }

  private announce(slot: Slot<C>, page: number, numPages: number, rotation: Rotation, layout: PageLayout): void {
    const { stats, listener } = this.options;
    const fromPrefetch = slot.renderedOffscreen;
    this.currentSettled = true;
    stats.painted = {
      workId: slot.work.id,
      page,
      rotation,
      pixelWidth: layout.pixelWidth,
      pixelHeight: layout.pixelHeight,
      cssWidth: layout.cssWidth,
      cssHeight: layout.cssHeight,
      fromPrefetch,
      at: this.now(),
    };
    stats.paints += 1;
    listener.painted({ workId: slot.work.id, page, numPages, rotation, layout, canvas: slot.canvas as C, fromPrefetch });
  }

  // --- Ahead of time ----------------------------------------------------------------------------------------------

  private schedulePrefetch(): void {
    if (this.destroyed || !this.nextWork || !this.nextView) return;
    // The shown work first: its page must not wait behind the next one's in pdf.js's worker.
    if (this.current && !this.currentSettled) return;
    if (!this.prefetch) this.prefetch = this.openSlot(this.nextWork);
    const slot = this.prefetch;
    const view: PageView = { ...this.nextView, page: 1 };
    const viewKey = JSON.stringify(view);
    if (slot.painting > 0 || slot.prefetchedView === viewKey) return;
    slot.prefetchedView = viewKey;
    void this.paint(slot, view, false);
  }

  private cancelThumbnails(): void {
    for (const job of this.thumbnails) job.cancelled = true;
    this.thumbnails = [];
    if (this.thumbnailRunning) {
      this.thumbnailRunning.cancelled = true;
      this.thumbnailRunning.task?.cancel();
    }
  }

  /** Thumbnails wait until the shown page and the next work's first page are done. */
  private pumpThumbnails(): void {
    if (this.destroyed || this.thumbnailRunning || this.thumbnails.length === 0) return;
    const current = this.current;
    if (!current || !this.currentSettled || current.painting > 0) return;
    if (this.nextWork && this.nextView && (!this.prefetch || this.prefetch.painting > 0)) return;
    const job = this.thumbnails.shift() as ThumbnailJob<C>;
    if (job.cancelled || job.slot !== current) {
      this.pumpThumbnails();
      return;
    }
    this.thumbnailRunning = job;
    void this.renderThumbnail(job).finally(() => {
      this.thumbnailRunning = null;
      this.pumpThumbnails();
    });
  }

  private async renderThumbnail(job: ThumbnailJob<C>): Promise<void> {
    const { stats, canvases } = this.options;
    const { slot, request } = job;
    let page: PdfPageLike<C>;
    try {
      const document = await slot.document;
      if (job.cancelled || slot.destroyed) return;
      page = await document.getPage(Math.min(Math.max(1, request.page), document.numPages));
    } catch {
      return; // the work was closed meanwhile, or does not open (the main view says so)
    }
    if (job.cancelled || slot.destroyed) return;
    const rotation = normalizeRotation(page.rotate + request.rotation);
    const layout = layoutPage(page.getViewport({ scale: 1, rotation }), {
      zoom: 'fit-width',
      areaWidth: request.width,
      devicePixelRatio: request.devicePixelRatio,
    });
    canvases.resize(request.canvas, layout);
    stats.rendersStarted += 1;
    const task = page.render({ canvas: request.canvas, viewport: page.getViewport({ scale: layout.renderScale, rotation }) });
    job.task = task;
    await task.promise.then(
      () => {
        stats.rendersCompleted += 1;
      },
      (error: unknown) => {
        if (isCancellation(error)) stats.rendersCancelled += 1;
        else stats.rendersFailed += 1;
      },
    );
    // A page not on the main canvas does not keep its decoded images for a thumbnail's sake.
    if (page !== slot.shownPage && !slot.destroyed) cleanUp(page);
  }
}
