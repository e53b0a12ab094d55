/**
 * The frame header of a JPEG stream (size, components, coding) and where its EXIF block lies, read from the
 * markers alone — no pixel is decoded. The viewer's fast path for scans (scanPages.ts) needs only these facts to
 * decide whether the browser's own decoder may draw an image exactly as pdf.js would; a decoder package would
 * decode the whole image to tell them, which is the very work the fast path exists to skip.
 */

export interface JpegFrame {
  width: number;
  height: number;
  components: number;
  /** Baseline or extended sequential (SOF0, SOF1) or progressive (SOF2), Huffman-coded: what every browser decodes. */
  coding: 'sequential' | 'progressive' | 'other';
  /**
   * The APP1 EXIF segment's span, when there is one. In a PDF the image's placement is the page's business: an
   * EXIF orientation must not turn it (pdf.js blanks the segment too), so the fast path blanks this span.
   */
  exif: { start: number; end: number } | null;
  /** An Adobe APP14 segment: its colour transform flag, or null when there is no such segment. */
  adobeTransform: number | null;
}

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP1 = 0xe1;
const APP14 = 0xee;
/** Markers without a length: RSTn, SOI, EOI, TEM. */
function standalone(marker: number): boolean {
  return (marker >= 0xd0 && marker <= 0xd9) || marker === 0x01;
}

function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function startsWithAscii(bytes: Uint8Array, at: number, text: string): boolean {
  if (at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** The frame of `bytes` (a whole JPEG stream, SOI first); null when the markers do not make sense. */
export function readJpegFrame(bytes: Uint8Array): JpegFrame | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== SOI) return null;
  let exif: JpegFrame['exif'] = null;
  let adobeTransform: number | null = null;
  let frame: Omit<JpegFrame, 'exif' | 'adobeTransform'> | null = null;
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) return null;
    const marker = bytes[pos + 1];
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    // The scan's data begins: every segment that matters has been seen (an EXIF block may follow the frame).
    if (marker === SOS) return frame && { ...frame, exif, adobeTransform };
    if (marker === EOI) return null;
    if (standalone(marker)) {
      pos += 2;
      continue;
    }
    const length = (bytes[pos + 2] << 8) | bytes[pos + 3];
    const end = pos + 2 + length;
    if (length < 2 || end > bytes.length) return null;
    const body = pos + 4;
    if (marker === APP1 && exif === null && startsWithAscii(bytes, body, 'Exif\0')) exif = { start: body, end };
    if (marker === APP14 && startsWithAscii(bytes, body, 'Adobe') && length >= 14) adobeTransform = bytes[body + 11];
    if (isStartOfFrame(marker)) {
      if (length < 8 || frame) return null;
      const height = (bytes[body + 1] << 8) | bytes[body + 2];
      const width = (bytes[body + 3] << 8) | bytes[body + 4];
      const components = bytes[body + 5];
      const coding = marker === 0xc0 || marker === 0xc1 ? 'sequential' : marker === 0xc2 ? 'progressive' : 'other';
      frame = { width, height, components, coding };
    }
    pos = end;
  }
  return null;
}
