import type { PageLayout } from '../../../src/taskpane/viewer/pageGeometry';
import type { ViewerProblem } from '../../../src/taskpane/viewer/viewerProblems';
import {
  ViewerSession,
  type CanvasHost,
  type PageView,
  type PaintedPage,
  type PdfDocumentLike,
  type PdfLoadingLike,
  type PdfOpener,
  type PdfPageLike,
  type PdfRenderTaskLike,
  type PdfViewportLike,
  type WorkSource,
} from '../../../src/taskpane/viewer/viewerSession';
import { emptyStats } from '../../../src/taskpane/viewer/viewerStats';

// --- A pdf.js stand-in: documents by content, render tasks finished by the test (or on the next tick) ----------

interface FakeCanvas {
  id: number;
  width: number;
  height: number;
  /** What was last drawn on it: `work:page`. */
  content: string | null;
  onScreen: boolean;
}

class FakeTask implements PdfRenderTaskLike {
  readonly promise: Promise<void>;
  state: 'running' | 'done' | 'cancelled' | 'failed' = 'running';
  private resolve!: () => void;
  private reject!: (error: unknown) => void;

  constructor(
    readonly page: FakePage,
    readonly canvas: FakeCanvas,
  ) {
    this.promise = new Promise<void>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  cancel(): void {
    if (this.state !== 'running') return;
    this.state = 'cancelled';
    this.reject(Object.assign(new Error('Rendering cancelled'), { name: 'RenderingCancelledException' }));
  }

  finish(): void {
    if (this.state !== 'running') return;
    this.state = 'done';
    this.canvas.content = `${this.page.document.workText}:${this.page.pageNumber}`;
    this.resolve();
  }

  fail(message: string): void {
    if (this.state !== 'running') return;
    this.state = 'failed';
    this.reject(new Error(message));
  }
}

class FakePage implements PdfPageLike<FakeCanvas> {
  readonly rotate = 0;
  cleanups = 0;

  constructor(
    readonly document: FakeDocument,
    readonly pageNumber: number,
  ) {}

  getViewport({ scale, rotation }: { scale: number; rotation: number }): PdfViewportLike {
    const turned = rotation % 180 !== 0;
    return { width: (turned ? 842 : 595) * scale, height: (turned ? 595 : 842) * scale };
  }

  render({ canvas }: { canvas: FakeCanvas; viewport: PdfViewportLike }): FakeTask {
    const task = new FakeTask(this, canvas);
    this.document.pdf.tasks.push(task);
    if (this.document.pdf.autoFinish) setTimeout(() => task.finish(), 0);
    return task;
  }

  cleanup(): boolean {
    this.cleanups += 1;
    return true;
  }
}

class FakeDocument implements PdfDocumentLike<FakeCanvas> {
  readonly pages: FakePage[];
  destroyed = false;

  constructor(
    readonly pdf: FakePdf,
    readonly workText: string,
    readonly numPages: number,
  ) {
    this.pages = Array.from({ length: numPages }, (_, index) => new FakePage(this, index + 1));
  }

  async getPage(pageNumber: number): Promise<FakePage> {
    return this.pages[pageNumber - 1];
  }
}

/** The PDFs are text: `pages=N` opens with N pages, `broken` fails as pdf.js does, `password` asks for one. */
class FakePdf implements PdfOpener<FakeCanvas> {
  readonly documents: FakeDocument[] = [];
  readonly tasks: FakeTask[] = [];
  autoFinish = true;

  open(data: Uint8Array): PdfLoadingLike<FakeCanvas> {
    const text = new TextDecoder().decode(data);
    let document: FakeDocument | null = null;
    const promise = (async () => {
      await Promise.resolve();
      if (text.includes('broken')) throw Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' });
      if (text.includes('password')) throw Object.assign(new Error('No password given'), { name: 'PasswordException' });
      document = new FakeDocument(this, text.split(';')[0], Number(/pages=(\d+)/.exec(text)?.[1] ?? 1));
      this.documents.push(document);
      return document;
    })();
    return {
      promise,
      destroy: async () => {
        if (document) document.destroyed = true;
        else void promise.then((opened) => (opened as FakeDocument).destroyed = true, () => undefined);
      },
    };
  }

  live(): FakeDocument[] {
    return this.documents.filter((document) => !document.destroyed);
  }
}

class FakeCanvases implements CanvasHost<FakeCanvas> {
  readonly created: FakeCanvas[] = [];

  create(): FakeCanvas {
    const canvas: FakeCanvas = { id: this.created.length + 1, width: 0, height: 0, content: null, onScreen: false };
    this.created.push(canvas);
    return canvas;
  }

  resize(canvas: FakeCanvas, layout: PageLayout): void {
    canvas.width = layout.pixelWidth;
    canvas.height = layout.pixelHeight;
    canvas.content = null;
  }

  detach(canvas: FakeCanvas): void {
    canvas.onScreen = false;
  }

  release(canvas: FakeCanvas): void {
    canvas.onScreen = false;
    canvas.width = 0;
    canvas.height = 0;
    canvas.content = null;
  }
}


function setUp() {
  const pdf = new FakePdf();
  const canvases = new FakeCanvases();
  const stats = emptyStats();
  const paints: PaintedPage<FakeCanvas>[] = [];
  const problems: { workId: string; problem: ViewerProblem }[] = [];
  const opened: { workId: string; numPages: number }[] = [];
  const session = new ViewerSession<FakeCanvas>({
    opener: async () => pdf,
    canvases,
    stats,
    listener: {
      documentOpened: (workId, numPages) => opened.push({ workId, numPages }),
      problem: (workId, problem) => problems.push({ workId, problem }),
      painted: (page) => {
        page.canvas.onScreen = true;
        paints.push({ ...page });
      },
    },
  });
  return { pdf, canvases, stats, paints, problems, opened, session };
}

/** The same work is the same Blob, as in the pane (the session tells works apart by id and Blob). */
const blobs = new Map<string, Blob>();
function work(id: string, content = `${id};pages=2`): WorkSource {
  const key = `${id}\u0000${content}`;
  if (!blobs.has(key)) blobs.set(key, new Blob([content]));
  return { id, pdf: blobs.get(key) as Blob };
}

function view(overrides: Partial<PageView> = {}): PageView {
  return { page: 1, rotation: 0, zoom: 'fit-width', areaWidth: 300, devicePixelRatio: 1, ...overrides };
}

/** Lets every pending promise and timer of the fakes run. */
async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('the viewer session', () => {
  it('opens the shown work, paints its first page at the viewer\'s width and says how many pages it has', async () => {
    const { session, paints, opened, canvases } = setUp();
    session.select(work('a'), null);
    session.render(view());
    await settle();
    expect(opened).toEqual([{ workId: 'a', numPages: 2 }]);
    expect(paints).toHaveLength(1);
    expect(paints[0]).toMatchObject({ workId: 'a', page: 1, numPages: 2, fromPrefetch: false });
    expect(paints[0].layout.pixelWidth).toBe(300);
    expect(paints[0].canvas.content).toBe('a:1');
    expect(canvases.created).toHaveLength(1);
  });

  it('renders the next work\'s first page ahead, after the shown one, and shows it without another render', async () => {
    const { session, paints, stats, pdf } = setUp();
    const a = work('a');
    const b = work('b');
    session.select(a, b);
    session.setPrefetchView(view());
    session.render(view());
    await settle();
    expect(pdf.tasks.map((task) => task.page.document.workText)).toEqual(['a', 'b']);
    expect(stats.prefetched).toBe('b');
    const rendersBefore = stats.rendersStarted;

    session.select(b, work('c'));
    session.render(view());
    await settle(1);
    expect(paints.at(-1)).toMatchObject({ workId: 'b', page: 1, fromPrefetch: true });
    expect(paints.at(-1)?.canvas.content).toBe('b:1');
    // Only the next work's first page is rendered now (c), not b's.
    await settle();
    expect(stats.rendersStarted).toBe(rendersBefore + 1);
    expect(pdf.tasks.at(-1)?.page.document.workText).toBe('c');
  });

  it('takes over a prefetch still under way instead of starting again', async () => {
    const { session, paints, stats, pdf } = setUp();
    session.select(work('a'), work('b'));
    session.setPrefetchView(view());
    session.render(view());
    await settle();
    pdf.autoFinish = false;
    session.select(work('b'), null);
    session.render(view());
    await settle();
    // b was already rendered ahead: nothing new.
    expect(paints.at(-1)?.workId).toBe('b');

    session.select(work('b'), work('c'));
    session.setPrefetchView(view());
    await settle();
    const prefetchTask = pdf.tasks.at(-1) as FakeTask;
    expect(prefetchTask.page.document.workText).toBe('c');
    expect(prefetchTask.state).toBe('running');
    session.select(work('c'), null);
    session.render(view());
    await settle();
    expect(prefetchTask.state).toBe('running');
    prefetchTask.finish();
    await settle();
    expect(paints.at(-1)).toMatchObject({ workId: 'c', fromPrefetch: true });
    expect(stats.rendersCancelled).toBe(0);
  });

  it('keeps two documents and two canvases at most, however many works pass', async () => {
    const { session, pdf, stats, canvases, paints } = setUp();
    for (let i = 0; i < 30; i++) {
      session.select(work(`w${i}`), work(`w${i + 1}`));
      session.setPrefetchView(view());
      session.render(view());
      await settle();
      expect(pdf.live().length).toBeLessThanOrEqual(2);
      expect(stats.liveDocuments).toBeLessThanOrEqual(2);
    }
    expect(paints).toHaveLength(30);
    expect(canvases.created).toHaveLength(2);
    expect(stats.pageCanvasesCreated).toBe(2);
    expect(stats.liveCanvases).toBe(2);
    expect(stats.documentsOpened).toBe(31);
    expect(stats.documentsReleased).toBe(29);
    expect(pdf.live().map((document) => document.workText).sort()).toEqual(['w29', 'w30']);
  });

  it('starts no render for works that were passed over before their document opened', async () => {
    const { session, pdf, paints, stats } = setUp();
    for (let i = 0; i < 15; i++) {
      session.select(work(`w${i}`), null);
      session.render(view());
    }
    await settle();
    expect(paints.map((paint) => paint.workId)).toEqual(['w14']);
    expect(stats.rendersStarted).toBe(1);
    expect(pdf.live().map((document) => document.workText)).toEqual(['w14']);
  });

  it('cancels the render a newer request supersedes, and paints only the newest', async () => {
    const { session, pdf, paints, stats } = setUp();
    pdf.autoFinish = false;
    session.select(work('a', 'a;pages=3'), null);
    session.render(view({ page: 1 }));
    await settle();
    const first = pdf.tasks[0];
    session.render(view({ page: 2 }));
    await settle();
    session.render(view({ page: 3 }));
    await settle();
    expect(first.state).toBe('cancelled');
    expect(pdf.tasks.filter((task) => task.state === 'running')).toHaveLength(1);
    pdf.tasks.at(-1)?.finish();
    await settle();
    expect(paints.map((paint) => paint.page)).toEqual([3]);
    expect(stats.rendersCancelled).toBe(2);
  });

  it('frees the decoded images of a page when another page takes its place', async () => {
    const { session, pdf } = setUp();
    session.select(work('a', 'a;pages=3'), null);
    session.render(view({ page: 1 }));
    await settle();
    session.render(view({ page: 1, zoom: 2 }));
    await settle();
    const pages = pdf.documents[0].pages;
    expect(pages[0].cleanups).toBe(0);
    session.render(view({ page: 2 }));
    await settle();
    expect(pages[0].cleanups).toBe(1);
    expect(pages[1].cleanups).toBe(0);
  });

  it('paints nothing again when the same view is asked twice', async () => {
    const { session, stats, paints } = setUp();
    session.select(work('a'), null);
    session.render(view());
    await settle();
    session.render(view());
    await settle();
    expect(stats.rendersStarted).toBe(1);
    expect(paints).toHaveLength(2);
  });

  it('going back to the previous work keeps the one just shown as the next, off screen', async () => {
    const { session, pdf, paints } = setUp();
    session.select(work('a'), work('b'));
    session.setPrefetchView(view());
    session.render(view());
    await settle();
    session.select(work('b'), work('c'));
    session.render(view());
    await settle();
    const bCanvas = paints.at(-1)?.canvas as FakeCanvas;
    // Back: a is shown again, b becomes the next work and leaves the screen.
    session.select(work('a'), work('b'));
    session.render(view());
    expect(bCanvas.onScreen).toBe(false);
    await settle();
    expect(paints.at(-1)?.workId).toBe('a');
    expect(pdf.live().map((document) => document.workText).sort()).toEqual(['a', 'b']);
  });

  it('reports an empty file, a damaged one and a password-protected one, and carries on with the next work', async () => {
    const { session, problems, paints } = setUp();
    session.select(work('empty', ''), null);
    session.render(view());
    await settle();
    session.select(work('broken', 'broken'), null);
    session.render(view());
    await settle();
    session.select(work('locked', 'password'), work('fine'));
    session.setPrefetchView(view());
    session.render(view());
    await settle();
    expect(problems).toEqual([
      { workId: 'empty', problem: { problem: 'scan-empty' } },
      { workId: 'broken', problem: { problem: 'scan-damaged', detail: 'Invalid PDF structure.' } },
      { workId: 'locked', problem: { problem: 'scan-password' } },
    ]);
    session.select(work('fine'), null);
    session.render(view());
    await settle();
    expect(paints.map((paint) => [paint.workId, paint.fromPrefetch])).toEqual([['fine', true]]);
  });

  it('reports a page that does not draw, with its number', async () => {
    const { session, pdf, problems } = setUp();
    pdf.autoFinish = false;
    session.select(work('a', 'a;pages=2'), null);
    session.render(view({ page: 2 }));
    await settle();
    pdf.tasks[0].fail('Unsupported image');
    await settle();
    expect(problems).toEqual([{ workId: 'a', problem: { problem: 'page-failed', page: 2, detail: 'Unsupported image' } }]);
  });

  it('renders thumbnails one at a time, only after the shown page and the next work, and frees their pages', async () => {
    const { session, pdf, canvases } = setUp();
    pdf.autoFinish = false;
    session.select(work('a', 'a;pages=3'), work('b'));
    session.setPrefetchView(view());
    session.render(view());
    await settle();
    const thumbnail = (page: number) => ({ workId: 'a', page, canvas: canvases.create(), width: 44, rotation: 0 as const, devicePixelRatio: 1 });
    session.requestThumbnail(thumbnail(1));
    session.requestThumbnail(thumbnail(2));
    const cancelThird = session.requestThumbnail(thumbnail(3));
    await settle();
    expect(pdf.tasks.map((task) => task.page.document.workText)).toEqual(['a']);
    pdf.tasks[0].finish(); // a's page: now the prefetch
    await settle();
    expect(pdf.tasks.map((task) => task.page.document.workText)).toEqual(['a', 'b']);
    pdf.tasks[1].finish(); // b's first page: now the thumbnails, one by one
    await settle();
    expect(pdf.tasks).toHaveLength(3);
    cancelThird();
    pdf.tasks[2].finish();
    await settle();
    expect(pdf.tasks).toHaveLength(4);
    pdf.tasks[3].finish();
    await settle();
    expect(pdf.tasks).toHaveLength(4);
    const pages = pdf.documents[0].pages;
    expect(pages[0].cleanups).toBe(0); // on the main canvas
    expect(pages[1].cleanups).toBe(1);
    expect(session.requestThumbnail({ ...thumbnail(1), workId: 'other' })).toBeInstanceOf(Function);
  });

  it('releases everything when destroyed', async () => {
    const { session, pdf, stats } = setUp();
    session.select(work('a'), work('b'));
    session.setPrefetchView(view());
    session.render(view());
    await settle();
    session.destroy();
    await settle();
    expect(pdf.live()).toEqual([]);
    expect(stats.liveDocuments).toBe(0);
    expect(stats.liveCanvases).toBe(0);
  });
});
