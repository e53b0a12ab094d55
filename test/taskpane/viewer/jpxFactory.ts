/**
 * A JPEG 2000 (/JPXDecode) page image, the smallest honest one: a raw codestream (ITU-T T.800) of one 8-bit grey
 * tile whose only packet is empty, so every wavelet coefficient is zero and the image decodes to flat mid-grey
 * (the DC level shift, 128). Only pdf.js's OpenJPEG decoder (WASM) turns it into pixels: without it the page
 * stays white. Test-only.
 */
import { makeRawPdf } from '../../support/pdfFactory';

function u16(value: number): number[] {
  return [(value >>> 8) & 0xff, value & 0xff];
}

function u32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

/** The codestream: SOC, SIZ, COD, QCD, one tile-part with an empty packet, EOC. */
export function makeGreyJpxCodestream(width: number, height: number): Uint8Array {
  const siz = [0xff, 0x51, ...u16(41), ...u16(0), ...u32(width), ...u32(height), ...u32(0), ...u32(0), ...u32(width), ...u32(height), ...u32(0), ...u32(0), ...u16(1), 7, 1, 1];
  // COD: no precincts, LRCP, 1 layer, no colour transform; 0 decomposition levels, 64×64 code-blocks, 5/3 reversible.
  const cod = [0xff, 0x52, ...u16(12), 0x00, 0x00, ...u16(1), 0x00, 0x00, 0x04, 0x04, 0x00, 0x01];
  // QCD: no quantisation, 2 guard bits; one sub-band (LL) with exponent 8.
  const qcd = [0xff, 0x5c, ...u16(4), 0x40, 8 << 3];
  const packet = [0x00]; // "this packet is empty"
  const tileLength = 12 + 2 + packet.length;
  const sot = [0xff, 0x90, ...u16(10), ...u16(0), ...u32(tileLength), 0x00, 0x01];
  return Uint8Array.from([0xff, 0x4f, ...siz, ...cod, ...qcd, ...sot, 0xff, 0x93, ...packet, 0xff, 0xd9]);
}

/** A one-page A4 PDF whose page is a JPX image: flat mid-grey once decoded. */
export function makeJpxPdf(widthPx = 256, heightPx = 362): Uint8Array<ArrayBuffer> {
  return makeRawPdf([
    { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { num: 3, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.276 841.89] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>' },
    { num: 4, body: '<< >>', stream: 'q 595.276 0 0 841.89 0 0 cm /Im1 Do Q\n' },
    {
      num: 5,
      body: `<< /Type /XObject /Subtype /Image /Width ${widthPx} /Height ${heightPx} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /JPXDecode >>`,
      stream: makeGreyJpxCodestream(widthPx, heightPx),
    },
  ]);
}
