/**
 * The engine's "can the viewer open it" check (src/engine/pdf/openCheck.ts), answered by the pane's own pdf.js:
 * the engine asks only about scans its inspector had to repair. Hand it to indexing and preparation as
 * `pdfOpenCheck`. Where pdf.js itself cannot start, the check rejects (not the scan's fault) and the run fails.
 */
import type { PdfOpenCheck } from '../../engine';
import { loadPdfOpener } from './pdfRuntime';
import { problemOpening } from './viewerProblems';
import type { PdfOpener } from './viewerSession';

/** `opener` is the pane's pdf.js runtime by default; a run in a Web Worker passes one that works there. */
export function makeViewerOpenCheck<C>(opener: () => Promise<PdfOpener<C>> = loadPdfOpener as () => Promise<PdfOpener<C>>): PdfOpenCheck {
  return async (bytes) => {
    const pdf = await opener();
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    const loading = pdf.open(bytes.slice());
    try {
      const document = await loading.promise;
      for (let page = 1; page <= document.numPages; page++) await document.getPage(page);
      return { pages: document.numPages };
    } catch (error) {
      const problem = problemOpening(error);
      if (problem.problem === 'viewer-unavailable') throw error;
      if (problem.problem === 'scan-password') return { error: 'needs-password' };
      return { error: 'damaged', detail: 'detail' in problem ? problem.detail : undefined };
    } finally {
      void loading.destroy();
    }
  };
}
