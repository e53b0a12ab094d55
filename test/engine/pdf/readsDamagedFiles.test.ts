import { inspectPdf } from '../../../src/engine/pdf';
import { inspectPdfWithDetails } from '../../../src/engine/pdf/inspectPdf';
import type { PdfRepair } from '../../../src/engine/pdf/repairs';
import { breakXref, makePdf, makeRawPdf, makeScanPdf, truncate } from '../../support/pdfFactory';

const CUT = { ok: false, problem: 'broken-pdf', reason: 'файл обрезан' };

function textOf(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function fromText(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** Where the cross-reference begins: a cut before it loses objects, a cut after it loses none. */
function crossReferenceStart(bytes: Uint8Array): number {
  const text = textOf(bytes);
  const table = text.lastIndexOf('\nxref');
  return table >= 0 ? table : text.lastIndexOf('obj\n<< /Type /XRef');
}

/** The inspector's own answer: read, with `pages`, after the repair named (the viewer then decides). */
async function expectReadAfterRepair(bytes: Uint8Array, pages: number, repair: PdfRepair = 'rebuilt-cross-reference'): Promise<void> {
  const details = await inspectPdfWithDetails(bytes);
  expect(details.inspection).toMatchObject({ ok: true, pages });
  expect(details.repairs).toContain(repair);
}

const CATALOG = { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' };
const page = (num: number): { num: number; body: string } => ({ num, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>' });

describe('inspectPdf on damaged files', () => {
  it('reconstructs a file whose table offsets and startxref are wrong', async () => {
    const details = await inspectPdfWithDetails(breakXref(makePdf({ pages: 3 })));
    expect(details.inspection).toMatchObject({ ok: true, pages: 3 });
    expect(details.reconstructed).toBe(true);
  });

  it('reconstructs a file whose cross-reference stream is unreadable, finding the catalog inside an object stream', async () => {
    const bytes = breakXref(makePdf({ pages: 4, objectStreams: true }));
    const details = await inspectPdfWithDetails(bytes);
    expect(details.inspection).toMatchObject({ ok: true, pages: 4 });
    expect(details.reconstructed).toBe(true);
    // pdf.js never looks into object streams for a lost catalog: without its word this is no work.
    expect(await inspectPdf(bytes)).toEqual({ ok: false, problem: 'broken-pdf', reason: 'повреждена структура файла' });
  });

  it('reconstructs an incrementally updated file and takes the newest objects', async () => {
    await expectReadAfterRepair(breakXref(makePdf({ pages: 3, incrementalUpdate: true })), 3);
    await expectReadAfterRepair(breakXref(makePdf({ pages: 5, incrementalUpdate: true, objectStreams: true })), 5);
  });

  it('recovers when startxref is off by a few bytes', async () => {
    for (const shift of [-3, 2, 40]) {
      const text = textOf(makePdf({ pages: 2, xref: 'stream' }));
      const broken = text.replace(/startxref\n(\d+)/, (_, offset: string) => `startxref\n${Number(offset) + shift}`);
      await expectReadAfterRepair(fromText(broken), 2);
    }
  });

  it('recovers when startxref points outside the file or is missing', async () => {
    const text = textOf(makePdf({ pages: 2 }));
    await expectReadAfterRepair(fromText(text.replace(/startxref\n\d+/, 'startxref\n99999999')), 2);
    await expectReadAfterRepair(fromText(text.replace(/startxref\n\d+\n%%EOF\n$/, '')), 2);
  });

  it('reports a text PDF cut at any point before its cross-reference as cut', async () => {
    const bytes = makePdf({ pages: 5 });
    const end = crossReferenceStart(bytes);
    for (const fraction of [0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99]) {
      expect(await inspectPdf(bytes.slice(0, Math.floor(end * fraction)))).toEqual(CUT);
    }
  });

  it('reports files with cross-reference and object streams cut short as cut', async () => {
    const bytes = makePdf({ pages: 5, objectStreams: true });
    const end = crossReferenceStart(bytes);
    for (const fraction of [0.2, 0.5, 0.8, 0.95]) {
      expect(await inspectPdf(bytes.slice(0, Math.floor(end * fraction)))).toEqual(CUT);
    }
  });

  it('reports files cut at fixed fractions of their length as cut', async () => {
    for (const bytes of [makePdf({ pages: 30 }), makePdf({ pages: 30, xref: 'stream' })]) {
      for (const fraction of [0.25, 0.5, 0.75]) expect(await inspectPdf(truncate(bytes, fraction))).toEqual(CUT);
    }
  });

  it('reports a scan cut inside a page image as cut, though every page object is there', async () => {
    const bytes = makeScanPdf({ pages: 3, widthPx: 124, heightPx: 175 });
    for (const fraction of [0.3, 0.6, 0.9]) {
      expect(await inspectPdf(truncate(bytes, fraction))).toEqual(CUT);
    }
  });

  it('accepts a file cut only inside its cross-reference, when every page is whole', async () => {
    const bytes = makeScanPdf({ pages: 2, widthPx: 124, heightPx: 175 });
    const details = await inspectPdfWithDetails(bytes.slice(0, crossReferenceStart(bytes) + 30));
    expect(details.inspection).toMatchObject({ ok: true, pages: 2 });
    expect(details.reconstructed).toBe(true);
  });

  it('reports a document with no pages', async () => {
    expect(await inspectPdf(makePdf({ pages: 0 }))).toEqual({ ok: false, problem: 'broken-pdf', reason: 'нет страниц' });
  });

  it('counts the pages actually in /Kids when /Count claims more', async () => {
    const bytes = makeRawPdf([CATALOG, { num: 2, body: '<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 7 >>' }, page(3), page(4), page(5)]);
    await expectReadAfterRepair(bytes, 3, 'page-count');
  });

  it('counts the pages actually in /Kids when /Count claims fewer, or an absurd number', async () => {
    for (const count of ['1', '999999999', '-4', '2.5', '(three)']) {
      const bytes = makeRawPdf([CATALOG, { num: 2, body: `<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count ${count} >>` }, page(3), page(4), page(5)]);
      await expectReadAfterRepair(bytes, 3, 'page-count');
    }
  });

  it('stops at a cycle in the page tree', async () => {
    const bytes = makeRawPdf([
      CATALOG,
      { num: 2, body: '<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 3 >>' },
      { num: 3, body: '<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 2 0 R 3 0 R] /Count 2 >>' },
      page(4),
      page(6),
    ]);
    await expectReadAfterRepair(bytes, 2, 'page-tree-cycle');
  });

  it('reports a page tree that points to objects that are not in a whole file', async () => {
    const bytes = makeRawPdf([CATALOG, { num: 2, body: '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>' }, page(3)]);
    expect(await inspectPdf(bytes)).toEqual({ ok: false, problem: 'broken-pdf', reason: 'в файле не хватает объектов' });
  });

  it('reports a page whose image object is missing', async () => {
    const bytes = makeRawPdf([
      CATALOG,
      { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { num: 3, body: '<< /Type /Page /Parent 2 0 R /Resources << /XObject << /Im1 9 0 R >> >> >>' },
    ]);
    expect(await inspectPdf(bytes)).toMatchObject({ ok: false, problem: 'broken-pdf' });
  });

  it('reports a catalog without a page tree, and a trailer without a catalog', async () => {
    expect(await inspectPdf(makeRawPdf([{ num: 1, body: '<< /Type /Catalog >>' }]))).toEqual({
      ok: false,
      problem: 'broken-pdf',
      reason: 'нет дерева страниц',
    });
    expect(await inspectPdf(makeRawPdf([page(3)], { root: 1 }))).toEqual({ ok: false, problem: 'broken-pdf', reason: 'не найден каталог документа' });
  });

  it('finds the catalog by its type when the trailer is lost', async () => {
    for (const bytes of [makePdf({ pages: 2 }), makePdf({ pages: 2, objectStreams: true })]) {
      const withoutTrailer = bytes.slice(0, crossReferenceStart(bytes));
      expect(textOf(withoutTrailer)).not.toMatch(/trailer|\/Root/);
      await expectReadAfterRepair(withoutTrailer, 2);
    }
  });

  it('survives damage of every kind without throwing', async () => {
    const originals = [makePdf({ pages: 3 }), makePdf({ pages: 3, objectStreams: true }), makePdf({ pages: 2, encrypt: true, objectStreams: true })];
    let state = 12345;
    const next = (): number => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state;
    };
    for (const original of originals) {
      for (let round = 0; round < 60; round++) {
        const damaged = original.slice();
        const hits = 1 + (next() % 20);
        // The header stays: with it gone the answer is simply not-pdf.
        for (let k = 0; k < hits; k++) damaged[16 + (next() % (damaged.length - 16))] = next() & 0xff;
        const result = await inspectPdf(damaged);
        expect(result.ok || ['broken-pdf', 'encrypted-pdf'].includes(result.problem)).toBe(true);
      }
    }
  });
});
