import {
  CSS_PIXELS_PER_POINT,
  DEVICE_PIXEL_RATIO_CAP,
  MAX_CANVAS_PIXELS,
  MAX_ZOOM,
  MIN_ZOOM,
  fitWidthZoom,
  layoutPage,
  normalizeRotation,
  outputScaleFor,
  rotateBy,
  zoomIn,
  zoomOut,
} from '../../../src/taskpane/viewer/pageGeometry';

const A4 = { width: 595.276, height: 841.89 };

describe('page geometry', () => {
  it('fits the whole page into a wide window by its height, and a tall one by its width', () => {
    const wide = layoutPage(A4, { zoom: 'fit-page', areaWidth: 1249, areaHeight: 700, devicePixelRatio: 2 });
    expect(wide.cssHeight).toBeLessThanOrEqual(700);
    expect(wide.cssHeight).toBeGreaterThan(699);
    expect(wide.pixelWidth).toBe(Math.floor(A4.width * wide.zoom * CSS_PIXELS_PER_POINT * 2));
    const tall = layoutPage(A4, { zoom: 'fit-page', areaWidth: 300, areaHeight: 2000, devicePixelRatio: 1 });
    expect(tall.zoom).toBeCloseTo(fitWidthZoom(A4.width, 300), 10);
    // Without a height (the pane), fit-page is fit-width.
    expect(layoutPage(A4, { zoom: 'fit-page', areaWidth: 300, devicePixelRatio: 1 }).zoom).toBeCloseTo(fitWidthZoom(A4.width, 300), 10);
  });

  it('fits an A4 page to a 304 px wide viewer, in whole device pixels that map exactly onto CSS pixels', () => {
    const layout = layoutPage(A4, { zoom: 'fit-width', areaWidth: 304, devicePixelRatio: 1 });
    expect(layout.pixelWidth).toBe(304);
    expect(layout.cssWidth).toBe(304);
    expect(layout.pixelHeight).toBe(Math.floor((304 / A4.width) * A4.height));
    expect(layout.zoom).toBeCloseTo(304 / (A4.width * CSS_PIXELS_PER_POINT), 6);
    expect(Number.isInteger(layout.pixelHeight)).toBe(true);
  });

  it('renders twice as many pixels on a 2x screen, and no more on a 3x or 4x one', () => {
    const retina = layoutPage(A4, { zoom: 'fit-width', areaWidth: 304, devicePixelRatio: 2 });
    expect(retina.pixelWidth).toBe(608);
    expect(retina.cssWidth).toBe(304);
    const screen4k = layoutPage(A4, { zoom: 'fit-width', areaWidth: 304, devicePixelRatio: 4 });
    expect(screen4k.outputScale).toBe(DEVICE_PIXEL_RATIO_CAP);
    expect(screen4k.pixelWidth).toBe(608);
  });

  it('never renders below one device pixel per CSS pixel when the browser is zoomed out', () => {
    expect(outputScaleFor(300, 400, 0.5)).toBe(1);
    expect(outputScaleFor(300, 400, Number.NaN)).toBe(1);
  });

  it('keeps the canvas under 32 MB at the highest zoom on a high-DPI screen', () => {
    const layout = layoutPage(A4, { zoom: MAX_ZOOM, areaWidth: 304, devicePixelRatio: 3 });
    expect(layout.pixelWidth * layout.pixelHeight).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    expect(layout.pixelWidth * layout.pixelHeight * 4).toBeLessThanOrEqual(32 * 1024 * 1024);
    // Still the size on screen that was asked for.
    expect(Math.abs(layout.cssWidth - A4.width * CSS_PIXELS_PER_POINT * MAX_ZOOM)).toBeLessThan(2);
  });

  it('lays a rotated page out by its turned width', () => {
    const turned = layoutPage({ width: A4.height, height: A4.width }, { zoom: 'fit-width', areaWidth: 304, devicePixelRatio: 1 });
    expect(turned.pixelWidth).toBe(304);
    expect(turned.pixelHeight).toBeLessThan(turned.pixelWidth);
  });

  it('steps the zoom through fixed levels from wherever fit-to-width left it', () => {
    expect(zoomIn(0.37)).toBe(0.5);
    expect(zoomIn(1)).toBe(1.25);
    expect(zoomIn(0.997)).toBe(1.25);
    expect(zoomOut(1)).toBe(0.75);
    expect(zoomOut(0.37)).toBe(0.33);
    expect(zoomIn(MAX_ZOOM)).toBe(MAX_ZOOM);
    expect(zoomOut(MIN_ZOOM)).toBe(MIN_ZOOM);
  });

  it('clamps a numeric zoom to the range and treats nonsense as 100 %', () => {
    expect(layoutPage(A4, { zoom: 40, areaWidth: 300, devicePixelRatio: 1 }).zoom).toBe(MAX_ZOOM);
    expect(layoutPage(A4, { zoom: -1, areaWidth: 300, devicePixelRatio: 1 }).zoom).toBe(1);
  });

  it('turns any angle into one of the four rotations', () => {
    expect(normalizeRotation(0)).toBe(0);
    expect(normalizeRotation(450)).toBe(90);
    expect(normalizeRotation(-90)).toBe(270);
    expect(normalizeRotation(Number.NaN)).toBe(0);
    expect(rotateBy(270, 90)).toBe(0);
    expect(rotateBy(0, -90)).toBe(270);
  });

  it('gives a sane zoom when the viewer has no width yet', () => {
    expect(fitWidthZoom(A4.width, 0)).toBe(1);
  });
});
