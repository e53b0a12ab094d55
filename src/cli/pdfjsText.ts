/**
 * The text layer of a PDF in Node (cover letters sent as PDF), with the same pdf.js as the open check: each page's
 * items as lines (`linesOfTextItems`), pages apart by a line break; `null` for a scan or a file that does not open.
 */
import { linesOfTextItems, type PdfTextReader } from '../engine';
import { loadPdfJs } from './pdfjsCheck';

export const pdfjsTextReader: PdfTextReader = async (bytes) => {
  const lib = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = lib.getDocument({ data: bytes.slice(), verbosity: lib.VerbosityLevel.ERRORS });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(linesOfTextItems(content.items));
    }
    const text = pages.join('\n');
    return text.trim() === '' ? null : text;
  } catch {
    return null;
  } finally {
    await task.destroy();
  }
};
