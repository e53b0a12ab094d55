/**
 * Draws a plain scan page (src/engine/pdf/scanPages.ts: the page is one JPEG) with the browser's own JPEG decoder
 * (WebCodecs ImageDecoder), asking it for the size the page will be shown at. libjpeg then decodes at n/8 of the
 * full size directly, off the main thread. pdf.js, for the same page, decodes the 300-dpi image whole in its
 * worker, sends 35 MB of pixels over and scales them down on the main thread: bench:viewer puts the page on
 * screen in a fifth (the pane) to a half (the window, 1280 px) of plain pdf.js's time; the README has the figures.
 *
 * The picture is pdf.js's: the same viewport transform, the image's own matrix, a white page under it, the EXIF
 * block blanked as pdf.js blanks it. Where ImageDecoder is missing, or fails on the file, pdf.js draws the page.
 */
import { multiplyPdfMatrices, type PdfMatrix, type ScanImage } from '../../engine';
import { isCancellation } from './viewerProblems';
import type { PdfRenderTaskLike } from './viewerSession';

/** The part of pdf.js's PageViewport this needs: device pixels from the page's user space. */
export interface ScanViewport {
  transform: number[];
}

export function scanDecodingSupported(): boolean {
  return typeof ImageDecoder === 'function';
}

/** pdf.js's own name for a cancelled render: the viewer tells cancellations from failures by it. */
class RenderingCancelledException extends Error {
  constructor() {
    super('Rendering cancelled');
    this.name = 'RenderingCancelledException';
  }
}

/** The JPEG with its EXIF block blanked (as pdf.js does), so no orientation tag turns the page. */
function jpegForDecoder(image: ScanImage): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(image.jpeg.length);
  copy.set(image.jpeg);
  if (image.exif) copy.fill(0, image.exif.start, image.exif.end);
  return copy;
}

/** How many device pixels the image's sides span on the canvas. */
export function deviceSizeOf(matrix: PdfMatrix): { width: number; height: number } {
  return { width: Math.hypot(matrix[0], matrix[1]), height: Math.hypot(matrix[2], matrix[3]) };
}

/** A decode this much smaller than the shown size is still sharp (1240 px shown as 1249 px). */
const SCALE_TOLERANCE = 1.03;

/**
 * The decode size to ask for: libjpeg decodes at n/8 of the full size, and Chromium picks the largest n whose
 * size does not exceed the one asked for. So ask for the size of the smallest n/8 that is not smaller than the
 * shown size (within the tolerance), plus a pixel: never blurred by scaling up, never more pixels than needed.
 * Null (the full size) when the page is shown at or above the image's own size.
 */
export function desiredDecodeSize(image: ScanImage, device: { width: number; height: number }): { desiredWidth: number; desiredHeight: number } | null {
  const scale = Math.max(device.width / image.width, device.height / image.height);
  const eighths = Math.max(1, Math.ceil((scale * 8) / SCALE_TOLERANCE));
  if (eighths >= 8) return null;
  return { desiredWidth: Math.ceil((image.width * eighths) / 8) + 1, desiredHeight: Math.ceil((image.height * eighths) / 8) + 1 };
}

export function renderScanPage(image: ScanImage, canvas: HTMLCanvasElement, viewport: ScanViewport): PdfRenderTaskLike {
  let cancelled = false;
  let decoder: ImageDecoder | null = null;
  const toDevice = multiplyPdfMatrices(image.matrix, viewport.transform as unknown as PdfMatrix);
  const promise = (async () => {
    decoder = new ImageDecoder({
      data: jpegForDecoder(image),
      type: 'image/jpeg',
      preferAnimation: false,
      ...desiredDecodeSize(image, deviceSizeOf(toDevice)),
    });
    let frame: VideoFrame | null = null;
    try {
      frame = (await decoder.decode()).image;
      if (cancelled) throw new RenderingCancelledException();
      // The same context pdf.js asks for, so either may draw on this canvas next.
      const context = canvas.getContext('2d', { alpha: false, willReadFrequently: true });
      if (!context) throw new Error('no 2d context');
      context.save();
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.fillStyle = 'white';
      context.fillRect(0, 0, canvas.width, canvas.height);
      const [a, b, c, d, e, f] = toDevice;
      context.setTransform(a, b, c, d, e, f);
      // The image's unit square, top row at y = 1 (PDF images are drawn upside down into it).
      context.transform(1 / image.width, 0, 0, -1 / image.height, 0, 1);
      context.imageSmoothingEnabled = true;
      context.imageSmoothingQuality = 'high';
      context.drawImage(frame, 0, 0, image.width, image.height);
      context.restore();
    } catch (error) {
      throw cancelled ? new RenderingCancelledException() : error;
    } finally {
      frame?.close();
      closeQuietly(decoder);
    }
  })();
  return {
    promise,
    cancel() {
      cancelled = true;
      // Aborts a decode still running; its promise then rejects, as a cancellation.
      if (decoder) closeQuietly(decoder);
    },
  };
}

function closeQuietly(decoder: ImageDecoder): void {
  try {
    decoder.close();
  } catch {
    // already closed
  }
}

/**
 * The fast render, and pdf.js's where it fails (a JPEG the browser will not decode may still show in pdf.js).
 * Cancelling cancels whichever of the two runs.
 */
export function withPdfJsFallback(fast: PdfRenderTaskLike, pdfJs: () => PdfRenderTaskLike): PdfRenderTaskLike {
  let cancelled = false;
  let current = fast;
  const promise = fast.promise.catch((error: unknown) => {
    if (cancelled || isCancellation(error)) throw error;
    current = pdfJs();
    return current.promise;
  });
  return {
    promise,
    cancel() {
      cancelled = true;
      current.cancel();
    },
  };
}
