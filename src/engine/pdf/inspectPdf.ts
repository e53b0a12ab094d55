/**
 * inspectPdf: is this a PDF, is it whole, how many pages. Reads the structure only (cross-reference,
 * catalog, page tree, completeness of each page's streams); never decodes images. Never throws, unless
 * the viewer's check it was given cannot run.
 *
 * The inspector's word is final when it read the file as written, and when it finds a defect the viewer
 * would hide (a scan cut short opens in pdf.js as half a page, a missing image as a blank one: still not
 * works). When it had to repair the file, the viewer's reader decides (openCheck.ts), both ways: the
 * expert must be able to open every work, and a file the expert can open is not turned away for a fault
 * the inspector could not mend.
 */

import { asciiBytes, indexOfBytes, lastIndexOfBytes, latin1Window } from './bytes';
import { findStartXref, readCrossReference, type CrossReference } from './crossReference';
import { describeNonPdf } from './fileKind';
import { dictOf, isName, PdfDict, PdfString, type PdfValue } from './objects';
import { countPages, PageTreeError } from './pageTree';
import { type PdfOpenCheck } from './openCheck';
import { MissingObjectError, PdfDocument } from './pdfDocument';
import { type PdfRepair } from './repairs';
import { checkSecurity, NEEDS_PASSWORD } from './standardSecurity';

export type PdfInspection =
  | { ok: true; pages: number; version: string }
  | { ok: false; problem: 'empty-file' | 'not-pdf' | 'broken-pdf' | 'encrypted-pdf'; reason?: string };

const HEADER = asciiBytes('%PDF-');
const EOF_MARKER = asciiBytes('%%EOF');
const STARTXREF = asciiBytes('startxref');
/** `%PDF-` may follow junk (mail headers, a BOM), within the first kilobyte. */
const HEADER_WINDOW = 1024;
const MAX_CATALOG_CANDIDATES = 32;
const MAX_COMPRESSED_CATALOG_SEARCH = 20_000;

export const REASONS = {
  cut: 'файл обрезан',
  noPages: 'нет страниц',
  noCatalog: 'не найден каталог документа',
  noPageTree: 'нет дерева страниц',
  missingObjects: 'в файле не хватает объектов',
  damaged: 'повреждена структура файла',
  needsPassword: NEEDS_PASSWORD,
  encryptedPages: 'страницы зашифрованы',
} as const;

export interface InspectOptions {
  /**
   * The viewer's reader, asked about files the inspector had to repair. Without it such a file is not a
   * work: `broken-pdf`, or `encrypted-pdf` when its encryption could not be read.
   */
  openCheck?: PdfOpenCheck;
}

/** Defects the viewer hides (it shows what is there): the inspector's word on them is final. */
const HIDDEN_BY_THE_VIEWER: ReadonlySet<string> = new Set([REASONS.cut, REASONS.missingObjects, REASONS.noPages]);

export async function inspectPdf(bytes: Uint8Array, options: InspectOptions = {}): Promise<PdfInspection> {
  const { inspection, repairs, encryptionReason, version } = await inspectPdfWithDetails(bytes);
  if (repairs.length === 0) return inspection;
  if (!inspection.ok && (inspection.problem !== 'broken-pdf' || HIDDEN_BY_THE_VIEWER.has(inspection.reason ?? ''))) return inspection;
  const verdict = options.openCheck ? await options.openCheck(bytes) : undefined;
  if (verdict && 'pages' in verdict) {
    if (verdict.pages > 0) return { ok: true, pages: verdict.pages, version: inspection.ok ? inspection.version : version };
    return { ok: false, problem: 'broken-pdf', reason: REASONS.noPages };
  }
  if (verdict?.error === 'needs-password') return { ok: false, problem: 'encrypted-pdf', reason: REASONS.needsPassword };
  if (encryptionReason) return { ok: false, problem: 'encrypted-pdf', reason: encryptionReason };
  return inspection.ok ? { ok: false, problem: 'broken-pdf', reason: REASONS.damaged } : inspection;
}

export interface InspectionDetails {
  /** The inspector's own answer, before any viewer's check. */
  inspection: PdfInspection;
  /** True when the file had to be scanned for objects (its cross-reference was missing or wrong). */
  reconstructed: boolean;
  /** What had to be mended to reach the answer (`rebuilt-cross-reference` when `reconstructed`). */
  repairs: PdfRepair[];
  /** Why the file's encryption could not be read, when it could not (the pages may still have been readable). */
  encryptionReason?: string;
  /** The header's PDF version ('' when there is none). */
  version: string;
}

/** The inspector's own answer, telling how it was reached (for inspectPdf, tests and diagnostics). */
export async function inspectPdfWithDetails(bytes: Uint8Array): Promise<InspectionDetails> {
  const details: InspectionDetails = {
    inspection: { ok: false, problem: 'broken-pdf', reason: REASONS.damaged },
    reconstructed: false,
    repairs: [],
    version: '',
  };
  try {
    details.inspection = await inspect(bytes, details);
  } catch {
    details.inspection = { ok: false, problem: 'broken-pdf', reason: REASONS.damaged };
  }
  return details;
}

type Failure = 'cut' | 'missing' | 'encrypted' | 'no-pages' | 'no-catalog' | 'no-page-tree' | 'damaged';

async function inspect(bytes: Uint8Array, details: InspectionDetails): Promise<PdfInspection> {
  if (bytes.length === 0) return { ok: false, problem: 'empty-file' };
  const header = indexOfBytes(bytes, HEADER, 0, HEADER_WINDOW + HEADER.length);
  if (header < 0) return { ok: false, problem: 'not-pdf', reason: describeNonPdf(bytes) };
  const headerVersion = readHeaderVersion(bytes, header + HEADER.length);
  details.version = headerVersion;

  const { xref, base } = await readCrossReferenceSafe(bytes, header);
  const document = new PdfDocument(bytes, xref, base);
  try {
    return await inspectDocument(bytes, document, xref, headerVersion, details);
  } finally {
    details.reconstructed = document.wasScanned;
    const repairs = new Set([...(xref?.repairs ?? []), ...document.repairs]);
    if (document.wasScanned) repairs.add('rebuilt-cross-reference');
    if (base !== header) repairs.add('offset-base');
    if (details.encryptionReason) repairs.add('unread-encryption');
    details.repairs = [...repairs];
  }
}

async function inspectDocument(
  bytes: Uint8Array,
  document: PdfDocument,
  xref: CrossReference | undefined,
  headerVersion: string,
  details: InspectionDetails,
): Promise<PdfInspection> {
  const failures = new Set<Failure>();

  for await (const candidate of catalogCandidates(document, xref)) {
    if (candidate.trailer && !document.encrypted) {
      const security = await setUpEncryption(document, candidate.trailer);
      if (security?.status === 'needs-password') return { ok: false, problem: 'encrypted-pdf', reason: security.reason };
      if (security?.status === 'unsupported') details.encryptionReason = security.reason;
    }
    let catalog: PdfDict | undefined;
    try {
      catalog = candidate.catalog ?? dictOf(await document.resolve(candidate.trailer?.get('Root')));
    } catch (error) {
      if (failureOf(error) === 'encrypted') failures.add('encrypted');
    }
    if (!catalog) {
      failures.add('no-catalog');
      continue;
    }
    try {
      const pages = await countPages(document, catalog);
      if (pages === 0) {
        failures.add('no-pages');
        continue;
      }
      return { ok: true, pages, version: pickVersion(headerVersion, catalog.get('Version')) };
    } catch (error) {
      failures.add(failureOf(error));
    }
  }

  if (failures.has('encrypted')) return { ok: false, problem: 'encrypted-pdf', reason: details.encryptionReason ?? REASONS.encryptedPages };
  // A file without its end explains whatever else went wrong.
  if (failures.has('cut') || looksCut(bytes)) return { ok: false, problem: 'broken-pdf', reason: REASONS.cut };
  if (failures.has('no-pages')) return { ok: false, problem: 'broken-pdf', reason: REASONS.noPages };
  if (failures.has('missing')) return { ok: false, problem: 'broken-pdf', reason: REASONS.missingObjects };
  if (failures.has('no-page-tree')) return { ok: false, problem: 'broken-pdf', reason: REASONS.noPageTree };
  if (failures.has('no-catalog') || failures.size === 0) return { ok: false, problem: 'broken-pdf', reason: REASONS.noCatalog };
  return { ok: false, problem: 'broken-pdf', reason: REASONS.damaged };
}

function failureOf(error: unknown): Failure {
  if (error instanceof MissingObjectError) {
    return error.cause === 'encrypted' ? 'encrypted' : error.cause === 'absent' ? 'missing' : 'damaged';
  }
  if (error instanceof PageTreeError) return error.kind === 'cut-stream' ? 'cut' : error.kind === 'no-page-tree' ? 'no-page-tree' : 'damaged';
  return 'damaged';
}

/**
 * Offsets are normally counted from `%PDF-`; some writers count junk before it. Tries both; a chain
 * that cannot be read leaves the document to reconstruction.
 */
export async function readCrossReferenceSafe(bytes: Uint8Array, header: number): Promise<{ xref: CrossReference | undefined; base: number }> {
  const startxref = findStartXref(bytes);
  if (startxref === undefined) return { xref: undefined, base: header };
  for (const base of header > 0 ? [header, 0] : [0]) {
    try {
      const xref = await readCrossReference(bytes, startxref, base);
      if (xref.trailer.has('Root') || xref.trailer.has('Encrypt')) return { xref, base };
    } catch {
      // try the next base, then reconstruction
    }
  }
  return { xref: undefined, base: header };
}

interface CatalogCandidate {
  trailer?: PdfDict;
  catalog?: PdfDict;
}

/** The cross-reference's trailer first; then the scan's trailers (newest first); then catalogs found by type. */
async function* catalogCandidates(document: PdfDocument, xref: CrossReference | undefined): AsyncGenerator<CatalogCandidate> {
  if (xref) yield { trailer: xref.trailer };
  const scan = document.reconstructed();
  let tried = 0;
  for (let i = scan.trailers.length - 1; i >= 0 && tried < MAX_CATALOG_CANDIDATES; i--) {
    const trailer = scan.trailers[i];
    if (!trailer.has('Root') || trailer === xref?.trailer) continue;
    tried++;
    yield { trailer };
  }
  const trailerForEncryption = [...scan.trailers].reverse().find((trailer) => trailer.has('Encrypt'));
  for (let i = scan.catalogs.length - 1; i >= 0 && tried < MAX_CATALOG_CANDIDATES; i--, tried++) {
    const catalog = await fetchDict(document, scan.catalogs[i]);
    if (catalog) yield { catalog, trailer: trailerForEncryption };
  }
  if (scan.catalogs.length > 0) return;
  // A catalog kept in an object stream: look at the compressed objects' types.
  let looked = 0;
  for (const num of (await document.compressedIndex()).keys()) {
    if (++looked > MAX_COMPRESSED_CATALOG_SEARCH || tried >= MAX_CATALOG_CANDIDATES) break;
    const dict = await fetchDict(document, num);
    if (dict && isName(dict.get('Type'), 'Catalog')) {
      tried++;
      yield { catalog: dict, trailer: trailerForEncryption };
    }
  }
}

async function fetchDict(document: PdfDocument, num: number): Promise<PdfDict | undefined> {
  try {
    return dictOf(await document.fetch(num));
  } catch {
    return undefined;
  }
}

type EncryptionSetup = { status: 'opens' } | { status: 'needs-password' | 'unsupported'; reason: string };

/**
 * Reads the trailer's /Encrypt, if any: sets the document's decryptor when the file opens without a
 * password; tells when it needs one, or when its encryption cannot be read here.
 */
export async function setUpEncryption(document: PdfDocument, trailer: PdfDict): Promise<EncryptionSetup | undefined> {
  const encryptValue = trailer.get('Encrypt');
  if (encryptValue === undefined || encryptValue === null) return undefined;
  document.encrypted = true;
  let encrypt: PdfDict | undefined;
  try {
    encrypt = dictOf(await document.resolve(encryptValue));
  } catch {
    encrypt = undefined;
  }
  if (!encrypt) return { status: 'unsupported', reason: REASONS.encryptedPages };
  const ids = trailer.get('ID');
  const firstId = Array.isArray(ids) && ids[0] instanceof PdfString ? ids[0].bytes : new Uint8Array(0);
  try {
    const check = await checkSecurity(encrypt, firstId);
    if (check.status !== 'opens') return check;
    document.decryptor = check.decryptor;
    return { status: 'opens' };
  } catch {
    return { status: 'unsupported', reason: REASONS.encryptedPages };
  }
}

function readHeaderVersion(bytes: Uint8Array, at: number): string {
  const match = /^\d\.\d/.exec(latin1Window(bytes, at, at + 8));
  return match ? match[0] : '';
}

/** The catalog's /Version wins when it is newer than the header's (ISO 32000, 7.7.2). */
function pickVersion(headerVersion: string, catalogVersion: PdfValue | undefined): string {
  if (isName(catalogVersion) && /^\d\.\d$/.test(catalogVersion.name)) {
    if (!headerVersion || Number(catalogVersion.name) > Number(headerVersion)) return catalogVersion.name;
  }
  return headerVersion;
}

/** A file cut short has no `%%EOF` after its last `startxref` (or no `startxref` at all). */
function looksCut(bytes: Uint8Array): boolean {
  const startxref = lastIndexOfBytes(bytes, STARTXREF);
  if (startxref < 0) return true;
  return indexOfBytes(bytes, EOF_MARKER, startxref) < 0;
}
