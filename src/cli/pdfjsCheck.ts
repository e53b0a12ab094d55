/**
 * The viewer's word on a PDF, in Node: the legacy build of the pdf.js the pane ships, loaded on first need only
 * (most files never need it: the engine asks only about files it had to repair). In Node pdf.js runs its worker
 * code on this thread, importing it from beside itself: keep `pdfjs-dist` out of any bundle (external).
 */
import type { PdfOpenCheck, PdfOpenVerdict } from '../engine';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let library: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  library ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return library;
}

export const pdfjsOpenCheck: PdfOpenCheck = async (bytes) => {
  const lib = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = lib.getDocument({ data: bytes.slice(), verbosity: lib.VerbosityLevel.ERRORS });
  try {
    const document = await task.promise;
    for (let page = 1; page <= document.numPages; page++) await document.getPage(page);
    return { pages: document.numPages };
  } catch (error) {
    return verdictOf(error);
  } finally {
    await task.destroy();
  }
};

function verdictOf(error: unknown): PdfOpenVerdict {
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  return { error: name === 'PasswordException' ? 'needs-password' : 'damaged', detail };
}
