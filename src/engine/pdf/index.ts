/** Inspection of a PDF's bytes (is it a PDF, is it whole, how many pages), and scrubbing its metadata. */

export { inspectPdf, type InspectOptions, type PdfInspection } from './inspectPdf';
export { scrubPdfMetadata, type PdfScrubResult } from './scrubPdfMetadata';
export type { PdfOpenCheck, PdfOpenVerdict } from './openCheck';
export type { PdfTextReader } from './textReader';
export { linesOfTextItems, type PdfTextItem } from './textLines';
export { openScanPages, multiplyPdfMatrices, type ScanImage, type ScanPageReader, type PdfMatrix } from './scanPages';
