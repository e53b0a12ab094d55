import { createHash } from 'node:crypto';
import { deflateRawSync, deflateSync } from 'node:zlib';
import * as pdf from '../../../src/engine/pdf';
import { findStartXref, readCrossReference } from '../../../src/engine/pdf/crossReference';
import { inflate } from '../../../src/engine/pdf/inflate';
import { md5 } from '../../../src/engine/pdf/md5';
import { PdfDict, PdfName, PdfRef, PdfStream, PdfString } from '../../../src/engine/pdf/objects';
import { parseIndirectObject, parseValueAt } from '../../../src/engine/pdf/parser';
import { undoPredictor } from '../../../src/engine/pdf/predictors';
import { makePdf } from '../../support/pdfFactory';

const bytesOf = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));
const textOf = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

describe('the PDF syntax reader', () => {
  it('exports only inspectPdf, linesOfTextItems, scrubPdfMetadata and the scan-page reader from the folder index', () => {
    expect(Object.keys(pdf).sort()).toEqual(['inspectPdf', 'linesOfTextItems', 'multiplyPdfMatrices', 'openScanPages', 'scrubPdfMetadata']);
  });

  it('parses dictionaries, arrays, numbers, names with #xx escapes and references', () => {
    const value = parseValueAt(bytesOf('<< /Kids [3 0 R 4 0 R] /Count 2 /Scale -.5 /Name /A#20B /Flag true /None null /Nested << /X 1 >> >>'), 0);
    expect(value).toBeInstanceOf(PdfDict);
    const dict = value as PdfDict;
    expect(dict.get('Kids')).toEqual([new PdfRef(3, 0), new PdfRef(4, 0)]);
    expect(dict.get('Count')).toBe(2);
    expect(dict.get('Scale')).toBe(-0.5);
    expect(dict.get('Name')).toEqual(new PdfName('A B'));
    expect(dict.get('Flag')).toBe(true);
    expect(dict.get('None')).toBeNull();
    expect((dict.get('Nested') as PdfDict).get('X')).toBe(1);
  });

  it('decodes literal strings with escapes, nested parentheses and octal codes, and hex strings', () => {
    const value = parseValueAt(bytesOf('[(a\\(b\\)c (nested) \\101\\n\\\\) <48 65 6c6C 6f7> %comment\n]'), 0) as PdfString[];
    expect(textOf(value[0].bytes)).toBe('a(b)c (nested) A\n\\');
    expect(textOf(value[1].bytes)).toBe('Hellop');
  });

  it('tells a number followed by a number from a reference', () => {
    expect(parseValueAt(bytesOf('[1 2 3 0 R 5]'), 0)).toEqual([1, 2, new PdfRef(3, 0), 5]);
    expect(parseValueAt(bytesOf('<</Parent 2 0 R/Next 4 0 R>>'), 0)).toMatchObject({
      entries: new Map([
        ['Parent', new PdfRef(2, 0)],
        ['Next', new PdfRef(4, 0)],
      ]),
    });
  });

  it('finds where a stream’s data starts after the stream keyword', () => {
    const object = parseIndirectObject(bytesOf('12 0 obj\r\n<< /Length 3 >>\r\nstream\r\nabc\r\nendstream\r\nendobj'), 0);
    expect(object.num).toBe(12);
    expect(object.value).toBeInstanceOf(PdfStream);
    expect((object.value as PdfStream).dataStart).toBe('12 0 obj\r\n<< /Length 3 >>\r\nstream\r\n'.length);
  });

  it('rejects nesting too deep for a real file instead of overflowing the stack', () => {
    expect(() => parseValueAt(bytesOf('['.repeat(100_000)), 0)).toThrow();
  });

  it('computes MD5 like node:crypto', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 200]) {
      const data = new Uint8Array(length).map((_, i) => (i * 31 + 7) & 0xff);
      expect(Buffer.from(md5(data)).toString('hex')).toBe(createHash('md5').update(data).digest('hex'));
    }
  });

  it('inflates zlib data and raw deflate data, and returns what it can of cut data', async () => {
    const text = 'cross-reference '.repeat(500);
    expect(textOf((await inflate(Uint8Array.from(deflateSync(text)))).bytes)).toBe(text);
    expect(textOf((await inflate(Uint8Array.from(deflateRawSync(text)))).bytes)).toBe(text);
    const cut = await inflate(Uint8Array.from(deflateSync(text)).subarray(0, 20));
    expect(cut.complete).toBe(false);
  });

  it('undoes the PNG Up, Sub, Average and Paeth predictors', () => {
    const rows = [
      [2, 1, 2, 3],
      [1, 5, 1, 1],
      [3, 4, 4, 4],
      [4, 0, 0, 9],
    ];
    const decoded = undoPredictor(Uint8Array.from(rows.flat()), { predictor: 12, colors: 1, bitsPerComponent: 8, columns: 3 });
    expect(Array.from(decoded)).toEqual([1, 2, 3, 5, 6, 7, 6, 10, 12, 6, 10, 21]);
  });

  it('reads the compressed-object entries of a hybrid file from its hidden cross-reference stream', async () => {
    const bytes = makePdf({ pages: 2, xref: 'hybrid' });
    const xref = await readCrossReference(bytes, findStartXref(bytes)!, 0);
    expect(textOf(bytes)).toContain('/XRefStm');
    expect(xref.entries.get(1)).toMatchObject({ kind: 'compressed' });
    expect(xref.entries.get(5)).toMatchObject({ kind: 'offset' });
  });

  it('lets the newest section of an incremental update win', async () => {
    const bytes = makePdf({ pages: 3, incrementalUpdate: true });
    const xref = await readCrossReference(bytes, findStartXref(bytes)!, 0);
    const pageTree = xref.entries.get(2);
    expect(pageTree?.kind).toBe('offset');
    const object = parseIndirectObject(bytes, pageTree?.kind === 'offset' ? pageTree.offset : -1);
    expect((object.value as PdfDict).get('Count')).toBe(3);
    expect(xref.trailer.get('Prev')).toEqual(expect.any(Number));
  });
});
