/** Undoes PNG (10–15) and TIFF (2) predictors, as used by cross-reference and object streams. */

import { PdfFormatError } from './lexer';

export interface PredictorParameters {
  predictor: number;
  colors: number;
  bitsPerComponent: number;
  columns: number;
}

export function undoPredictor(data: Uint8Array, parameters: PredictorParameters): Uint8Array {
  const { predictor, colors, bitsPerComponent, columns } = parameters;
  if (predictor <= 1) return data;
  if (colors < 1 || colors > 32 || columns < 1 || columns > 1 << 20 || ![1, 2, 4, 8, 16].includes(bitsPerComponent)) {
    throw new PdfFormatError('bad predictor parameters');
  }
  const bytesPerPixel = Math.max(1, Math.ceil((colors * bitsPerComponent) / 8));
  const rowLength = Math.ceil((columns * colors * bitsPerComponent) / 8);
  if (predictor === 2) return undoTiffPredictor(data, rowLength, bytesPerPixel, bitsPerComponent);
  if (predictor < 10) throw new PdfFormatError('unknown predictor');
  return undoPngPredictor(data, rowLength, bytesPerPixel);
}

function undoPngPredictor(data: Uint8Array, rowLength: number, bytesPerPixel: number): Uint8Array {
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  let previous = new Uint8Array(rowLength);
  for (let row = 0; row < rows; row++) {
    const inStart = row * (rowLength + 1);
    const filter = data[inStart];
    const current = out.subarray(row * rowLength, (row + 1) * rowLength);
    for (let i = 0; i < rowLength; i++) {
      const raw = data[inStart + 1 + i];
      const left = i >= bytesPerPixel ? current[i - bytesPerPixel] : 0;
      const up = previous[i];
      const upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
      let value: number;
      switch (filter) {
        case 0: value = raw; break;
        case 1: value = raw + left; break;
        case 2: value = raw + up; break;
        case 3: value = raw + ((left + up) >> 1); break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          value = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
          break;
        }
        default:
          throw new PdfFormatError('bad PNG predictor row');
      }
      current[i] = value & 0xff;
    }
    previous = current;
  }
  return out;
}

function undoTiffPredictor(data: Uint8Array, rowLength: number, bytesPerPixel: number, bitsPerComponent: number): Uint8Array {
  if (bitsPerComponent !== 8) throw new PdfFormatError('unsupported TIFF predictor');
  const out = data.slice();
  for (let start = 0; start + rowLength <= out.length; start += rowLength) {
    for (let i = bytesPerPixel; i < rowLength; i++) out[start + i] = (out[start + i] + out[start + i - bytesPerPixel]) & 0xff;
  }
  return out;
}
