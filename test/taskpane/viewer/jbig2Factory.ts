/**
 * A black-and-white scan as scanners and MFPs write it: one 1-bit page image in JBIG2 (/JBIG2Decode), the kind
 * pdf.js decodes only through its WASM decoder. Written from the standard (ITU-T T.88): an embedded stream of a
 * page-information segment and one immediate generic region, arithmetic-coded (MQ coder, Annex E) with
 * template 0 and the default adaptive pixels. Test-only and small: no TPGDON, no MMR, no symbol dictionaries.
 */
import { makeRawPdf } from '../../support/pdfFactory';

// --- The MQ arithmetic coder (T.88 Annex E.2) ---------------------------------------------------------------

/** Qe, next index after an MPS, next index after an LPS, switch flag (Table E.1). */
const QE: readonly (readonly [number, number, number, number])[] = [
  [0x5601, 1, 1, 1], [0x3401, 2, 6, 0], [0x1801, 3, 9, 0], [0x0ac1, 4, 12, 0], [0x0521, 5, 29, 0], [0x0221, 38, 33, 0],
  [0x5601, 7, 6, 1], [0x5401, 8, 14, 0], [0x4801, 9, 14, 0], [0x3801, 10, 14, 0], [0x3001, 11, 17, 0], [0x2401, 12, 18, 0],
  [0x1c01, 13, 20, 0], [0x1601, 29, 21, 0], [0x5601, 15, 14, 1], [0x5401, 16, 14, 0], [0x5101, 17, 15, 0], [0x4801, 18, 16, 0],
  [0x3801, 19, 17, 0], [0x3401, 20, 18, 0], [0x3001, 21, 19, 0], [0x2801, 22, 19, 0], [0x2401, 23, 20, 0], [0x2201, 24, 21, 0],
  [0x1c01, 25, 22, 0], [0x1801, 26, 23, 0], [0x1601, 27, 24, 0], [0x1401, 28, 25, 0], [0x1201, 29, 26, 0], [0x1101, 30, 27, 0],
  [0x0ac1, 31, 28, 0], [0x09c1, 32, 29, 0], [0x08a1, 33, 30, 0], [0x0521, 34, 31, 0], [0x0441, 35, 32, 0], [0x02a1, 36, 33, 0],
  [0x0221, 37, 34, 0], [0x0141, 38, 35, 0], [0x0111, 39, 36, 0], [0x0085, 40, 37, 0], [0x0049, 41, 38, 0], [0x0025, 42, 39, 0],
  [0x0015, 43, 40, 0], [0x0009, 44, 41, 0], [0x0005, 45, 42, 0], [0x0001, 45, 43, 0], [0x5601, 46, 46, 0],
];

class MqEncoder {
  private a = 0x8000;
  private c = 0;
  private ct = 12;
  /** The byte at BP; BP = -1 is the byte before the stream, never written. */
  private b = 0;
  private bp = -1;
  private readonly bytes: number[] = [];
  private readonly index = new Uint8Array(1 << 16);
  private readonly mps = new Uint8Array(1 << 16);

  encode(context: number, bit: number): void {
    const state = this.index[context];
    const [qe, nextMps, nextLps, switches] = QE[state];
    if (bit === this.mps[context]) {
      // CODEMPS
      this.a -= qe;
      if ((this.a & 0x8000) === 0) {
        if (this.a < qe) this.a = qe;
        else this.c += qe;
        this.index[context] = nextMps;
        this.renormalize();
      } else {
        this.c += qe;
      }
    } else {
      // CODELPS
      this.a -= qe;
      if (this.a < qe) this.c += qe;
      else this.a = qe;
      if (switches) this.mps[context] = 1 - this.mps[context];
      this.index[context] = nextLps;
      this.renormalize();
    }
  }

  private renormalize(): void {
    do {
      this.a = (this.a << 1) & 0xffff;
      this.c = this.c * 2;
      this.ct -= 1;
      if (this.ct === 0) this.byteOut();
    } while ((this.a & 0x8000) === 0);
  }

  private setByte(value: number): void {
    this.b = value;
    if (this.bp >= 0) this.bytes[this.bp] = value;
  }

  private nextByte(value: number): void {
    this.bp += 1;
    this.setByte(value);
  }

  private byteOut(): void {
    if (this.b === 0xff) {
      this.nextByte(Math.floor(this.c / 2 ** 20) & 0xff);
      this.c %= 2 ** 20;
      this.ct = 7;
    } else if (this.c < 0x8000000) {
      this.nextByte(Math.floor(this.c / 2 ** 19) & 0xff);
      this.c %= 2 ** 19;
      this.ct = 8;
    } else {
      this.setByte(this.b + 1);
      if (this.b === 0xff) {
        this.c %= 0x8000000;
        this.nextByte(Math.floor(this.c / 2 ** 20) & 0xff);
        this.c %= 2 ** 20;
        this.ct = 7;
      } else {
        this.c %= 0x8000000;
        this.nextByte(Math.floor(this.c / 2 ** 19) & 0xff);
        this.c %= 2 ** 19;
        this.ct = 8;
      }
    }
  }

  /** FLUSH (E.2.9), then the 0xFF 0xAC marker that ends arithmetically coded data. */
  finish(): Uint8Array {
    const temp = this.c + this.a;
    this.c = this.c | 0xffff;
    if (this.c >= temp) this.c -= 0x8000;
    this.c *= 2 ** this.ct;
    this.byteOut();
    this.c *= 2 ** this.ct;
    this.byteOut();
    const out = this.bytes.slice(0, this.bp + 1);
    if (out.at(-1) !== 0xff) out.push(0xff);
    out.push(0xac);
    return Uint8Array.from(out);
  }
}

// --- Generic region, template 0 (T.88 6.2.5) -----------------------------------------------------------------

/** The default adaptive pixels of template 0: A1 (3,−1), A2 (−3,−1), A3 (2,−2), A4 (−2,−2). */
const ADAPTIVE = [
  [3, -1],
  [-3, -1],
  [2, -2],
  [-2, -2],
] as const;

const TEMPLATE_0: readonly (readonly [number, number])[] = [
  [-1, -2], [0, -2], [1, -2],
  [-2, -1], [-1, -1], [0, -1], [1, -1], [2, -1],
  [-4, 0], [-3, 0], [-2, 0], [-1, 0],
  ...ADAPTIVE,
];

/** Arithmetic-codes a bitmap (1 = black), rows top to bottom. */
export function encodeGenericRegion(bitmap: Uint8Array, width: number, height: number): Uint8Array {
  const encoder = new MqEncoder();
  const at = (x: number, y: number): number => (x < 0 || y < 0 || x >= width ? 0 : bitmap[y * width + x]);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let context = 0;
      for (const [dx, dy] of TEMPLATE_0) context = (context << 1) | at(x + dx, y + dy);
      encoder.encode(context, bitmap[y * width + x]);
    }
  }
  return encoder.finish();
}

function uint32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

/** A segment header (7.2) with a one-byte page association and no referred-to segments. */
function segment(number: number, type: number, data: number[] | Uint8Array): number[] {
  return [...uint32(number), type & 0x3f, 0x00, 0x01, ...uint32(data.length), ...data];
}

/** The JBIG2 data a PDF embeds for one page (no file header, 7.4.8 / PDF /JBIG2Decode). */
export function encodeJbig2Page(bitmap: Uint8Array, width: number, height: number): Uint8Array {
  const pageInformation = [...uint32(width), ...uint32(height), ...uint32(0), ...uint32(0), 0x00, 0x00, 0x00];
  const region = [
    ...uint32(width), ...uint32(height), ...uint32(0), ...uint32(0), 0x00, // region segment information: OR
    0x00, // generic region flags: arithmetic, template 0, no TPGDON
    ...ADAPTIVE.flatMap(([x, y]) => [x & 0xff, y & 0xff]),
    ...encodeGenericRegion(bitmap, width, height),
  ];
  return Uint8Array.from([...segment(0, 48, pageInformation), ...segment(1, 38, region), ...segment(2, 49, [])]);
}

/**
 * A black-and-white page: a white top margin, then lines of black "handwriting" strokes with gaps. The top
 * eighth is white on purpose, so a test can tell a true decode from noise.
 */
export function makeBlackAndWhitePage(width: number, height: number): Uint8Array {
  const bitmap = new Uint8Array(width * height);
  const lineGap = Math.round(height / 16);
  const stroke = Math.max(3, Math.round(lineGap / 4));
  for (let line = 2; line < 15; line++) {
    const top = line * lineGap;
    for (let x = Math.round(width * 0.08); x < Math.round(width * 0.92); x++) {
      // Words: 9 of every 12 columns blocks inked.
      if (Math.floor(x / Math.max(4, Math.round(width / 40))) % 4 === 3) continue;
      const wobble = Math.round(Math.sin(x / 7 + line) * stroke * 0.5);
      for (let y = top + wobble; y < top + wobble + stroke; y++) bitmap[y * width + x] = 1;
    }
  }
  return bitmap;
}

/** A one-page PDF whose page is a JBIG2-coded black-and-white image (A4, `widthPx` × `heightPx` pixels). */
export function makeJbig2Pdf(widthPx = 600, heightPx = 848): Uint8Array<ArrayBuffer> {
  const image = encodeJbig2Page(makeBlackAndWhitePage(widthPx, heightPx), widthPx, heightPx);
  return makeRawPdf([
    { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { num: 3, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.276 841.89] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>' },
    { num: 4, body: '<< >>', stream: 'q 595.276 0 0 841.89 0 0 cm /Im1 Do Q\n' },
    {
      num: 5,
      body: `<< /Type /XObject /Subtype /Image /Width ${widthPx} /Height ${heightPx} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode >>`,
      stream: image,
    },
  ]);
}
