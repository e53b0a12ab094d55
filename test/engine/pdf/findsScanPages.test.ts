/**
 * openScanPages: which pages are plain scans (one JPEG, nothing else), so the viewer may draw them with the
 * browser's JPEG decoder; everything else stays pdf.js's. Real files from the test factory.
 */
import { openScanPages, type ScanImage } from '../../../src/engine/pdf';
import { readJpegFrame } from '../../../src/engine/pdf/jpegFrame';
import { imageDrawnBy, multiplyPdfMatrices } from '../../../src/engine/pdf/scanPages';
import { makePdf, makePdfFromJpegPages, makeScanPage, breakXref } from '../../support/pdfFactory';
import { A4_POINTS, scanVariantPdf, withExifOrientation } from '../../support/scanPdfVariants';

const W = 124;
const H = 176;
const jpeg = makeScanPage(3, W, H);
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);

/** Every page's answer, in order; null when the file as a whole is left to pdf.js. */
async function readScanPages(bytes: Uint8Array): Promise<(ScanImage | null)[] | null> {
  const reader = await openScanPages(bytes);
  if (!reader) return null;
  return Promise.all(Array.from({ length: reader.pageCount }, (_, index) => reader.page(index)));
}

async function firstPage(bytes: Uint8Array): Promise<ScanImage | null> {
  return (await readScanPages(bytes))?.[0] ?? null;
}

describe('openScanPages', () => {
  it('finds the JPEG of every page of a scanner\'s PDF, as a view of the file, placed over the whole page', async () => {
    const second = makeScanPage(4, W, H);
    const bytes = makePdfFromJpegPages([jpeg, second], W, H);
    const pages = await readScanPages(bytes);
    expect(pages).toHaveLength(2);
    if (!pages) return;
    expect(pages[0]).toMatchObject({ width: W, height: H, components: 3, exif: null });
    [A4_POINTS.width, 0, 0, A4_POINTS.height, 0, 0].forEach((value, i) => expect(pages[0]!.matrix[i]).toBeCloseTo(value, 9));
    expect(Buffer.from(pages[0]!.jpeg).equals(Buffer.from(jpeg))).toBe(true);
    expect(Buffer.from(pages[1]!.jpeg).equals(Buffer.from(second))).toBe(true);
    expect(pages[0]!.jpeg.buffer).toBe(bytes.buffer);
  });

  it('composes the matrices of nested q … cm … Q, compressed content included', async () => {
    const content = 'q 1 0 0 1 20 30 cm q 0 300 -200 0 0 0 cm /Im1 Do Q Q';
    const page = await firstPage(scanVariantPdf({ jpeg, widthPx: W, heightPx: H, content, deflate: true }));
    // First the image's rotation into 200 × 300, then the shift by (20, 30).
    expect(page?.matrix).toEqual([0, 300, -200, 0, 20, 30]);
  });

  it('tells where the EXIF block of a phone photo lies, so it can be blanked', async () => {
    const photo = withExifOrientation(jpeg);
    const page = await firstPage(scanVariantPdf({ jpeg: photo, widthPx: W, heightPx: H }));
    expect(page?.exif).toEqual({ start: 6, end: 4 + ((photo[4] << 8) | photo[5]) });
    expect(String.fromCharCode(...photo.subarray(page!.exif!.start, page!.exif!.start + 4))).toBe('Exif');
  });

  it.each([
    ['text over the image (an OCR layer)', { content: `q ${A4_POINTS.width} 0 0 ${A4_POINTS.height} 0 0 cm /Im1 Do Q BT /F1 12 Tf 3 Tr (x) Tj ET` }],
    ['a clip before the image', { content: `0 0 100 100 re W n /Im1 Do` }],
    ['two images', { content: '/Im1 Do /Im1 Do' }],
    ['no image', { content: 'q Q' }],
    ['a soft mask', { imageExtra: '/SMask 10 0 R', extraObjects: [{ num: 10, body: `<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 >>`, stream: '\xff' }] }],
    ['a /Decode array', { imageExtra: '/Decode [1 0 1 0 1 0]' }],
    ['an ICC profile', { colorSpace: '[/ICCBased 10 0 R]', extraObjects: [{ num: 10, body: '<< /N 3 >>', stream: 'not a profile' }] }],
    ['a colour space the JPEG does not have', { colorSpace: '/DeviceGray' }],
    ['a size the JPEG does not have', { widthPx: W + 1 }],
    ['a degenerate matrix', { content: '0 0 0 0 0 0 cm /Im1 Do' }],
    ['a /Count that disagrees with the tree', { count: 2 }],
  ])('leaves a page with %s to pdf.js', async (_, change) => {
    const pages = await readScanPages(scanVariantPdf({ jpeg, widthPx: W, heightPx: H, ...change }));
    expect(pages === null || pages.every((page) => page === null)).toBe(true);
  });

  it('leaves text pages, encrypted files and files with a broken cross-reference to pdf.js', async () => {
    expect(await readScanPages(makePdf({ pages: 2 }))).toEqual([null, null]);
    expect(await readScanPages(makePdf({ pages: 1, encrypt: true }))).toBeNull();
    expect(await readScanPages(breakXref(makePdfFromJpegPages([jpeg], W, H)))).toBeNull();
    expect(await readScanPages(latin1('not a pdf at all'))).toBeNull();
    expect(await readScanPages(new Uint8Array(0))).toBeNull();
  });

  it('reads a page when it is asked for, once, and answers null past the last page', async () => {
    const reader = await openScanPages(makePdfFromJpegPages([jpeg, jpeg, jpeg], W, H));
    expect(reader?.pageCount).toBe(3);
    const first = reader!.page(2);
    expect(reader!.page(2)).toBe(first);
    expect(await first).not.toBeNull();
    expect(await reader!.page(3)).toBeNull();
  });
});

describe('the content stream of a scan page', () => {
  it('is q, cm, Do and Q only', () => {
    expect(imageDrawnBy(latin1('q 2 0 0 3 0 0 cm /Im7 Do Q'))).toEqual({ name: 'Im7', matrix: [2, 0, 0, 3, 0, 0] });
    expect(imageDrawnBy(latin1('/Im7 Do'))).toEqual({ name: 'Im7', matrix: [1, 0, 0, 1, 0, 0] });
    expect(imageDrawnBy(latin1('q 2 0 0 3 0 0 cm Q /Im7 Do'))).toEqual({ name: 'Im7', matrix: [1, 0, 0, 1, 0, 0] });
    expect(imageDrawnBy(latin1('1 0 0 RG /Im7 Do'))).toBeNull();
    expect(imageDrawnBy(latin1('q 2 0 0 cm /Im7 Do Q'))).toBeNull();
    expect(imageDrawnBy(latin1('q /Im7 Do Q 5'))).toBeNull();
  });

  it('multiplies matrices as PDF does: the first one applies first', () => {
    // Scale by 2, then move by (10, 0): the point (1, 1) lands on (12, 2).
    const m = multiplyPdfMatrices([2, 0, 0, 2, 0, 0], [1, 0, 0, 1, 10, 0]);
    expect([m[0] * 1 + m[2] * 1 + m[4], m[1] * 1 + m[3] * 1 + m[5]]).toEqual([12, 2]);
  });
});

describe('readJpegFrame', () => {
  it('reads size, components and coding from the frame header', () => {
    expect(readJpegFrame(jpeg)).toEqual({ width: W, height: H, components: 3, coding: 'sequential', exif: null, adobeTransform: null });
  });

  it('reads a grey progressive frame with an Adobe segment from hand-made markers', () => {
    const adobe = [0xff, 0xee, 0, 14, ...latin1('Adobe'), 0, 100, 0, 0, 0, 0, 1];
    const sof2 = [0xff, 0xc2, 0, 11, 8, 0, 20, 0, 10, 1, 1, 0x11, 0];
    const sos = [0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0];
    expect(readJpegFrame(Uint8Array.from([0xff, 0xd8, ...adobe, ...sof2, ...sos]))).toEqual({
      width: 10,
      height: 20,
      components: 1,
      coding: 'progressive',
      exif: null,
      adobeTransform: 1,
    });
  });

  it('answers null for bytes that are not a JPEG, or one cut before its frame', () => {
    expect(readJpegFrame(latin1('GIF89a......'))).toBeNull();
    expect(readJpegFrame(jpeg.subarray(0, 30))).toBeNull();
    expect(readJpegFrame(Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]))).toBeNull();
  });
});
