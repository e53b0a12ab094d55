/**
 * Every kind of PDF the suite makes, by name: the factory's healthy variants (cross-reference kinds, object
 * streams, updates, each cipher, metadata, scans, hand-made structures) and damaged ones (rebuilt
 * cross-references, cuts, shifted `startxref`, seeded random damage). The viewer-agreement test runs them all
 * through pdf.js and the engine.
 */
import {
  breakXref, makePdf, makePdfFromJpegPages, makeRawPdf, makeScanPage, makeScanPdf, pdfUtf16Hex, truncate,
  type Encryption, type PdfOptions, type RawPdfObject, type XrefKind,
} from './pdfFactory';

export interface PdfFixture {
  name: string;
  bytes: Uint8Array;
}

const latin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));
const textOf = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
const join = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(Buffer.concat(parts));

const INFO = { Title: pdfUtf16Hex('Работа 4002, МБОУ Витимская СОШ'), Author: '(Shilova)', CreationDate: "(D:20250415093000+08'00')" };
const XMP =
  '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF ' +
  'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
  `<dc:creator><rdf:Seq><rdf:li>Shilova</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>${' '.repeat(200)}<?xpacket end="w"?>`;
const ENCRYPTIONS: Encryption[] = ['rc4-128', 'aes-128', 'aes-256', 'rc4-40-v4', 'attachments-only'];

const CATALOG: RawPdfObject = { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' };
const page = (num: number): RawPdfObject => ({ num, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>' });
const pages = (kids: number[], count: string | number = kids.length): RawPdfObject => ({
  num: 2,
  body: `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${count} >>`,
});

/** Three pages in a nested tree, an image inherited from the root, one page drawing its content twice. */
export function nestedPageTree(): Uint8Array {
  return makeRawPdf([
    CATALOG,
    { num: 2, body: '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 3 /Resources << /XObject << /Im1 7 0 R >> >> >>' },
    { num: 3, body: '<< /Type /Pages /Parent 2 0 R /Kids [5 0 R 6 0 R] /Count 2 >>' },
    { num: 4, body: '<< /Type /Page /Parent 2 0 R >>' },
    { num: 5, body: '<< /Type /Page /Parent 3 0 R /Contents [8 0 R 8 0 R] >>' },
    { num: 6, body: '<< /Type /Page /Parent 3 0 R >>' },
    { num: 7, body: '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 >>', stream: '\x80' },
    { num: 8, body: '<< >>', stream: 'q Q\n' },
  ]);
}

function describeOptions(options: PdfOptions): string {
  return Object.entries(options).map(([key, value]) => (value === true ? key : `${key}=${typeof value === 'object' ? '…' : value}`)).join(' ');
}

/** Text files in every structure the factory writes. */
function structures(): PdfOptions[] {
  const out: PdfOptions[] = [];
  for (const count of [1, 3]) {
    for (const xref of ['table', 'stream', 'hybrid'] as XrefKind[]) {
      for (const objectStreams of xref === 'table' ? [false] : [false, true]) {
        for (const incrementalUpdate of [false, true]) out.push({ pages: count, xref, objectStreams, incrementalUpdate });
      }
    }
  }
  return out;
}

/** Files with an Info dictionary and XMP in each structure and cipher: the scrub's inputs. */
function metadataVariants(): PdfOptions[] {
  const out: PdfOptions[] = [];
  for (const encryption of ENCRYPTIONS) {
    for (const objectStreams of [false, true]) out.push({ pages: 2, info: INFO, xmp: XMP, xmpDeflated: objectStreams, encrypt: true, encryption, objectStreams });
  }
  for (const xref of ['table', 'stream', 'hybrid'] as XrefKind[]) {
    for (const objectStreams of xref === 'table' ? [false] : [false, true]) {
      out.push({ pages: 3, info: INFO, updatedInfo: { Author: '(Ivanov)' }, incrementalUpdate: true, xref, objectStreams, xmp: XMP });
    }
  }
  return out;
}

function smallScan(count: number, seed = 1): Uint8Array {
  return makeScanPdf({ pages: count, seed, widthPx: 124, heightPx: 175 });
}

/** Files as writers make them: each opens in pdf.js (except where a password or a hand-made fault says otherwise). */
export function healthyPdfFixtures(): PdfFixture[] {
  const fixtures: PdfFixture[] = [];
  const add = (name: string, bytes: Uint8Array): void => {
    fixtures.push({ name, bytes });
  };
  for (const options of structures()) add(`text ${describeOptions(options)}`, makePdf(options));
  add('text, 20 pages', makePdf({ pages: 20, text: 'Работа 4002' }));
  add('text, no pages', makePdf({ pages: 0 }));

  for (const encryption of ENCRYPTIONS) {
    for (const objectStreams of [false, true]) add(`encrypted ${encryption}${objectStreams ? ' objectStreams' : ''}`, makePdf({ pages: 2, encrypt: true, encryption, objectStreams, attachment: 'ответы' }));
    add(`encrypted ${encryption} with a user password`, makePdf({ pages: 2, encrypt: true, encryption, userPassword: 'школа', attachment: 'ответы' }));
  }
  add('encrypted aes-128, updated, objectStreams', makePdf({ pages: 4, encrypt: true, objectStreams: true, incrementalUpdate: true }));
  add('attachment, not encrypted', makePdf({ pages: 1, attachment: 'ответы' }));

  for (const options of metadataVariants()) add(`metadata: ${describeOptions(options)}`, makePdf(options));
  add('metadata: Info and XMP', makePdf({ pages: 2, info: INFO, xmp: XMP }));
  add('metadata: deflated XMP, object streams', makePdf({ pages: 2, info: INFO, xmp: XMP, xmpDeflated: true, objectStreams: true }));
  add('metadata: Info outside object streams, hybrid', makePdf({ pages: 2, info: INFO, infoOutsideObjectStream: true, xref: 'hybrid' }));
  add('metadata: updated Info', makePdf({ pages: 2, info: INFO, updatedInfo: { Author: '(Ivanov)' }, incrementalUpdate: true }));
  add('metadata: encrypted Info, object streams', makePdf({ pages: 2, info: INFO, xmp: XMP, encrypt: true, objectStreams: true }));
  add('metadata: encrypted plain Info', makePdf({ pages: 2, info: INFO, encrypt: true, encryption: 'rc4-40-v4' }));

  add('scan, 3 pages', smallScan(3));
  add('scan with Info and XMP', makePdfFromJpegPages([makeScanPage(7, 124, 175)], 124, 175, { info: INFO, xmp: XMP, xmpDeflated: true }));

  add('raw: nested tree, inherited resources', nestedPageTree());
  add('raw: catalog /Version newer than the header', makeRawPdf([{ num: 1, body: '<< /Type /Catalog /Pages 2 0 R /Version /1.6 >>' }, pages([3]), page(3)]));
  for (const count of ['7', '1', '999999999', '-4', '2.5', '(three)']) add(`raw: /Count ${count} for 3 kids`, makeRawPdf([CATALOG, pages([3, 4, 5], count), page(3), page(4), page(5)]));
  add('raw: cycle in the page tree', makeRawPdf([
    CATALOG,
    { num: 2, body: '<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 3 >>' },
    { num: 3, body: '<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 2 0 R 3 0 R] /Count 2 >>' },
    page(4),
    page(6),
  ]));
  add('raw: a kid that is not in the file', makeRawPdf([CATALOG, pages([3, 4]), page(3)]));
  add('raw: a page image that is not in the file', makeRawPdf([
    CATALOG, pages([3]), { num: 3, body: '<< /Type /Page /Parent 2 0 R /Resources << /XObject << /Im1 9 0 R >> >> >>' },
  ]));
  add('raw: catalog without a page tree', makeRawPdf([{ num: 1, body: '<< /Type /Catalog >>' }]));
  add('raw: trailer without a catalog', makeRawPdf([page(3)], { root: 1 }));
  for (const declaredLength of [99_999, 2, 0]) {
    add(`raw: content /Length ${declaredLength} is wrong`, makeRawPdf([
      CATALOG, pages([3]), { num: 3, body: '<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>' },
      { num: 4, body: '<< >>', stream: 'BT /F1 12 Tf (text) Tj ET\n', declaredLength },
    ]));
  }
  add('raw: junk before %PDF- counted in the offsets', makeRawPdf([CATALOG, pages([3]), page(3)], { prefix: 'x'.repeat(900) }));
  add('junk before %PDF- not counted in the offsets', join(latin1('Content-Type: application/pdf\r\n\r\n'), makePdf({ pages: 2 })));
  add('garbage after %%EOF', join(makePdf({ pages: 2 }), new Uint8Array(20_000).map((_, i) => (i * 7919) & 0xff)));
  add('no final %%EOF', latin1(textOf(makePdf({ pages: 2 })).replace(/%%EOF\n$/, '')));
  add('raw: unknown standard-handler cipher', makeRawPdf([CATALOG, pages([3]), page(3), { num: 4, body: '<< /Filter /Standard /V 7 /R 9 /O (x) /U (y) /P -4 >>' }], {
    trailer: '/Encrypt 4 0 R',
  }));
  add('raw: encrypted for certificates', makeRawPdf([CATALOG, pages([3]), page(3), { num: 4, body: '<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /R 4 >>' }], {
    trailer: '/Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]',
  }));
  return fixtures;
}

/** Where the cross-reference begins: a cut before it loses objects, a cut after it loses none. */
export function crossReferenceStart(bytes: Uint8Array): number {
  const text = textOf(bytes);
  const table = text.lastIndexOf('\nxref');
  return table >= 0 ? table : text.lastIndexOf('obj\n<< /Type /XRef');
}

/** A seeded linear congruential generator: the same damage on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state;
  };
}

/**
 * A broken cross-reference, and a catalog whose `/Type /Catalog` lost two bytes to NULs: the inspector's
 * parser rejects the dictionary, pdf.js skips the bad key and reads the pages.
 */
export function catalogTheInspectorCannotParse(): Uint8Array {
  return latin1(textOf(breakXref(makePdf({ pages: 3 }))).replace('/Type /Catalog', '/Type /Cata\0\0g'));
}

/** Files damaged the ways transfers, scanners and mail damage them. */
export function damagedPdfFixtures(): PdfFixture[] {
  const fixtures: PdfFixture[] = [];
  const add = (name: string, bytes: Uint8Array): void => {
    fixtures.push({ name, bytes });
  };
  for (const options of structures()) add(`broken xref: text ${describeOptions(options)}`, breakXref(makePdf(options)));
  add('broken xref: encrypted, object streams', breakXref(makePdf({ pages: 2, encrypt: true, objectStreams: true })));
  add('broken xref: scan', breakXref(smallScan(2)));
  add('broken xref: a catalog the inspector cannot parse', catalogTheInspectorCannotParse());
  add('broken xref: object streams, 4 pages', breakXref(makePdf({ pages: 4, objectStreams: true })));
  for (const options of metadataVariants()) add(`broken xref: metadata: ${describeOptions(options)}`, breakXref(makePdf(options)));

  const originals: [string, Uint8Array][] = [
    ['text, 5 pages', makePdf({ pages: 5 })],
    ['object streams, 5 pages', makePdf({ pages: 5, objectStreams: true })],
    ['object streams, 3 pages', makePdf({ pages: 3, objectStreams: true })],
    ['object streams, 4 pages', makePdf({ pages: 4, objectStreams: true })],
    ['xref stream, 30 pages', makePdf({ pages: 30, xref: 'stream' })],
    ['scan, 3 pages', smallScan(3, 5)],
    ['metadata in object streams', makePdf({ pages: 3, info: INFO, xmp: XMP, objectStreams: true })],
  ];
  for (const [name, bytes] of originals) {
    for (const fraction of [0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 0.99]) add(`cut at ${fraction * 100} %: ${name}`, truncate(bytes, fraction));
    const end = crossReferenceStart(bytes);
    add(`cut just before the cross-reference: ${name}`, bytes.slice(0, end));
    add(`cut inside the cross-reference: ${name}`, bytes.slice(0, end + 30));
  }

  const twoPages = textOf(makePdf({ pages: 2, xref: 'stream' }));
  for (const shift of [-3, 2, 40]) {
    add(`startxref off by ${shift}`, latin1(twoPages.replace(/startxref\n(\d+)/, (_, offset: string) => `startxref\n${Number(offset) + shift}`)));
  }
  add('startxref outside the file', latin1(twoPages.replace(/startxref\n\d+/, 'startxref\n99999999')));
  add('no startxref', latin1(twoPages.replace(/startxref\n\d+\n%%EOF\n$/, '')));

  const next = seeded(12345);
  const damagedOriginals: [string, Uint8Array][] = [
    ['text', makePdf({ pages: 3 })],
    ['object streams', makePdf({ pages: 3, objectStreams: true })],
    ['encrypted object streams', makePdf({ pages: 2, encrypt: true, objectStreams: true })],
  ];
  for (const [name, original] of damagedOriginals) {
    for (let round = 0; round < 20; round++) {
      const damaged = original.slice();
      const hits = 1 + (next() % 20);
      // The header stays: with it gone the answer is simply not-pdf.
      for (let k = 0; k < hits; k++) damaged[16 + (next() % (damaged.length - 16))] = next() & 0xff;
      add(`random damage ${round}: ${name}`, damaged);
    }
  }
  return fixtures;
}
