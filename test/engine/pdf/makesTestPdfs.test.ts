import { decode as decodeJpeg } from 'jpeg-js';
import { inspectPdf } from '../../../src/engine/pdf';
import { makePdfFromJpegPages, makeScanPage } from '../../support/pdfFactory';

describe('the test PDF factory', () => {
  it('makes scan pages that are real JPEGs of the requested size, the same for the same seed', () => {
    const page = makeScanPage(7, 160, 226, 70);
    const image = decodeJpeg(page, { useTArray: true });
    expect([image.width, image.height]).toEqual([160, 226]);
    expect(makeScanPage(7, 160, 226, 70)).toEqual(page);
    expect(makeScanPage(8, 160, 226, 70)).not.toEqual(page);
  });

  it('makes scan pages that look like paper: light on average, with dark ink somewhere', () => {
    const image = decodeJpeg(makeScanPage(3, 248, 351), { useTArray: true });
    let sum = 0;
    let darkest = 255;
    for (let p = 0; p < image.data.length; p += 4) {
      const grey = (image.data[p] + image.data[p + 1] + image.data[p + 2]) / 3;
      sum += grey;
      darkest = Math.min(darkest, grey);
    }
    expect(sum / (image.width * image.height)).toBeGreaterThan(200);
    expect(darkest).toBeLessThan(120);
  });

  it('puts reused JPEG pages into one PDF, one image per page', async () => {
    const page = makeScanPage(1, 124, 175);
    expect(await inspectPdf(makePdfFromJpegPages([page, page, page, page], 124, 175))).toMatchObject({ ok: true, pages: 4 });
  });
});
