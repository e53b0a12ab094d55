import { deflateSync, inflateSync } from 'node:zlib';
import { inspectPdf, scrubPdfMetadata } from '../../../src/engine/pdf';
import { findStartXref, readCrossReference } from '../../../src/engine/pdf/crossReference';
import { PdfDict, PdfString } from '../../../src/engine/pdf/objects';
import { PdfDocument } from '../../../src/engine/pdf/pdfDocument';
import { inspectPdfWithDetails, setUpEncryption } from '../../../src/engine/pdf/inspectPdf';
import {
  makePdf,
  makeRawPdf,
  pdfBytesLiteral,
  pdfUtf16Hex,
  pdfUtf16Literal,
  truncate,
  type InfoValue,
  type PdfOptions,
} from '../../support/pdfFactory';

// ---------------------------------------------------------------------------------------------------
// What must not survive, in every form a scanner might have written it

const SCHOOL = 'МБОУ Витимская СОШ';
/** «Ш» is U+0428: its UTF-16BE bytes hold 0x28, a parenthesis the literal form must escape. */
const TEACHER = 'Шилова Мария Петровна';
const LATIN_NAME = 'Vitimskaya';
const IDENTIFYING = [SCHOOL, TEACHER, LATIN_NAME, 'Витимская', 'Шилова'];

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();
const CP1251_YO: Record<string, number> = { Ё: 0xa8, ё: 0xb8 };
function cp1251(text: string): Buffer {
  return Buffer.from(Array.from(text, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    return CP1251_YO[ch] ?? (code < 0x80 ? code : 0x3f);
  }));
}
/** A raw literal string: `bytes` written as they are (the factory writes a string's char codes as bytes). */
const rawLiteral = (bytes: Uint8Array): string => `(${String.fromCharCode(...bytes)})`;

/** Every byte form of `text` that may sit in a file: UTF-8, UTF-16BE (raw, as hex, as octal escapes), CP1251, Latin-1. */
function forms(text: string): Buffer[] {
  const wide = utf16be(text);
  const hex = wide.toString('hex');
  const escaped = pdfBytesLiteral(wide).slice(1, -1);
  return [utf8(text), wide, cp1251(text), Buffer.from(hex.toUpperCase()), Buffer.from(hex), Buffer.from(escaped, 'latin1'), Buffer.from(text, 'latin1')]
    .filter((form) => form.length > 2);
}

/** The file's bytes and the inflated data of each of its FlateDecode streams. */
function everything(bytes: Uint8Array): Buffer[] {
  const file = Buffer.from(bytes);
  const text = file.toString('latin1');
  const out = [file];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      out.push(inflateSync(file.subarray(start, end)));
    } catch {
      // not deflated
    }
  }
  return out;
}

function leftovers(bytes: Uint8Array, texts = IDENTIFYING): string[] {
  const places = everything(bytes);
  return texts.filter((text) => forms(text).some((form) => places.some((place) => place.includes(form))));
}

function contains(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));
}

/** The trailer's Info dictionary as our reader resolves it (through the newest cross-reference). */
async function readInfo(bytes: Uint8Array): Promise<PdfDict | undefined> {
  const xref = await readCrossReference(bytes, findStartXref(bytes)!, 0);
  const document = new PdfDocument(bytes, xref, 0);
  await setUpEncryption(document, xref.trailer);
  const info = await document.resolve(xref.trailer.get('Info'));
  return info instanceof PdfDict ? info : undefined;
}

const INFO: Record<string, InfoValue> = {
  Title: pdfUtf16Hex(`Работа 4002, ${SCHOOL}`),
  Author: pdfUtf16Literal(TEACHER),
  Subject: `(Nested (parens \\(escaped\\)) and a backslash \\\\ from ${LATIN_NAME})`,
  Keywords: rawLiteral(utf8(`ВПР ${SCHOOL}`)),
  Creator: rawLiteral(cp1251(`Сканер учителя ${TEACHER}`)),
  Producer: `(Canon iR-ADV C5535 ${LATIN_NAME}\\051 PDF)`,
  Company: pdfUtf16Hex(SCHOOL),
  CreationDate: "(D:20250415093000+08'00')",
};
const INFO_LABELS = ['Info/Author', 'Info/Company', 'Info/Creator', 'Info/Keywords', 'Info/Producer', 'Info/Subject', 'Info/Title'];

const XMP_PACKET =
  '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' +
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n' +
  '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n' +
  `<dc:creator><rdf:Seq><rdf:li>${TEACHER}</rdf:li></rdf:Seq></dc:creator>\n` +
  `<pdf:Producer>${SCHOOL} (${LATIN_NAME})</pdf:Producer>\n` +
  '</rdf:Description></rdf:RDF></x:xmpmeta>\n' +
  `${' '.repeat(400)}\n<?xpacket end="w"?>`;

async function scrubInPlace(input: Uint8Array) {
  const copy = input.slice();
  const before = await inspectPdf(input);
  const result = await scrubPdfMetadata(input);
  expect(input).toEqual(copy); // the input is never modified
  expect(result.bytes.length).toBe(input.length);
  const after = await inspectPdf(result.bytes);
  expect(before.ok).toBe(true);
  expect(after).toEqual(before);
  return result;
}

// ---------------------------------------------------------------------------------------------------

describe('scrubPdfMetadata, in place (same length, every offset kept)', () => {
  it('blanks every Info value in every encoding, keeps the dates, and finds the text nowhere afterwards', async () => {
    const input = makePdf({ pages: 2, info: INFO });
    expect(leftovers(input)).toEqual(IDENTIFYING);
    const result = await scrubInPlace(input);
    expect(result.scrubbed).toEqual(INFO_LABELS);
    expect(result.residual).toEqual([]);
    expect(leftovers(result.bytes)).toEqual([]);
    expect(contains(result.bytes, "(D:20250415093000+08'00')")).toBe(true);
    const info = await readInfo(result.bytes);
    for (const key of INFO_LABELS.map((label) => label.slice(5))) expect((info?.get(key) as PdfString).bytes).toEqual(new Uint8Array(0));
  });

  it('blanks the Info of a scan-like file with an xref table without moving a byte outside the values', async () => {
    const input = makePdf({ info: { Author: pdfUtf16Hex(TEACHER) } });
    const result = await scrubInPlace(input);
    const differing = [...input.keys()].filter((i) => input[i] !== result.bytes[i]);
    const hex = Buffer.from(input).indexOf(`/Author <`) + '/Author '.length;
    expect(differing[0]).toBeGreaterThan(hex);
    expect(differing.at(-1)).toBeLessThan(hex + pdfUtf16Hex(TEACHER).length);
    expect(contains(result.bytes, `/Author <>${' '.repeat(pdfUtf16Hex(TEACHER).length - 2)}`)).toBe(true);
  });

  it('blanks an uncompressed XMP stream to an empty packet of the same length', async () => {
    const input = makePdf({ info: { Author: `(${LATIN_NAME})` }, xmp: XMP_PACKET });
    const result = await scrubInPlace(input);
    expect(result.scrubbed).toEqual(['Info/Author', 'XMP']);
    expect(result.residual).toEqual([]);
    expect(leftovers(result.bytes)).toEqual([]);
    expect(contains(result.bytes, '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF')).toBe(true);
  });

  it('rewrites a Flate-compressed XMP stream as a valid stream of the same length that inflates to an empty packet', async () => {
    const input = makePdf({ xmp: XMP_PACKET, xmpDeflated: true });
    const compressed = deflateSync(Buffer.from(XMP_PACKET, 'utf8'));
    expect(Buffer.from(input).includes(compressed)).toBe(true);
    const result = await scrubInPlace(input);
    expect(result).toMatchObject({ scrubbed: ['XMP'], residual: [] });
    expect(Buffer.from(result.bytes).includes(compressed.subarray(2, 40))).toBe(false);
    const start = Buffer.from(input).indexOf(compressed);
    const inflated = inflateSync(Buffer.from(result.bytes.subarray(start, start + compressed.length))).toString('latin1');
    expect(inflated).toMatch(/^<\?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"\?><x:xmpmeta[^]*<\?xpacket end="w"\?>$/);
    expect(leftovers(result.bytes)).toEqual([]);
  });

  it('blanks XMP attached to pages and images, plain or compressed', async () => {
    const xmpOf = (name: string) => `<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>${name}</dc:creator></x:xmpmeta>`;
    const input = makeRawPdf([
      { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
      { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { num: 3, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R /Metadata 6 0 R >>' },
      { num: 4, body: '<< >>', stream: 'q 200 0 0 200 0 0 cm /Im1 Do Q' },
      { num: 5, body: '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Metadata 7 0 R >>', stream: '\x80' },
      { num: 6, body: '<< /Type /Metadata /Subtype /XML >>', stream: xmpOf(LATIN_NAME) },
      // No /Type: known as XMP only because an image's /Metadata points to it.
      { num: 7, body: '<< /Filter /FlateDecode >>', stream: deflateSync(utf8(xmpOf(TEACHER))) },
    ]);
    const result = await scrubInPlace(input);
    expect(result).toMatchObject({ scrubbed: ['XMP'], residual: [] });
    expect(leftovers(result.bytes)).toEqual([]);
  });

  it('blanks the Info inside an object stream by compressing it again into exactly the old bytes', async () => {
    for (const xref of ['stream', 'hybrid'] as const) {
      const input = makePdf({ pages: 3, objectStreams: true, xref, info: INFO, xmp: XMP_PACKET, xmpDeflated: true });
      expect(leftovers(input)).toEqual(IDENTIFYING);
      const result = await scrubInPlace(input);
      expect(result.scrubbed).toEqual([...INFO_LABELS, 'XMP']);
      expect(result.residual).toEqual([]);
      expect(leftovers(result.bytes)).toEqual([]);
      const info = await readInfo(result.bytes);
      expect((info?.get('Author') as PdfString).bytes.length).toBe(0);
      expect(Buffer.from((info?.get('CreationDate') as PdfString).bytes).toString('latin1')).toBe("D:20250415093000+08'00'");
    }
  });

  it('blanks an uncompressed object stream in place', async () => {
    const members = `<< /Author (${LATIN_NAME}) /Title ${pdfUtf16Hex(SCHOOL)} >>\n`;
    const input = makeRawPdf(
      [
        { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
        { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
        { num: 3, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>' },
        { num: 4, body: '<< /Type /ObjStm /N 1 /First 5 >>', stream: `9 0 \n${members}` },
      ],
      { trailer: '/Info 9 0 R' },
    );
    const result = await scrubInPlace(input);
    expect(result).toMatchObject({ scrubbed: ['Info/Author', 'Info/Title'], residual: [] });
    expect(leftovers(result.bytes)).toEqual([]);
  });

  it('blanks every older Info of an incremental update, plain or in older object streams', async () => {
    const older = { Author: pdfUtf16Hex(TEACHER), Title: `(${LATIN_NAME})` };
    const newer = { Author: rawLiteral(utf8(SCHOOL)), Producer: '(Scanner 2.0)' };
    for (const options of [{}, { objectStreams: true }, { xref: 'hybrid' }] as PdfOptions[]) {
      const input = makePdf({ pages: 2, incrementalUpdate: true, info: older, updatedInfo: newer, ...options });
      expect(leftovers(input, [TEACHER, LATIN_NAME, SCHOOL])).toEqual([TEACHER, LATIN_NAME, SCHOOL]);
      const result = await scrubInPlace(input);
      expect(result.scrubbed).toEqual(['Info/Author', 'Info/Producer', 'Info/Title']);
      expect(result.residual).toEqual([]);
      expect(leftovers(result.bytes)).toEqual([]);
    }
  });

  it('blanks an Info value kept in its own object, a direct Info in the trailer, and a name value', async () => {
    const input = makeRawPdf(
      [
        { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
        { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
        { num: 3, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>' },
        { num: 4, body: `<< /Author 5 0 R /Creator /${LATIN_NAME} /Keywords [(ВПР) ${pdfUtf16Hex(SCHOOL)}] >>` },
        { num: 5, body: pdfUtf16Literal(TEACHER) },
      ],
      { trailer: `/Info 4 0 R /ID [<00> <00>]` },
    );
    const result = await scrubInPlace(input);
    expect(result).toMatchObject({ scrubbed: ['Info/Author', 'Info/Creator', 'Info/Keywords'], residual: [] });
    expect(leftovers(result.bytes)).toEqual([]);

    const direct = makeRawPdf(
      [
        { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
        { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
        { num: 3, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>' },
      ],
      { trailer: `/Info << /Author (${LATIN_NAME}) >>` },
    );
    const directResult = await scrubInPlace(direct);
    expect(directResult).toMatchObject({ scrubbed: ['Info/Author'], residual: [] });
    expect(leftovers(directResult.bytes)).toEqual([]);
  });

  it('leaves outline titles alone: they are navigation, not metadata', async () => {
    const input = makeRawPdf([
      { num: 1, body: '<< /Type /Catalog /Pages 2 0 R /Outlines 4 0 R >>' },
      { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { num: 3, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>' },
      { num: 4, body: '<< /Type /Outlines /First 5 0 R /Last 5 0 R /Count 1 >>' },
      { num: 5, body: '<< /Title (Task 1) /Parent 4 0 R /Dest [3 0 R /Fit] >>' },
    ]);
    const result = await scrubPdfMetadata(input);
    expect(result).toEqual({ bytes: input, scrubbed: [], residual: [] });
  });

  it('blanks Info and unlinks XMP in an encrypted file; the encrypted XMP is reported as residual', async () => {
    for (const encryption of ['rc4-128', 'aes-128', 'aes-256'] as const) {
      const input = makePdf({
        encrypt: true,
        encryption,
        info: { Author: utf16be(TEACHER), Title: utf8(SCHOOL), CreationDate: Buffer.from('D:20250415') },
        xmp: XMP_PACKET,
        xmpDeflated: true,
      });
      const result = await scrubInPlace(input);
      expect(result.scrubbed).toEqual(['Info/Author', 'Info/Title', 'XMP']);
      expect(result.residual).toEqual(['XMP']);
      expect(Buffer.from(input).toString('latin1')).toMatch(/\/Metadata \d+ 0 R/);
      expect(Buffer.from(result.bytes).toString('latin1')).not.toMatch(/\/Metadata \d+ 0 R/);
      const info = await readInfo(result.bytes);
      expect((info?.get('Author') as PdfString).bytes.length).toBe(0);
      expect((info?.get('Title') as PdfString).bytes.length).toBe(0);
    }
  });

  it('is idempotent: a second pass changes nothing and reports nothing', async () => {
    const input = makePdf({ pages: 2, objectStreams: true, info: INFO, xmp: XMP_PACKET, xmpDeflated: true });
    const first = await scrubPdfMetadata(input);
    const second = await scrubPdfMetadata(first.bytes);
    expect(second).toEqual({ bytes: first.bytes, scrubbed: [], residual: [] });
  });

  it('returns the input itself when there is no metadata', async () => {
    const input = makePdf({ pages: 2, objectStreams: true });
    expect(await scrubPdfMetadata(input)).toEqual({ bytes: input, scrubbed: [], residual: [] });
  });
});

describe('scrubPdfMetadata, where in place is impossible', () => {
  it('gives an Info inside an encrypted object stream an empty new version in an incremental update, and says the old bytes remain', async () => {
    for (const xref of ['stream', 'hybrid'] as const) {
      const input = makePdf({ pages: 2, objectStreams: true, xref, encrypt: true, info: { Author: utf16be(TEACHER), Producer: utf8(SCHOOL) } });
      const before = await inspectPdf(input);
      const result = await scrubPdfMetadata(input);
      expect(result.scrubbed).toEqual(['Info/Author', 'Info/Producer']);
      expect(result.residual).toEqual(['Info/Author', 'Info/Producer']);
      expect(result.bytes.length).toBeGreaterThan(input.length);
      expect(result.bytes.subarray(0, input.length)).toEqual(input);
      expect(await inspectPdf(result.bytes)).toEqual(before);
      const info = await readInfo(result.bytes);
      expect(info?.entries.size).toBe(0);
      const tail = Buffer.from(result.bytes.subarray(input.length)).toString('latin1');
      expect(tail).toMatch(xref === 'stream' ? /\/Type \/XRef/ : /^xref\n/m);
      expect(tail).toMatch(/\/Encrypt \d+ 0 R/);
    }
  });

  it('gives a catalog inside an encrypted object stream a new version without /Metadata when the XMP cannot be rewritten', async () => {
    const input = makePdf({ pages: 2, objectStreams: true, encrypt: true, xmp: XMP_PACKET, xmpDeflated: true });
    const before = await inspectPdf(input);
    const result = await scrubPdfMetadata(input);
    expect(result).toMatchObject({ scrubbed: ['XMP'], residual: ['XMP'] });
    expect(result.bytes.length).toBeGreaterThan(input.length);
    expect(await inspectPdf(result.bytes)).toEqual(before);
    const xref = await readCrossReference(result.bytes, findStartXref(result.bytes)!, 0);
    const document = new PdfDocument(result.bytes, xref, 0);
    await setUpEncryption(document, xref.trailer);
    const catalog = (await document.resolve(xref.trailer.get('Root'))) as PdfDict;
    expect([...catalog.entries.keys()].sort()).toEqual(['Pages', 'Type']);
  });

  it('reports an Info it cannot rewrite or supersede as residual (an object stream with a predictor)', async () => {
    const members = `<< /Author (${LATIN_NAME}) >>\n`;
    const data = Buffer.from(`9 0 \n${members}`, 'latin1');
    // PNG predictor, one column: each row is a filter byte (0, None) and one data byte.
    const rows = Buffer.alloc(data.length * 2);
    data.forEach((byte, i) => (rows[2 * i + 1] = byte));
    const input = makeRawPdf(
      [
        { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
        { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
        { num: 3, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>' },
        { num: 4, body: '<< /Type /ObjStm /N 1 /First 5 /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 1 >> >>', stream: deflateSync(rows) },
      ],
      { trailer: '/Info 9 0 R' },
    );
    const result = await scrubPdfMetadata(input);
    expect(result).toEqual({ bytes: input, scrubbed: [], residual: ['Info/Author'] });
  });

  it('reports an XMP stream under a filter it cannot write as residual, and unlinks it from the catalog', async () => {
    const hex = Buffer.from(XMP_PACKET, 'utf8').toString('hex') + '>';
    const input = makeRawPdf([
      { num: 1, body: '<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>' },
      { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { num: 3, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>' },
      { num: 4, body: '<< /Type /Metadata /Subtype /XML /Filter /ASCIIHexDecode >>', stream: hex },
    ]);
    const result = await scrubInPlace(input);
    expect(result).toMatchObject({ scrubbed: ['XMP'], residual: ['XMP'] });
    expect(contains(result.bytes, '/Metadata 4 0 R')).toBe(false);
    expect(contains(result.bytes, '<< /Type /Catalog /Pages 2 0 R                 >>')).toBe(true);
  });
  it('reports a digital signature as residual: its certificate names the signer', async () => {
    const input = makeRawPdf(
      [
        { num: 1, body: '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> >>' },
        { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
        { num: 3, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Annots [5 0 R] >>' },
        { num: 4, body: `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 10 20 30] /Contents <3082> /Name ${pdfUtf16Hex(TEACHER)} >>` },
        { num: 5, body: '<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /V 4 0 R /Rect [0 0 0 0] /P 3 0 R >>' },
        { num: 6, body: `<< /Author (${LATIN_NAME}) >>` },
      ],
      { trailer: '/Info 6 0 R' },
    );
    const result = await scrubInPlace(input);
    expect(result).toMatchObject({ scrubbed: ['Info/Author'], residual: ['Signature'] });
  });
});

describe('scrubPdfMetadata, files it cannot read', () => {
  it('returns a broken, empty or non-PDF file unchanged with residual "unparsed"', async () => {
    const broken = truncate(makePdf({ pages: 2, info: INFO }), 0.6);
    const notPdf = new TextEncoder().encode('Это не PDF');
    for (const input of [broken, notPdf, new Uint8Array(0)]) {
      const result = await scrubPdfMetadata(input);
      expect(result.bytes).toBe(input);
      expect(result).toEqual({ bytes: input, scrubbed: [], residual: ['unparsed'] });
    }
  });

  it('never throws, whatever the bytes', async () => {
    const input = makePdf({ pages: 2, objectStreams: true, info: INFO });
    for (let cut = 0; cut < input.length; cut += Math.ceil(input.length / 97)) {
      const damaged = input.slice();
      damaged.fill(0x28, cut, cut + 40);
      const result = await scrubPdfMetadata(damaged);
      expect(Array.isArray(result.residual)).toBe(true);
      if (result.bytes !== damaged) expect((await inspectPdfWithDetails(result.bytes)).inspection.ok).toBe(true);
    }
  });
});
