import { makeViewerOpenCheck } from '../../../src/taskpane/viewer/viewerOpenCheck';
import { ViewerUnavailableError } from '../../../src/taskpane/viewer/viewerProblems';
import type { PdfDocumentLike, PdfOpener, PdfPageLike } from '../../../src/taskpane/viewer/viewerSession';

/** A stand-in for the pane's pdf.js: documents of `pages` pages, some of which fail to load. */
function opener(outcome: { pages: number; failingPage?: number } | { error: Error }): { open: () => Promise<PdfOpener<unknown>>; given: Uint8Array[]; destroyed: () => number } {
  const given: Uint8Array[] = [];
  let destroyed = 0;
  const document = (pages: number, failingPage?: number): PdfDocumentLike<unknown> => ({
    numPages: pages,
    getPage: async (n) => {
      if (n === failingPage) throw Object.assign(new Error('Bad page dictionary'), { name: 'UnknownErrorException' });
      return {} as PdfPageLike<unknown>;
    },
  });
  return {
    open: async () => ({
      open(data) {
        given.push(data);
        return {
          promise: 'error' in outcome ? Promise.reject(outcome.error) : Promise.resolve(document(outcome.pages, outcome.failingPage)),
          destroy: async () => {
            destroyed++;
          },
        };
      },
    }),
    given,
    destroyed: () => destroyed,
  };
}

const pdfJsError = (name: string, message: string): Error => Object.assign(new Error(message), { name });

describe('the pane\'s pdf.js as the engine\'s open check', () => {
  it('answers with the page count when every page loads, on a copy of the bytes, and closes the document', async () => {
    const fake = opener({ pages: 3 });
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await makeViewerOpenCheck(fake.open)(bytes)).toEqual({ pages: 3 });
    expect(fake.given[0]).toEqual(bytes);
    expect(fake.given[0]).not.toBe(bytes);
    expect(fake.destroyed()).toBe(1);
  });

  it('answers damaged when the document or one of its pages does not load', async () => {
    expect(await makeViewerOpenCheck(opener({ error: pdfJsError('InvalidPDFException', 'Invalid PDF structure.') }).open)(new Uint8Array(1))).toEqual({
      error: 'damaged',
      detail: 'Invalid PDF structure.',
    });
    expect(await makeViewerOpenCheck(opener({ pages: 3, failingPage: 2 }).open)(new Uint8Array(1))).toEqual({ error: 'damaged', detail: 'Bad page dictionary' });
  });

  it('answers needs-password for pdf.js\'s PasswordException', async () => {
    expect(await makeViewerOpenCheck(opener({ error: pdfJsError('PasswordException', 'No password given') }).open)(new Uint8Array(1))).toEqual({ error: 'needs-password' });
  });

  it('rejects when pdf.js itself cannot start: not the scan\'s fault', async () => {
    const unavailable = async (): Promise<PdfOpener<unknown>> => {
      throw new ViewerUnavailableError('worker failed to load');
    };
    await expect(makeViewerOpenCheck(unavailable)(new Uint8Array(1))).rejects.toThrow('worker failed to load');
  });
});
