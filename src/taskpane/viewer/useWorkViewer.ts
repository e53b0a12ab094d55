/**
 * The viewer's state and its wiring to the session: what the person asked for (page, zoom, rotation per work),
 * what pdf.js has reported (pages, problem, last paint), the page area's width and the screen's pixel ratio.
 * Session calls go in layout effects: they only start asynchronous work, and a work selected in Excel should
 * not wait a frame for React's passive effects before its PDF is even opened.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useMessages } from '../i18n';
import { normalizeRotation, rotateBy, zoomIn, zoomOut, type Rotation, type Zoom } from './pageGeometry';
import { domCanvases, loadPdfOpener } from './pdfRuntime';
import { paneRotationMemory } from './rotationMemory';
import { useDevicePixelRatio } from './useDevicePixelRatio';
import { commandForKey, isArrowKey, type ViewerCommand } from './viewerKeys';
import type { ViewerProblem } from './viewerProblems';
import { ViewerSession, type PaintedPage, type SessionListener } from './viewerSession';
import { announcePaint, publishViewerStats, viewerStats } from './viewerStats';
import type { RotationStore, WorkViewerProps } from './WorkViewer.types';

/** What the person asked for, for one work. */
interface WorkView {
  workId: string | null;
  page: number;
  zoom: Zoom;
  rotation: Rotation;
}

/** What pdf.js has reported, for one work. */
interface WorkReport {
  workId: string | null;
  numPages: number | null;
  problem: ViewerProblem | null;
  /** The last painted page: its number and zoom (fit-to-width as a number). */
  painted: { page: number; zoom: number } | null;
}

export type ViewerStatus = 'empty' | 'loading' | 'ready' | 'problem';

export interface WorkViewerState {
  status: ViewerStatus;
  page: number;
  numPages: number | null;
  rotation: Rotation;
  zoom: Zoom;
  /** The zoom on screen, in per cent, once a page is painted. */
  zoomPercent: number | null;
  problem: ViewerProblem | null;
  /** The shown page is painted as currently asked (no render under way for it). */
  painted: boolean;
}

export interface WorkViewerController {
  state: WorkViewerState;
  session: ViewerSession<HTMLCanvasElement> | null;
  devicePixelRatio: number;
  /** The scrolling page area. */
  areaRef: RefObject<HTMLDivElement | null>;
  /** Where the page canvas is put. */
  pageHostRef: RefObject<HTMLDivElement | null>;
  run: (command: ViewerCommand) => void;
  goToPage: (page: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

function viewFor(workId: string | null, store: RotationStore, page: number, zoom: Zoom): WorkView {
  return { workId, page, zoom, rotation: workId === null ? 0 : normalizeRotation(store.get(workId) ?? 0) };
}

/** The page asked for by the embedding view: a whole page number, at least 1. */
function askedPage(page: number | undefined): number {
  return page !== undefined && Number.isFinite(page) ? Math.max(1, Math.round(page)) : 1;
}

const NO_REPORT: Omit<WorkReport, 'workId'> = { numPages: null, problem: null, painted: null };

type PendingScroll = 'top' | { x: number; y: number } | null;

export function useWorkViewer({ work, next, rotationStore, onPrevious, onNext, page: pageProp, onPageShown, fitPage, initialZoom }: WorkViewerProps): WorkViewerController {
  const messages = useMessages();
  const store = rotationStore ?? paneRotationMemory;
  const workId = work?.id ?? null;
  const workPdf = work?.pdf ?? null;
  const nextId = next?.id ?? null;
  const nextPdf = next?.pdf ?? null;
  const nextRotation = nextId === null ? 0 : normalizeRotation(store.get(nextId) ?? 0);
  const devicePixelRatio = useDevicePixelRatio();

  const openZoom: Zoom = fitPage && initialZoom === 'fit-page' ? 'fit-page' : 'fit-width';
  // The embedding view's page, else the work's own first page (a classroom file's work starts mid-file).
  const requestedPage = askedPage(pageProp ?? work?.firstPage);
  // Per-work state, reset during render when the work changes (so the first request is already the new work's).
  const [storedView, setView] = useState<WorkView>(() => viewFor(workId, store, requestedPage, openZoom));
  let view = storedView.workId === workId ? storedView : viewFor(workId, store, requestedPage, openZoom);
  // A new page asked for the same work (another task of it selected): turn to it.
  const [seenRequest, setSeenRequest] = useState(`${workId}|${requestedPage}`);
  const request = `${workId}|${requestedPage}`;
  if (request !== seenRequest) {
    setSeenRequest(request);
    if (view.page !== requestedPage) view = { ...view, page: requestedPage };
  }
  if (view !== storedView) setView(view);
  const [storedReport, setReport] = useState<WorkReport>({ workId, ...NO_REPORT });
  const report = storedReport.workId === workId ? storedReport : { workId, ...NO_REPORT };

  const [session, setSession] = useState<ViewerSession<HTMLCanvasElement> | null>(null);
  const [areaWidth, setAreaWidth] = useState(0);
  const [areaHeight, setAreaHeight] = useState(0);
  const areaRef = useRef<HTMLDivElement | null>(null);
  const pageHostRef = useRef<HTMLDivElement | null>(null);
  const workIdRef = useRef<string | null>(workId);
  const pendingScroll = useRef<PendingScroll>('top');
  const labelsRef = useRef({ messages, label: work?.label ?? '' });
  labelsRef.current = { messages, label: work?.label ?? '' };

  // --- The session: one per mounted viewer -------------------------------------------------------------------
  useEffect(() => {
    publishViewerStats();
    // The page count is shown with the first page, not before: a React render while pdf.js draws would only
    // delay the page (the count is kept for a page that fails to draw).
    const pageCounts = new Map<string, number>();
    const listener: SessionListener<HTMLCanvasElement> = {
      documentOpened: (id, numPages) => {
        pageCounts.clear();
        pageCounts.set(id, numPages);
      },
      problem: (id, problem) => {
        if (id === workIdRef.current) pageHostRef.current?.replaceChildren();
        setReport((old) => ({ ...(old.workId === id ? old : { ...NO_REPORT }), workId: id, numPages: pageCounts.get(id) ?? null, problem }));
      },
      painted: (painted: PaintedPage<HTMLCanvasElement>) => {
        if (painted.workId !== workIdRef.current) return;
        showCanvas(painted);
        setReport((old) => ({
          ...(old.workId === painted.workId ? old : { ...NO_REPORT }),
          workId: painted.workId,
          numPages: painted.numPages,
          problem: null,
          painted: { page: painted.page, zoom: painted.layout.zoom },
        }));
        if (viewerStats.painted) announcePaint(viewerStats.painted);
      },
    };
    const showCanvas = (painted: PaintedPage<HTMLCanvasElement>): void => {
      const host = pageHostRef.current;
      const area = areaRef.current;
      if (!host || !area) return;
      const { canvas } = painted;
      const { messages: texts, label } = labelsRef.current;
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', `${texts.viewer.pageOf(painted.page, painted.numPages)}: ${label}`);
      canvas.dataset.page = String(painted.page);
      // Tagged with its work, so a change of work can tell a stale page (canvases are reused).
      canvas.dataset.work = painted.workId;
      if (canvas.parentElement !== host) host.replaceChildren(canvas);
      const scroll = pendingScroll.current;
      pendingScroll.current = null;
      if (scroll === 'top') area.scrollTo(0, 0);
      else if (scroll) {
        area.scrollLeft = scroll.x * area.scrollWidth - area.clientWidth / 2;
        area.scrollTop = scroll.y * area.scrollHeight - area.clientHeight / 2;
      }
    };
    const created = new ViewerSession<HTMLCanvasElement>({ opener: loadPdfOpener, canvases: domCanvases, stats: viewerStats, listener });
    setSession(created);
    // Load pdf.js and start its worker now, while the expert is still finding the first row: ~0.3 s saved
    // on the first work. A failure is reported when a work is shown.
    void loadPdfOpener().catch(() => undefined);
    return () => created.destroy();
  }, []);

  // --- The page area's width ----------------------------------------------------------------------------------
  useLayoutEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    const measure = (): void => {
      setAreaWidth(Math.max(0, Math.floor(area.clientWidth)));
      setAreaHeight(Math.max(0, Math.floor(area.clientHeight)));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(area);
    return () => observer.disconnect();
  }, []);

  // --- A new work: take the old page off screen at once (never the old scan under the new label) ----------------
  useLayoutEffect(() => {
    workIdRef.current = workId;
    pendingScroll.current = 'top';
    const host = pageHostRef.current;
    const shown = host?.firstElementChild as HTMLElement | null | undefined;
    if (host && shown && shown.dataset.work !== workId) host.replaceChildren();
  }, [workId, workPdf]);

  // --- Documents, page, prefetch ------------------------------------------------------------------------------
  useLayoutEffect(() => {
    if (!session) return;
    session.select(workId !== null && workPdf ? { id: workId, pdf: workPdf } : null, nextId !== null && nextPdf ? { id: nextId, pdf: nextPdf } : null);
  }, [session, workId, workPdf, nextId, nextPdf]);

  // The height matters to fit-page only: a pane whose page area grows with its page never re-renders for it.
  const fitHeight = view.zoom === 'fit-page' ? areaHeight : undefined;
  const prefetchHeight = openZoom === 'fit-page' ? areaHeight : undefined;
  useLayoutEffect(() => {
    if (!session || workId === null || areaWidth <= 0) return;
    // The ratio as it is now: a screen change may not have reached the state yet.
    session.render({ page: view.page, rotation: view.rotation, zoom: view.zoom, areaWidth, areaHeight: fitHeight, devicePixelRatio: window.devicePixelRatio || devicePixelRatio });
  }, [session, workId, workPdf, view.page, view.rotation, view.zoom, areaWidth, fitHeight, devicePixelRatio]);

  useLayoutEffect(() => {
    if (!session) return;
    const ratio = window.devicePixelRatio || devicePixelRatio;
    session.setPrefetchView(
      nextId !== null && areaWidth > 0
        ? { page: 1, rotation: nextRotation, zoom: openZoom, areaWidth, areaHeight: prefetchHeight, devicePixelRatio: ratio }
        : null,
    );
  }, [session, nextId, nextPdf, nextRotation, areaWidth, openZoom, prefetchHeight, devicePixelRatio]);

  // --- The page on screen, told to the embedding view ----------------------------------------------------------
  const paintedPage = report.painted?.page ?? null;
  const onPageShownRef = useRef(onPageShown);
  onPageShownRef.current = onPageShown;
  useEffect(() => {
    if (workId !== null && paintedPage !== null && report.numPages !== null) onPageShownRef.current?.(workId, paintedPage, report.numPages);
  }, [workId, paintedPage, report.numPages]);

  // --- Ctrl + wheel zooms the page (not the whole page of the pane or window) -------------------------------
  const wheelZoom = useRef<(zoomingIn: boolean) => void>(() => undefined);
  useEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    const onWheel = (event: WheelEvent): void => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      if (event.deltaY !== 0) wheelZoom.current(event.deltaY < 0);
    };
    // Not passive: the browser's own zoom must be stopped.
    area.addEventListener('wheel', onWheel, { passive: false });
    return () => area.removeEventListener('wheel', onWheel);
  }, []);

  // --- Commands -----------------------------------------------------------------------------------------------
  const numPages = report.numPages ?? 1;
  const shownZoom = report.painted?.zoom ?? null;

  const keepCentre = useCallback(() => {
    const area = areaRef.current;
    if (!area || area.scrollWidth === 0 || area.scrollHeight === 0) return;
    pendingScroll.current = {
      x: (area.scrollLeft + area.clientWidth / 2) / area.scrollWidth,
      y: (area.scrollTop + area.clientHeight / 2) / area.scrollHeight,
    };
  }, []);

  const goToPage = useCallback(
    (page: number) => {
      const target = Math.min(Math.max(1, page), numPages);
      setView((old) => {
        if (old.workId !== workId || old.page === target) return old;
        pendingScroll.current = 'top';
        return { ...old, page: target };
      });
    },
    [numPages, workId],
  );

  const run = useCallback(
    (command: ViewerCommand) => {
      if (workId === null && command !== 'next-work' && command !== 'previous-work') return;
      switch (command) {
        case 'next-page':
          return goToPage(view.page + 1);
        case 'previous-page':
          return goToPage(view.page - 1);
        case 'first-page':
          return goToPage(1);
        case 'last-page':
          return goToPage(numPages);
        case 'zoom-in':
        case 'zoom-out': {
          const from = typeof view.zoom === 'number' ? view.zoom : (shownZoom ?? 1);
          keepCentre();
          setView((old) => ({ ...old, zoom: command === 'zoom-in' ? zoomIn(from) : zoomOut(from) }));
          return;
        }
        case 'fit-width':
          keepCentre();
          setView((old) => ({ ...old, zoom: 'fit-width' }));
          return;
        case 'fit-page':
          if (!fitPage) return;
          pendingScroll.current = 'top';
          setView((old) => ({ ...old, zoom: 'fit-page' }));
          return;
        case 'rotate-clockwise':
        case 'rotate-counterclockwise': {
          const rotation = rotateBy(view.rotation, command === 'rotate-clockwise' ? 90 : -90);
          if (workId !== null) store.set(workId, rotation);
          pendingScroll.current = 'top';
          setView((old) => ({ ...old, rotation }));
          return;
        }
        case 'next-work':
          onNext?.();
          return;
        case 'previous-work':
          onPrevious?.();
          return;
      }
    },
    [workId, view.page, view.zoom, view.rotation, numPages, shownZoom, goToPage, keepCentre, store, onNext, onPrevious, fitPage],
  );
  wheelZoom.current = (zoomingIn) => run(zoomingIn ? 'zoom-in' : 'zoom-out');

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
      const command = commandForKey(event);
      if (!command) return;
      const area = areaRef.current;
      // A page wider than the viewer: the arrows scroll it, as everywhere else.
      if (isArrowKey(event) && area && area.scrollWidth > area.clientWidth + 1) return;
      if ((command === 'next-work' && !onNext) || (command === 'previous-work' && !onPrevious) || (command === 'fit-page' && !fitPage)) return;
      event.preventDefault();
      run(command);
    },
    [run, onNext, onPrevious],
  );

  const painted = report.painted !== null && report.painted.page === Math.min(view.page, numPages);
  const status: ViewerStatus = workId === null ? 'empty' : report.problem ? 'problem' : report.painted ? 'ready' : 'loading';
  return {
    state: {
      status,
      page: Math.min(view.page, numPages),
      numPages: report.numPages,
      rotation: view.rotation,
      zoom: view.zoom,
      zoomPercent: shownZoom === null ? null : Math.round(shownZoom * 100),
      problem: report.problem,
      painted,
    },
    session,
    devicePixelRatio,
    areaRef,
    pageHostRef,
    run,
    goToPage,
    onKeyDown,
  };
}
