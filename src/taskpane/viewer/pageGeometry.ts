/**
 * Where a page goes on screen: the zoom, the canvas's CSS size and its backing-store size. Pure arithmetic,
 * no DOM: the session measures, this decides.
 *
 * Sizes are in PDF points (1/72 in) for pages, CSS pixels for the screen and device pixels for canvases.
 * 100 % means a page at its printed size on a 96-dpi screen (pdf.js's PixelsPerInch.PDF_TO_CSS_UNITS).
 */

/** CSS pixels per PDF point at 100 %. */
export const CSS_PIXELS_PER_POINT = 96 / 72;

/**
 * Canvas pixels per CSS pixel never exceed this. A 300-dpi scan shown 300 px wide in the pane has about eight
 * scan pixels per CSS pixel: beyond 2 device pixels per CSS pixel nothing gets sharper, only bigger (a 4K screen
 * at 300 % would otherwise triple the canvas on each side, nine times the memory).
 */
export const DEVICE_PIXEL_RATIO_CAP = 2;

/**
 * The page canvas never holds more than this many pixels (2^23 ≈ 8.4 M, 32 MB of RGBA). At high zoom the output
 * scale drops instead: at 400 % an A4 page is 3175×4490 CSS px, and 0.77 device pixels per CSS pixel is still
 * the scan's own resolution (2480 px across).
 */
export const MAX_CANVAS_PIXELS = 2 ** 23;

/** Zoom steps for zoom in/out (1 = 100 %); fit-to-width sits between them. */
export const ZOOM_STEPS: readonly number[] = [0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4];
export const MIN_ZOOM = ZOOM_STEPS[0];
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1];

export type Rotation = 0 | 90 | 180 | 270;

/**
 * `fit-width`: the page's width fills the viewer, whatever the pane's width; `fit-page`: the whole page is in
 * view (the viewer window); a number: that absolute zoom.
 */
export type Zoom = 'fit-width' | 'fit-page' | number;

export interface Size {
  width: number;
  height: number;
}

/** How the viewer wants a page shown. */
export interface ViewRequest {
  zoom: Zoom;
  /** Width available for the page, CSS px. */
  areaWidth: number;
  /** Height available for the page, CSS px: needed by `fit-page` only (without it, fit-page is fit-width). */
  areaHeight?: number;
  /** `window.devicePixelRatio`. */
  devicePixelRatio: number;
}

export interface PageLayout {
  /** The absolute zoom shown to the person (1 = 100 %). */
  zoom: number;
  /** Canvas pixels per CSS pixel, after the caps. */
  outputScale: number;
  /** The scale to ask pdf.js for: device pixels per PDF point. */
  renderScale: number;
  cssWidth: number;
  cssHeight: number;
  pixelWidth: number;
  pixelHeight: number;
}

/** Any angle to one of the four a page can be shown at. */
export function normalizeRotation(degrees: number): Rotation {
  if (!Number.isFinite(degrees)) return 0;
  const quarter = Math.round(degrees / 90);
  return ((((quarter % 4) + 4) % 4) * 90) as Rotation;
}

export function rotateBy(rotation: Rotation, degrees: number): Rotation {
  return normalizeRotation(rotation + degrees);
}

export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom) || zoom <= 0) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** The absolute zoom at which a page of this width (points, as rotated) fills `areaWidth` CSS px. */
export function fitWidthZoom(pageWidth: number, areaWidth: number): number {
  if (pageWidth <= 0 || areaWidth <= 0) return 1;
  return areaWidth / (pageWidth * CSS_PIXELS_PER_POINT);
}

/** The absolute zoom at which the whole page (points, as rotated) fits the area; fit-width when no height is known. */
export function fitPageZoom(page: Size, areaWidth: number, areaHeight: number | undefined): number {
  const width = fitWidthZoom(page.width, areaWidth);
  if (!areaHeight || areaHeight <= 0 || page.height <= 0) return width;
  return Math.min(width, areaHeight / (page.height * CSS_PIXELS_PER_POINT));
}

/** The next zoom step above `current` (a little tolerance, so 99.7 % → 125 %, not 100 %). */
export function zoomIn(current: number): number {
  return ZOOM_STEPS.find((step) => step > current * 1.02) ?? MAX_ZOOM;
}

export function zoomOut(current: number): number {
  for (let i = ZOOM_STEPS.length - 1; i >= 0; i--) {
    if (ZOOM_STEPS[i] < current / 1.02) return ZOOM_STEPS[i];
  }
  return MIN_ZOOM;
}

/** Canvas pixels per CSS pixel: the screen's ratio, at least 1, at most the cap; lower when the canvas would be too big. */
export function outputScaleFor(cssWidth: number, cssHeight: number, devicePixelRatio: number): number {
  const ratio = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  let scale = Math.min(DEVICE_PIXEL_RATIO_CAP, Math.max(1, ratio));
  const area = cssWidth * cssHeight;
  if (area > 0 && area * scale * scale > MAX_CANVAS_PIXELS) scale = Math.sqrt(MAX_CANVAS_PIXELS / area);
  return scale;
}

/** Lays a page (its size in points, already rotated) out for a view. */
export function layoutPage(page: Size, view: ViewRequest): PageLayout {
  const zoom =
    view.zoom === 'fit-width'
      ? fitWidthZoom(page.width, view.areaWidth)
      : view.zoom === 'fit-page'
        ? fitPageZoom(page, view.areaWidth, view.areaHeight)
        : clampZoom(view.zoom);
  const cssScale = zoom * CSS_PIXELS_PER_POINT;
  const outputScale = outputScaleFor(page.width * cssScale, page.height * cssScale, view.devicePixelRatio);
  const renderScale = cssScale * outputScale;
  // Whole device pixels, and a CSS size that maps onto them exactly: no resampling blur.
  const pixelWidth = Math.max(1, Math.floor(page.width * renderScale));
  const pixelHeight = Math.max(1, Math.floor(page.height * renderScale));
  return {
    zoom,
    outputScale,
    renderScale,
    cssWidth: pixelWidth / outputScale,
    cssHeight: pixelHeight / outputScale,
    pixelWidth,
    pixelHeight,
  };
}
