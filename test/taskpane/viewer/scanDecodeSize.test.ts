import type { ScanImage } from '../../../src/engine';
import { deviceSizeOf, desiredDecodeSize } from '../../../src/taskpane/viewer/scanPageRender';

const A4_300DPI: ScanImage = { jpeg: new Uint8Array(0), width: 2480, height: 3508, components: 3, matrix: [595.276, 0, 0, 841.89, 0, 0], exif: null };

describe('the size a scan page\'s JPEG is decoded at', () => {
  it('is the smallest eighth of the image not smaller than the page on screen, plus a pixel for the decoder\'s rounding', () => {
    // The viewer window, 1249 px: half the image (1240 px is within 3 % of 1249).
    expect(desiredDecodeSize(A4_300DPI, { width: 1249, height: 1767 })).toEqual({ desiredWidth: 1241, desiredHeight: 1755 });
    // The pane, 300 px: an eighth.
    expect(desiredDecodeSize(A4_300DPI, { width: 300, height: 424 })).toEqual({ desiredWidth: 311, desiredHeight: 440 });
    // 700 px: a quarter (620 px) would be blurred, three eighths (930 px) is not.
    expect(desiredDecodeSize(A4_300DPI, { width: 700, height: 990 })).toEqual({ desiredWidth: 931, desiredHeight: 1317 });
  });

  it('is the full image when the page is shown at its size or larger (a high-DPI screen, zoomed in)', () => {
    expect(desiredDecodeSize(A4_300DPI, { width: 2498, height: 3533 })).toBeNull();
    expect(desiredDecodeSize(A4_300DPI, { width: 2400, height: 3395 })).toBeNull();
  });

  it('measures the image\'s sides on screen whichever way the page is turned', () => {
    expect(deviceSizeOf([0, 300, -200, 0, 20, 30])).toEqual({ width: 300, height: 200 });
    expect(deviceSizeOf([3, 4, 0, -2, 0, 0])).toEqual({ width: 5, height: 2 });
  });
});
