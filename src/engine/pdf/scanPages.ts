/**
 * Which pages of a PDF are plain scans: the page draws one JPEG image and nothing else. Scanners and the
 * schools' scanning software write exactly this, page after page. For such a page the viewer may hand the JPEG
 * to the browser's own decoder at the size it will be shown (libjpeg decodes at n/8 of the size directly),
 * instead of letting pdf.js decode the 300-dpi image whole and scale it down after: the same picture for a
 * fraction of the work (see src/taskpane/viewer/scanPageRender.ts).
 *
 * The reading is strict on purpose: anything it does not recognise (another operator, a mask, a colour space
 * with a profile, an encrypted or repaired file) makes the page, or the whole file, "not a plain scan", and
 * pdf.js draws it as always. Structure only: no stream but the page's small content stream is decoded.
 */

import { readCrossReferenceSafe } from './inspectPdf';
import { indexOfBytes, asciiBytes } from './bytes';
import { readJpegFrame } from './jpegFrame';
import { Lexer, type Token } from './lexer';
import { dictOf, isInteger, isName, PdfDict, PdfRef, PdfStream, type PdfValue } from './objects';
import { PdfDocument } from './pdfDocument';
import { decodeStream } from './streams';

/** A 2-D affine matrix as PDF writes it: [a b c d e f]. */
export type PdfMatrix = readonly [number, number, number, number, number, number];

export interface ScanImage {
  /** The JPEG stream as it is in the file: a view of the file's bytes, not a copy. */
  jpeg: Uint8Array;
  /** The image's size in pixels (its /Width and /Height, which its JPEG frame agrees with). */
  width: number;
  height: number;
  /** 1 (DeviceGray) or 3 (DeviceRGB). */
  components: 1 | 3;
  /** Where the image's unit square goes in the page's default user space (the CTM at `Do`). */
  matrix: PdfMatrix;
  /** The JPEG's EXIF block, to blank before a browser decodes it (an EXIF orientation must not turn a PDF image). */
  exif: { start: number; end: number } | null;
}

const HEADER = asciiBytes('%PDF-');
const HEADER_WINDOW = 1024;
const IDENTITY: PdfMatrix = [1, 0, 0, 1, 0, 0];
/** A scan page's content stream is one line; a page with more to say is not a plain scan. */
const MAX_CONTENT_TOKENS = 256;
const MAX_CONTENT_BYTES = 16_384;
const MAX_GRAPHICS_DEPTH = 16;
const MAX_TREE_NODES = 10_000;

/** The pages of one file, read one by one when the viewer first draws each (a 40-page file costs one page). */
export interface ScanPageReader {
  readonly pageCount: number;
  /** The page's image when it is a plain scan (0-based index), otherwise null. Never rejects. */
  page(index: number): Promise<ScanImage | null>;
}

/**
 * Reads the file's cross-reference and page tree; null when the file as a whole is not read here (encrypted,
 * needing repair, a page tree in doubt): then every page is pdf.js's. Never throws.
 */
export async function openScanPages(bytes: Uint8Array): Promise<ScanPageReader | null> {
  try {
    const header = indexOfBytes(bytes, HEADER, 0, HEADER_WINDOW + HEADER.length);
    if (header < 0) return null;
    const { xref, base } = await readCrossReferenceSafe(bytes, header);
    // A file that needs mending may be mended differently by pdf.js: it draws those pages itself.
    if (!xref || xref.repairs.size > 0 || base !== header) return null;
    if (xref.trailer.has('Encrypt')) return null;
    const document = new PdfDocument(bytes, xref, base);
    const catalog = dictOf(await document.resolve(xref.trailer.get('Root')));
    const leaves = catalog ? await pageLeaves(document, catalog) : null;
    if (!leaves || document.wasScanned || document.repairs.size > 0) return null;
    const read = new Map<number, Promise<ScanImage | null>>();
    return {
      pageCount: leaves.length,
      page(index) {
        const leaf = leaves[index];
        if (!leaf) return Promise.resolve(null);
        let image = read.get(index);
        if (!image) {
          image = scanImageOf(document, leaf).then(
            // Whatever had to be mended on the way makes the page pdf.js's.
            (found) => (document.wasScanned || document.repairs.size > 0 ? null : found),
            () => null,
          );
          read.set(index, image);
        }
        return image;
      },
    };
  } catch {
    return null;
  }
}

interface Leaf {
  page: PdfDict;
  resources: PdfValue | undefined;
}

/**
 * The page tree's leaves in reading order; null when the tree is odd (a cycle, a /Count that disagrees). Not
 * pageTree.ts's walk: that one mends what it can to count pages, this one must agree with pdf.js or give up.
 */
async function pageLeaves(document: PdfDocument, catalog: PdfDict): Promise<Leaf[] | null> {
  const root = dictOf(await document.resolve(catalog.get('Pages')));
  if (!root) return null;
  const leaves: Leaf[] = [];
  const seen = new Set<string>();
  const stack: { node: PdfValue | undefined; resources: PdfValue | undefined }[] = [{ node: catalog.get('Pages'), resources: undefined }];
  let nodes = 0;
  while (stack.length > 0) {
    const { node, resources } = stack.pop()!;
    if (++nodes > MAX_TREE_NODES) return null;
    if (!(node instanceof PdfRef) || seen.has(node.key)) return null;
    seen.add(node.key);
    const dict = dictOf(await document.resolve(node));
    if (!dict) return null;
    const ownResources = dict.get('Resources') ?? resources;
    if (isName(dict.get('Type'), 'Pages')) {
      const kids = await document.resolve(dict.get('Kids'));
      if (!Array.isArray(kids)) return null;
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], resources: ownResources });
    } else if (isName(dict.get('Type'), 'Page')) {
      leaves.push({ page: dict, resources: ownResources });
    } else {
      return null;
    }
  }
  return root.get('Count') === leaves.length ? leaves : null;
}

/** The page's image when all the page does is draw one JPEG image; null otherwise. */
async function scanImageOf(document: PdfDocument, leaf: Leaf): Promise<ScanImage | null> {
  const content = await contentOf(document, leaf.page);
  if (!content) return null;
  const drawn = imageDrawnBy(content);
  if (!drawn) return null;
  const resources = dictOf(await document.resolve(leaf.resources));
  const xobjects = dictOf(await document.resolve(resources?.get('XObject')));
  const image = await document.resolve(xobjects?.get(drawn.name));
  if (!(image instanceof PdfStream)) return null;
  const facts = plainJpegImage(image.dict);
  if (!facts) return null;
  const extent = await document.extentOf(image);
  if (!extent.complete) return null;
  const jpeg = document.bytes.subarray(extent.start, extent.end);
  const frame = readJpegFrame(jpeg);
  if (!frame || frame.coding === 'other') return null;
  if (frame.width !== facts.width || frame.height !== facts.height || frame.components !== facts.components) return null;
  // An RGB JPEG marked "not transformed" is decoded differently by browsers and by pdf.js: leave it to pdf.js.
  if (frame.components === 3 && frame.adobeTransform === 0) return null;
  return { jpeg, width: facts.width, height: facts.height, components: facts.components, matrix: drawn.matrix, exif: frame.exif };
}

/** The page's content streams, joined as PDF joins them; null when one is missing, cut, or too long for a scan. */
async function contentOf(document: PdfDocument, page: PdfDict): Promise<Uint8Array | null> {
  const contents = await document.resolve(page.get('Contents'));
  const items: PdfValue[] = Array.isArray(contents) ? contents : [contents ?? null];
  const parts: Uint8Array[] = [];
  let total = 0;
  for (const item of items) {
    const stream = await document.resolve(item);
    if (!(stream instanceof PdfStream)) return null;
    const extent = await document.extentOf(stream);
    if (!extent.complete || extent.end - extent.start > MAX_CONTENT_BYTES) return null;
    const decoded = await decodeStream(document.bytes.subarray(extent.start, extent.end), stream.dict);
    if (!decoded.complete) return null;
    parts.push(decoded.bytes);
    total += decoded.bytes.length + 1;
    if (total > MAX_CONTENT_BYTES) return null;
  }
  const joined = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    joined[at + part.length] = 0x0a;
    at += part.length + 1;
  }
  return joined;
}

/** `m` then `n`: the matrix that applies m first (PDF's `cm` prepends: CTM' = M × CTM). */
export function multiplyPdfMatrices(m: PdfMatrix, n: PdfMatrix): PdfMatrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/**
 * The XObject a content stream draws and the matrix it is drawn with, when the stream only saves and restores
 * the graphics state, concatenates matrices and draws exactly one XObject. Null for anything else.
 */
export function imageDrawnBy(content: Uint8Array): { name: string; matrix: PdfMatrix } | null {
  const lexer = new Lexer(content);
  const operands: Token[] = [];
  const saved: PdfMatrix[] = [];
  let ctm = IDENTITY;
  let drawn: { name: string; matrix: PdfMatrix } | null = null;
  for (let count = 0; ; count++) {
    if (count > MAX_CONTENT_TOKENS) return null;
    const token = lexer.next();
    if (token.kind === 'eof') break;
    if (token.kind === 'number' || token.kind === 'name') {
      operands.push(token);
      continue;
    }
    if (token.kind !== 'keyword') return null;
    switch (token.value) {
      case 'q':
        if (operands.length !== 0 || saved.length >= MAX_GRAPHICS_DEPTH) return null;
        saved.push(ctm);
        break;
      case 'Q':
        if (operands.length !== 0) return null;
        ctm = saved.pop() ?? ctm;
        break;
      case 'cm': {
        if (operands.length !== 6 || operands.some((operand) => operand.kind !== 'number')) return null;
        const m = operands.map((operand) => (operand as { value: number }).value) as unknown as PdfMatrix;
        ctm = multiplyPdfMatrices(m, ctm);
        break;
      }
      case 'Do': {
        const [operand] = operands;
        if (drawn || operands.length !== 1 || operand.kind !== 'name') return null;
        drawn = { name: operand.value, matrix: ctm };
        break;
      }
      default:
        return null;
    }
    operands.length = 0;
  }
  if (operands.length !== 0 || !drawn) return null;
  const [a, b, c, d] = drawn.matrix;
  // A degenerate matrix draws nothing visible; pdf.js decides what such a page looks like.
  if (!drawn.matrix.every(Number.isFinite) || Math.abs(a * d - b * c) < 1e-9) return null;
  return drawn;
}

/** Size and components of an image XObject that is a plain JPEG in DeviceRGB or DeviceGray; null otherwise. */
function plainJpegImage(dict: PdfDict): { width: number; height: number; components: 1 | 3 } | null {
  if (!isName(dict.get('Subtype'), 'Image')) return null;
  const filter = dict.get('Filter');
  const filters = Array.isArray(filter) ? filter : [filter];
  if (filters.length !== 1 || !isName(filters[0], 'DCTDecode')) return null;
  for (const key of ['DecodeParms', 'Decode', 'SMask', 'SMaskInData', 'Mask', 'ImageMask', 'OC', 'F']) {
    const value = dict.get(key);
    if (value !== undefined && value !== null && value !== false && value !== 0) return null;
  }
  const width = dict.get('Width');
  const height = dict.get('Height');
  if (!isInteger(width) || !isInteger(height) || width <= 0 || height <= 0) return null;
  if (dict.get('BitsPerComponent') !== 8) return null;
  const space = dict.get('ColorSpace');
  if (isName(space, 'DeviceRGB')) return { width, height, components: 3 };
  if (isName(space, 'DeviceGray')) return { width, height, components: 1 };
  return null;
}
