/** Inspection of a PDF's bytes: is it a PDF, is it whole, how many pages. */

export { inspectPdf, type PdfInspection } from './inspectPdf';
