/**
 * The text layer of a PDF, read by a face's pdf.js (the CLI's in Node, the pane's through its viewer), like
 * `PdfOpenCheck`: the engine stays free of pdf.js. Used for cover letters sent as PDF.
 */

/**
 * The text of `bytes`, page after page, one line of the page per line of text; `null` when the PDF has no text
 * layer (a scan) or does not open. Must not modify or detach `bytes`; rejects only when the reader itself cannot
 * start (not the file's fault: the run fails rather than calling the letter a scan).
 */
export type PdfTextReader = (bytes: Uint8Array) => Promise<string | null>;
