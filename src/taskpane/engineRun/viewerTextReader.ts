/**
 * The engine's `PdfTextReader` (cover letters sent as PDF), answered by the pane's own pdf.js on the page side:
 * the worker calls it through a Comlink proxy, like the viewer's open check. The text is each page's text layer,
 * lines kept; `null` for a scan or a file pdf.js cannot open. Where pdf.js itself cannot start, it rejects (not
 * the letter's fault) and the run fails.
 */
import type { PdfTextReader } from '../../engine';
import { loadPdfOpener } from '../viewer/pdfRuntime';
import type { PdfOpener } from '../viewer/viewerSession';

/** `opener` is the pane's pdf.js runtime by default. */
export function makeViewerTextReader<C>(opener: () => Promise<PdfOpener<C>> = loadPdfOpener as () => Promise<PdfOpener<C>>): PdfTextReader {
  return async (bytes) => {
    const pdf = await opener();
    if (!pdf.readTexts) return null;
    try {
      // pdf.js takes ownership of the buffer it is given: hand it a copy.
      const text = (await pdf.readTexts(bytes.slice())).join('\n');
      return /\p{L}|\d/u.test(text) ? text : null;
    } catch {
      return null;
    }
  };
}
