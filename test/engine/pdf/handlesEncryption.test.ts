import { inspectPdf } from '../../../src/engine/pdf';
import { inspectPdfWithDetails } from '../../../src/engine/pdf/inspectPdf';
import { makePdf, makeRawPdf } from '../../support/pdfFactory';
import { startPdfJs, type PdfJsInNode } from '../../support/pdfjsInNode';

let pdfjs: PdfJsInNode;
beforeAll(() => {
  pdfjs = startPdfJs();
});
afterAll(async () => {
  await pdfjs.close();
});

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const fromLatin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));

describe('inspectPdf on encrypted files', () => {
  it('accepts owner-password-only files in every cipher: the pages are readable', async () => {
    for (const encryption of ['rc4-128', 'aes-128', 'aes-256'] as const) {
      expect(await inspectPdf(makePdf({ pages: 2, encrypt: true, encryption }))).toMatchObject({ ok: true, pages: 2 });
    }
  });

  it('decrypts object streams of owner-password-only files to reach the pages', async () => {
    for (const encryption of ['rc4-128', 'aes-128', 'aes-256'] as const) {
      expect(await inspectPdf(makePdf({ pages: 3, encrypt: true, encryption, objectStreams: true }))).toMatchObject({ ok: true, pages: 3 });
    }
  });

  it('reads an encrypted file with an incremental update', async () => {
    expect(await inspectPdf(makePdf({ pages: 4, encrypt: true, objectStreams: true, incrementalUpdate: true }))).toMatchObject({
      ok: true,
      pages: 4,
    });
  });

  it('reports a file that needs a password to open, even when its page tree is in plain sight', async () => {
    for (const encryption of ['rc4-128', 'aes-128', 'aes-256'] as const) {
      expect(await inspectPdf(makePdf({ pages: 2, encrypt: true, encryption, userPassword: 'школа' }))).toEqual({
        ok: false,
        problem: 'encrypted-pdf',
        reason: 'нужен пароль для открытия',
      });
    }
  });

  it('reads 40-bit RC4 under the V4 handler as Acrobat writes it, as pdf.js does, with or without a top-level /Length', async () => {
    for (const objectStreams of [false, true]) {
      const bytes = makePdf({ pages: 3, encrypt: true, encryption: 'rc4-40-v4', objectStreams });
      expect(latin1(bytes)).toMatch(/\/V 4 \/R 4 \/Length 40 \/CF << \/StdCF << \/CFM \/V2 \/AuthEvent \/DocOpen \/Length 5 >>/);
      // Blanking the top-level /Length keeps every offset: the crypt filter's /Length 5 (bytes) then gives the key.
      const withoutLength = fromLatin1(latin1(bytes).replace('/Length 40 /CF', '           /CF'));
      for (const file of [bytes, withoutLength]) {
        expect((await pdfjs.ask(file, true))).toEqual({ verdict: { pages: 3 } });
        expect(await inspectPdf(file)).toMatchObject({ ok: true, pages: 3 });
      }
    }
  });

  it('reports 40-bit RC4 under the V4 handler with a user password as needing it', async () => {
    const bytes = makePdf({ pages: 2, encrypt: true, encryption: 'rc4-40-v4', userPassword: 'школа' });
    expect((await pdfjs.ask(bytes)).verdict).toMatchObject({ error: 'needs-password' });
    expect(await inspectPdf(bytes)).toEqual({ ok: false, problem: 'encrypted-pdf', reason: 'нужен пароль для открытия' });
  });

  it('accepts a file that encrypts only its attachments: the password is asked when an attachment is opened', async () => {
    for (const objectStreams of [false, true]) {
      const bytes = makePdf({ pages: 2, encrypt: true, encryption: 'attachments-only', userPassword: 'вложение', attachment: 'ответы', objectStreams });
      expect(latin1(bytes)).toMatch(/\/AuthEvent \/EFOpen .*\/StmF \/Identity \/StrF \/Identity \/EFF \/StdCF/);
      expect(await pdfjs.ask(bytes, true)).toEqual({ verdict: { pages: 2 } });
      expect(await inspectPdf(bytes)).toMatchObject({ ok: true, pages: 2 });
    }
  });

  it('still asks for the password of a file whose documents open on /DocOpen, whatever its attachments', async () => {
    const text = latin1(makePdf({ pages: 2, encrypt: true, encryption: 'attachments-only', userPassword: 'вложение', attachment: 'ответы' }));
    const onDocOpen = fromLatin1(text.replace('/AuthEvent /EFOpen', '/AuthEvent /DocOpen'));
    expect((await pdfjs.ask(onDocOpen)).verdict).toMatchObject({ error: 'needs-password' });
    expect(await inspectPdf(onDocOpen)).toEqual({ ok: false, problem: 'encrypted-pdf', reason: 'нужен пароль для открытия' });
  });

  it('reports a file encrypted for certificates', async () => {
    const bytes = makeRawPdf(
      [
        { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
        { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
        { num: 3, body: '<< /Type /Page /Parent 2 0 R >>' },
        { num: 4, body: '<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /R 4 >>' },
      ],
      { trailer: '/Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]' },
    );
    expect(await inspectPdf(bytes)).toEqual({ ok: false, problem: 'encrypted-pdf', reason: 'нужен сертификат для открытия' });
  });

  it('reads past an unknown standard-handler cipher, but leaves the verdict to the viewer: without it, the file is encrypted', async () => {
    const bytes = makeRawPdf(
      [
        { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
        { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
        { num: 3, body: '<< /Type /Page /Parent 2 0 R >>' },
        { num: 4, body: '<< /Filter /Standard /V 7 /R 9 /O (x) /U (y) /P -4 >>' },
      ],
      { trailer: '/Encrypt 4 0 R' },
    );
    const details = await inspectPdfWithDetails(bytes);
    expect(details.inspection).toMatchObject({ ok: true, pages: 1 });
    expect(details.repairs).toEqual(['unread-encryption']);
    expect(await inspectPdf(bytes)).toEqual({ ok: false, problem: 'encrypted-pdf', reason: 'неизвестное шифрование' });
    expect(await inspectPdf(bytes, { openCheck: async () => ({ error: 'damaged', detail: 'unsupported encryption algorithm' }) })).toEqual({
      ok: false,
      problem: 'encrypted-pdf',
      reason: 'неизвестное шифрование',
    });
  });

  it('reports pages inside object streams whose encryption cannot be read', async () => {
    // An owner-only AES file whose /Encrypt dictionary is made unreadable: the object streams stay ciphertext.
    const text = Buffer.from(makePdf({ pages: 2, encrypt: true, objectStreams: true })).toString('latin1');
    const broken = text.replace('/CFM /AESV2', '/CFM /XYZV9');
    expect(await inspectPdf(Uint8Array.from(Buffer.from(broken, 'latin1')))).toEqual({
      ok: false,
      problem: 'encrypted-pdf',
      reason: 'неизвестное шифрование',
    });
  });

  it('reports a damaged object stream of a readable encrypted file as broken, not as encrypted', async () => {
    const bytes = makePdf({ pages: 2, encrypt: true, objectStreams: true });
    const text = Buffer.from(bytes).toString('latin1');
    const dataStart = text.indexOf('stream\n', text.indexOf('/Type /ObjStm')) + 'stream\n'.length;
    const damaged = bytes.slice();
    damaged.fill(0x41, dataStart + 20, dataStart + 60);
    expect(await inspectPdf(damaged)).toMatchObject({ ok: false, problem: 'broken-pdf' });
  });
});
