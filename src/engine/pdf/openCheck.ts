/**
 * The viewer's word on a PDF. The expert reads scans in pdf.js; when the fast inspector had to repair a file
 * to read it (a rebuilt cross-reference, a page count that contradicts its page tree…), only the viewer's own
 * reader can say whether the expert will see it. The engine cannot load pdf.js itself (it stays free of Node
 * and of the DOM), so each face hands it a check: the CLI one that runs pdf.js in Node, the pane one that runs
 * the pane's pdf.js.
 */

export type PdfOpenVerdict =
  /** The document opens and every page loads. */
  | { pages: number }
  /** It does not open: it needs a password, or it is damaged beyond the viewer's repair. `detail` is technical. */
  | { error: 'needs-password' | 'damaged'; detail?: string };

/** Opens `bytes` in the viewer's reader. Must not modify or detach `bytes`; must not throw. */
export type PdfOpenCheck = (bytes: Uint8Array) => Promise<PdfOpenVerdict>;
