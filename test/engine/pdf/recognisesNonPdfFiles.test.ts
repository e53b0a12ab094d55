import { deflateRawSync } from 'node:zlib';
import { encode as encodeJpeg } from 'jpeg-js';
import { inspectPdf } from '../../../src/engine/pdf';
import { makePdf } from '../../support/pdfFactory';

const bytesOf = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));

function join(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}

/** A one-entry ZIP (local header, central directory, end record), enough for a signature check. */
function zipWith(name: string, content: string): Uint8Array {
  const data = deflateRawSync(Buffer.from(content));
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  return join(local, nameBytes, data, bytesOf('PK\x05\x06'), new Uint8Array(18));
}

describe('inspectPdf on files that are not PDFs', () => {
  it('reports an empty file', async () => {
    expect(await inspectPdf(new Uint8Array(0))).toEqual({ ok: false, problem: 'empty-file' });
  });

  it('names a JPEG photo sent as .pdf', async () => {
    const jpeg = encodeJpeg({ width: 8, height: 8, data: new Uint8Array(8 * 8 * 4).fill(200) }, 80).data;
    expect(await inspectPdf(new Uint8Array(jpeg))).toEqual({ ok: false, problem: 'not-pdf', looksLike: 'jpeg' });
  });

  it('names a PNG image sent as .pdf', async () => {
    const png = join(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), new Uint8Array(40));
    expect(await inspectPdf(png)).toEqual({ ok: false, problem: 'not-pdf', looksLike: 'png' });
  });

  it('names a Word document, an Excel workbook and a plain ZIP archive', async () => {
    expect(await inspectPdf(zipWith('word/document.xml', '<w:document/>'))).toMatchObject({ problem: 'not-pdf', looksLike: 'docx' });
    expect(await inspectPdf(zipWith('xl/workbook.xml', '<workbook/>'))).toMatchObject({ problem: 'not-pdf', looksLike: 'xlsx' });
    expect(await inspectPdf(zipWith('4002_вар.1.pdf', 'x'))).toMatchObject({ problem: 'not-pdf', looksLike: 'zip' });
  });

  it('names an old Word document (OLE2)', async () => {
    const doc = join(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), new Uint8Array(504));
    expect(await inspectPdf(doc)).toMatchObject({ problem: 'not-pdf', looksLike: 'old-office' });
  });

  it('names an HTML page saved instead of the download', async () => {
    const html = bytesOf('\xef\xbb\xbf\r\n<!DOCTYPE html>\n<html><head><title>Ошибка 404</title></head><body></body></html>');
    expect(await inspectPdf(html)).toEqual({ ok: false, problem: 'not-pdf', looksLike: 'html' });
  });

  it('calls unknown binary data an unknown format', async () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 151 + 7) & 0xff);
    expect(await inspectPdf(noise)).toEqual({ ok: false, problem: 'not-pdf', looksLike: 'unknown' });
  });

  it('accepts %PDF- within the first kilobyte but not after it', async () => {
    const pdf = makePdf({ pages: 1 });
    expect(await inspectPdf(join(new Uint8Array(1000).fill(0x20), pdf))).toMatchObject({ ok: true, pages: 1 });
    expect(await inspectPdf(join(new Uint8Array(1100).fill(0x20), pdf))).toMatchObject({ ok: false, problem: 'not-pdf' });
  });

  it('reports a file holding only a PDF header as cut', async () => {
    expect(await inspectPdf(bytesOf('%PDF-1.7\n'))).toEqual({ ok: false, problem: 'broken-pdf', reason: 'cut' });
  });
});
