/**
 * One-page PDFs shaped like scans, with the variations a scanner, a phone app or an editor produces: the image
 * placed by another matrix, the page turned by /Rotate, the content compressed, a mask or a colour profile added,
 * something drawn over the image. For the viewer's fast path for scans (src/engine/pdf/scanPages.ts), which must
 * take the plain ones and leave every other to pdf.js.
 */
import { deflateSync } from 'node:zlib';
import { makeRawPdf, type RawPdfObject } from './pdfFactory';

export const A4_POINTS = { width: 595.276, height: 841.89 };

export interface ScanVariant {
  jpeg: Uint8Array;
  widthPx: number;
  heightPx: number;
  /** The page's content stream (default: the image over the whole A4 page). */
  content?: string;
  /** Compress the content stream with FlateDecode. */
  deflate?: boolean;
  /** Extra entries of the image dictionary, e.g. `/SMask 9 0 R`. */
  imageExtra?: string;
  /** The image's colour space (default `/DeviceRGB`). */
  colorSpace?: string;
  /** Extra entries of the page dictionary, e.g. `/Rotate 90`. */
  pageExtra?: string;
  /** The page's MediaBox (default A4 portrait). */
  mediaBox?: string;
  /** More objects (numbered from 10). */
  extraObjects?: RawPdfObject[];
  /** The page tree's /Count (default 1). */
  count?: number;
}

export function fullPageContent(): string {
  return `q ${A4_POINTS.width} 0 0 ${A4_POINTS.height} 0 0 cm /Im1 Do Q\n`;
}

export function scanVariantPdf(variant: ScanVariant): Uint8Array<ArrayBuffer> {
  const content = variant.content ?? fullPageContent();
  const contentBytes = variant.deflate ? new Uint8Array(deflateSync(Buffer.from(content, 'latin1'))) : content;
  return makeRawPdf([
    { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { num: 2, body: `<< /Type /Pages /Kids [3 0 R] /Count ${variant.count ?? 1} >>` },
    {
      num: 3,
      body: `<< /Type /Page /Parent 2 0 R /MediaBox ${variant.mediaBox ?? `[0 0 ${A4_POINTS.width} ${A4_POINTS.height}]`} /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R ${variant.pageExtra ?? ''} >>`,
    },
    { num: 4, body: variant.deflate ? '<< /Filter /FlateDecode >>' : '<< >>', stream: contentBytes },
    {
      num: 5,
      body: `<< /Type /XObject /Subtype /Image /Width ${variant.widthPx} /Height ${variant.heightPx} /ColorSpace ${variant.colorSpace ?? '/DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode ${variant.imageExtra ?? ''} >>`,
      stream: variant.jpeg,
    },
    ...(variant.extraObjects ?? []),
  ]);
}

/**
 * The JPEG with an EXIF block (APP1) right after SOI that says "rotate 90° clockwise" (orientation 6), as phone
 * cameras write. A PDF viewer must ignore it: the page's matrix places the image.
 */
export function withExifOrientation(jpeg: Uint8Array, orientation = 6): Uint8Array<ArrayBuffer> {
  // TIFF header (big-endian), one IFD entry: 0x0112 Orientation, SHORT, count 1, the value; no next IFD.
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const body = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  const length = body.length + 2;
  const segment = [0xff, 0xe1, length >> 8, length & 0xff, ...body];
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2));
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}
