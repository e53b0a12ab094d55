/**
 * Where pdf.js's files are in the built add-in, and which of its two builds this browser needs. Pure: the URL
 * of the folder and the global object come in, plain data goes out (tested in Node).
 *
 * webpack.config.js copies, byte for byte, into `dist/pdfjs-<version>/`:
 *   build/pdf.min.js, build/pdf.worker.min.js       the modern build (pdfjs-dist/build/*.min.mjs)
 *   legacy/pdf.min.js, legacy/pdf.worker.min.js     the legacy build (pdfjs-dist/legacy/build/*.min.mjs)
 *   wasm/      JBIG2 (black-and-white scans), OpenJPEG (JPX) and QCMS (ICC colour) decoders, with JS fallbacks
 *   cmaps/     Adobe CMaps, for text in CJK fonts (not in scans, but a cover page may have some)
 *   standard_fonts/, iccs/
 * The folder name carries the version, so a cached old worker never meets a new library after an update. The
 * files are `.js`, not `.mjs`: module scripts must be served as JavaScript, and servers that do not know `.mjs`
 * (IIS by default) would refuse them.
 */

export type PdfBuild = 'modern' | 'legacy';

export interface PdfAssets {
  /** The library, loaded with a native `import()`. */
  library: string;
  workerSrc: string;
  wasmUrl: string;
  cMapUrl: string;
  standardFontDataUrl: string;
  iccUrl: string;
}

/** The folder of pdf.js's files, relative to the pane's page. */
export function pdfAssetsFolder(version: string): string {
  return `pdfjs-${version}/`;
}

/** Every file and folder pdf.js is given, under `folderUrl` (which ends with a slash). */
export function pdfAssets(folderUrl: string, build: PdfBuild): PdfAssets {
  const scripts = build === 'modern' ? 'build' : 'legacy';
  return {
    library: `${folderUrl}${scripts}/pdf.min.js`,
    workerSrc: `${folderUrl}${scripts}/pdf.worker.min.js`,
    wasmUrl: `${folderUrl}wasm/`,
    cMapUrl: `${folderUrl}cmaps/`,
    standardFontDataUrl: `${folderUrl}standard_fonts/`,
    iccUrl: `${folderUrl}iccs/`,
  };
}

/**
 * What pdf.js 6's modern build calls without checking: the newest built-ins (2024–2025). Its legacy build
 * carries polyfills for each of these (core-js). WebView2 (Windows) and current Chrome/Edge have them all; the
 * Safari WebView of Office on a Mac lags with macOS (getOrInsertComputed and Math.sumPrecise arrived in
 * Safari 26), and so do older browsers running Excel on the web.
 */
export const MODERN_BUILD_NEEDS: readonly (readonly [owner: string, property: string])[] = [
  ['Map.prototype', 'getOrInsertComputed'],
  ['WeakMap.prototype', 'getOrInsertComputed'],
  ['Math', 'sumPrecise'],
  ['Promise', 'try'],
  ['Uint8Array', 'fromBase64'],
  ['Uint8Array.prototype', 'toHex'],
  ['URL', 'parse'],
  ['Iterator.prototype', 'map'],
  ['Set.prototype', 'union'],
];

function lookUp(scope: object, path: string): unknown {
  let value: unknown = scope;
  for (const part of path.split('.')) {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The built-ins of MODERN_BUILD_NEEDS this scope lacks (empty: the modern build runs). */
export function missingForModernBuild(scope: object): string[] {
  return MODERN_BUILD_NEEDS.filter(([owner, property]) => typeof lookUp(scope, `${owner}.${property}`) !== 'function').map(
    ([owner, property]) => `${owner}.${property}`,
  );
}

/** The modern build where it runs (smaller, faster), the legacy build elsewhere. */
export function choosePdfBuild(scope: object): PdfBuild {
  return missingForModernBuild(scope).length === 0 ? 'modern' : 'legacy';
}
