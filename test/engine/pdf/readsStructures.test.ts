import { inspectPdf } from '../../../src/engine/pdf';
import { inspectPdfWithDetails } from '../../../src/engine/pdf/inspectPdf';
import { makePdf, makeRawPdf, makeScanPdf } from '../../support/pdfFactory';
import { nestedPageTree } from '../../support/pdfFixtures';

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);

function join(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let pos = 0;
  for (const part of parts) {
    out.set(part, pos);
    pos += part.length;
  }
  return out;
}

function pageTree(kids: number[], count = kids.length): string {
  return `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${count} >>`;
}

const PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>';

/** The file must be read through its cross-reference, with no scan for objects. */
async function expectReadDirectly(bytes: Uint8Array, pages: number): Promise<void> {
  const details = await inspectPdfWithDetails(bytes);
  expect(details.inspection).toMatchObject({ ok: true, pages });
  expect(details.reconstructed).toBe(false);
}

describe('inspectPdf on well-formed files', () => {
  it('counts the pages of a file with a classic cross-reference table', async () => {
    const bytes = makePdf({ pages: 3 });
    expect(await inspectPdf(bytes)).toEqual({ ok: true, pages: 3, version: '1.4' });
    await expectReadDirectly(bytes, 3);
  });

  it('reads a cross-reference stream compressed with FlateDecode and a PNG predictor', async () => {
    const bytes = makePdf({ pages: 4, xref: 'stream' });
    expect(await inspectPdf(bytes)).toEqual({ ok: true, pages: 4, version: '1.7' });
    await expectReadDirectly(bytes, 4);
  });

  it('resolves the catalog, page tree and pages kept in an object stream', async () => {
    await expectReadDirectly(makePdf({ pages: 5, objectStreams: true }), 5);
  });

  it('follows /Prev to the original section of an incrementally updated file with a table', async () => {
    // The original section's page tree has one page; the update's has three.
    await expectReadDirectly(makePdf({ pages: 3, incrementalUpdate: true }), 3);
  });

  it('takes the newer page tree of an incremental update written with cross-reference and object streams', async () => {
    await expectReadDirectly(makePdf({ pages: 6, incrementalUpdate: true, objectStreams: true }), 6);
  });

  it('reads a one-page file whose update replaces the page content', async () => {
    await expectReadDirectly(makePdf({ pages: 1, incrementalUpdate: true }), 1);
  });

  it('reads a hybrid file whose table points to a hidden cross-reference stream (/XRefStm)', async () => {
    await expectReadDirectly(makePdf({ pages: 3, xref: 'hybrid' }), 3);
  });

  it('counts 20 text pages', async () => {
    await expectReadDirectly(makePdf({ pages: 20, text: 'Работа 4002' }), 20);
  });

  it('counts the pages of a small 3-page scan made of JPEG images', async () => {
    expect(await inspectPdf(makeScanPdf({ pages: 3, widthPx: 124, heightPx: 175 }))).toEqual({ ok: true, pages: 3, version: '1.4' });
  });

  it('reports the catalog /Version when it is newer than the header', async () => {
    const bytes = makeRawPdf([
      { num: 1, body: '<< /Type /Catalog /Pages 2 0 R /Version /1.6 >>' },
      { num: 2, body: pageTree([3]) },
      { num: 3, body: PAGE },
    ]);
    expect(await inspectPdf(bytes)).toEqual({ ok: true, pages: 1, version: '1.6' });
  });

  it('accepts junk before %PDF- when the offsets count from the header', async () => {
    const bytes = join(latin1('Content-Type: application/pdf\r\n\r\n'), makePdf({ pages: 2 }));
    await expectReadDirectly(bytes, 2);
  });

  it('reads junk before %PDF- when the offsets count from the start of the file, and names that repair', async () => {
    const bytes = makeRawPdf([{ num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' }, { num: 2, body: pageTree([3]) }, { num: 3, body: PAGE }], {
      prefix: 'x'.repeat(900),
    });
    await expectReadDirectly(bytes, 1);
    expect((await inspectPdfWithDetails(bytes)).repairs).toEqual(['offset-base']);
  });

  it('accepts a garbage tail after %%EOF, however long', async () => {
    const tail = new Uint8Array(20_000).map((_, i) => (i * 7919) & 0xff);
    await expectReadDirectly(join(makePdf({ pages: 2 }), tail), 2);
    expect(await inspectPdf(join(makePdf({ pages: 2, objectStreams: true }), latin1('\r\n--boundary--\r\n')))).toMatchObject({ ok: true, pages: 2 });
  });

  it('accepts a whole file that lacks only the final %%EOF', async () => {
    const bytes = makePdf({ pages: 2 });
    const text = Buffer.from(bytes).toString('latin1');
    const withoutEof = bytes.slice(0, text.lastIndexOf('%%EOF'));
    await expectReadDirectly(withoutEof, 2);
  });

  it('walks a nested page tree with inherited resources', async () => {
    await expectReadDirectly(nestedPageTree(), 3);
  });

  it('finds stream data by endstream when /Length is wrong', async () => {
    for (const declaredLength of [99_999, 2, 0]) {
      const bytes = makeRawPdf([
        { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
        { num: 2, body: pageTree([3]) },
        { num: 3, body: '<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>' },
        { num: 4, body: '<< >>', stream: 'BT /F1 12 Tf (text) Tj ET\n', declaredLength },
      ]);
      const details = await inspectPdfWithDetails(bytes);
      expect(details.inspection).toMatchObject({ ok: true, pages: 1 });
      expect(details.repairs).toEqual(['stream-length']);
    }
  });
});
