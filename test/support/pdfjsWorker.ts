/**
 * A worker thread that answers with pdf.js, for tests: jest's module system cannot load pdf.js (ES modules),
 * a worker thread under tsx can. It runs the CLI's own check (src/cli/pdfjsCheck.ts), and a stricter one that
 * also builds every page's drawing operations and stops at the first error (what a page would render), or the
 * CLI's text reader (src/cli/pdfjsText.ts).
 */
import { parentPort } from 'node:worker_threads';
import { pdfjsOpenCheck } from '../../src/cli/pdfjsCheck';
import { pdfjsTextReader } from '../../src/cli/pdfjsText';

export interface PdfJsRequest {
  id: number;
  bytes: Uint8Array;
  /** Also build each page's operator list, pdf.js stopping at errors instead of recovering. */
  strict: boolean;
  /** Read the text layer instead (the answer is `{ id, text }`). */
  text?: boolean;
}

async function drawsEveryPage(bytes: Uint8Array): Promise<string | undefined> {
  const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = lib.getDocument({ data: bytes.slice(), verbosity: lib.VerbosityLevel.ERRORS, stopAtErrors: true });
  try {
    const document = await task.promise;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      await page.getOperatorList();
    }
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await task.destroy();
  }
}

parentPort!.on('message', async ({ id, bytes, strict, text }: PdfJsRequest) => {
  if (text) {
    parentPort!.postMessage({ id, text: await pdfjsTextReader(bytes) });
    return;
  }
  const verdict = await pdfjsOpenCheck(bytes);
  const drawError = strict && 'pages' in verdict ? await drawsEveryPage(bytes) : undefined;
  parentPort!.postMessage({ id, verdict, drawError });
});
