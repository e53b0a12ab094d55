/**
 * Counts pages by walking Root → /Pages → /Kids, and checks that what each page draws (its content
 * streams and the images it places) is whole in the file. /Count is only a claim: the walk decides,
 * unless the tree is too large to walk, when a sane /Count is taken.
 */

import { PdfFormatError } from './lexer';
import { dictOf, isInteger, isName, PdfDict, PdfRef, PdfStream, type PdfValue } from './objects';
import { type PdfDocument } from './pdfDocument';

const MAX_TREE_NODES = 200_000;
const MAX_PLAUSIBLE_PAGES = 100_000;
/** Pages whose streams are checked for completeness; the rest of a huge document is trusted. */
const MAX_CHECKED_PAGES = 5_000;

export class PageTreeError extends PdfFormatError {
  constructor(
    readonly kind: 'no-page-tree' | 'cut-stream' | 'bad-page',
    message: string,
  ) {
    super(message);
    this.name = 'PageTreeError';
  }
}

interface Leaf {
  page: PdfDict;
  resources: PdfValue | undefined;
}

export async function countPages(document: PdfDocument, catalog: PdfDict): Promise<number> {
  const root = dictOf(await document.resolve(catalog.get('Pages')));
  if (!root) throw new PageTreeError('no-page-tree', 'no page tree');
  const declared = root.get('Count');
  const declaredCount = isInteger(declared) && declared >= 0 && declared <= MAX_PLAUSIBLE_PAGES ? declared : undefined;

  const leaves: Leaf[] = [];
  const seenRefs = new Set<string>();
  const seenDicts = new Set<PdfDict>();
  const stack: { node: PdfValue | undefined; resources: PdfValue | undefined }[] = [{ node: catalog.get('Pages'), resources: undefined }];
  let nodes = 0;
  while (stack.length > 0) {
    const { node, resources } = stack.pop()!;
    if (++nodes > MAX_TREE_NODES) {
      if (declaredCount !== undefined) return declaredCount;
      throw new PageTreeError('bad-page', 'page tree too large');
    }
    if (node instanceof PdfRef) {
      if (seenRefs.has(node.key)) {
        document.repairs.add('page-tree-cycle');
        continue;
      }
      seenRefs.add(node.key);
    }
    const dict = dictOf(await document.resolve(node));
    if (!dict) throw new PageTreeError('bad-page', 'page is not a dictionary');
    if (seenDicts.has(dict)) {
      document.repairs.add('page-tree-cycle');
      continue;
    }
    seenDicts.add(dict);
    const ownResources = dict.get('Resources') ?? resources;
    const kids = await document.resolve(dict.get('Kids'));
    const type = dict.get('Type');
    if (isName(type, 'Pages') || (!isName(type, 'Page') && Array.isArray(kids))) {
      if (!Array.isArray(kids)) continue;
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], resources: ownResources });
    } else {
      leaves.push({ page: dict, resources: ownResources });
    }
  }

  for (const leaf of leaves.slice(0, MAX_CHECKED_PAGES)) await checkPageIsWhole(document, leaf);
  // Viewers believe /Count more than we do (pdf.js shows a tree of 3 pages that says 1 as one page).
  if (declared !== leaves.length) document.repairs.add('page-count');
  return leaves.length;
}

/** The page's content streams and the images (XObjects) it uses must all be in the file, uncut. */
async function checkPageIsWhole(document: PdfDocument, leaf: Leaf): Promise<void> {
  const contents = await document.resolve(leaf.page.get('Contents'));
  const streams: PdfValue[] = Array.isArray(contents) ? contents : contents === undefined || contents === null ? [] : [contents];
  for (const item of streams) await checkStreamIsWhole(document, await document.resolve(item));
  const resources = dictOf(await document.resolve(leaf.resources));
  const xobjects = dictOf(await document.resolve(resources?.get('XObject')));
  if (!xobjects) return;
  for (const value of xobjects.entries.values()) await checkStreamIsWhole(document, await document.resolve(value));
}

async function checkStreamIsWhole(document: PdfDocument, value: PdfValue | undefined): Promise<void> {
  if (!(value instanceof PdfStream)) return;
  const extent = await document.extentOf(value);
  if (!extent.complete) throw new PageTreeError('cut-stream', 'page stream cut off');
  if (!extent.byLength) document.repairs.add('stream-length');
}
