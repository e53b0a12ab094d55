import { inspectPdf } from '../../../src/engine/pdf';
import { makePdf, makeRawPdf } from '../../support/pdfFactory';

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
        reason: 'needs-password',
      });
    }
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
    expect(await inspectPdf(bytes)).toEqual({ ok: false, problem: 'encrypted-pdf', reason: 'needs-certificate' });
  });

  it('accepts a file with an unknown standard-handler cipher when its page tree is readable without it', async () => {
    const bytes = makeRawPdf(
      [
        { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
        { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
        { num: 3, body: '<< /Type /Page /Parent 2 0 R >>' },
        { num: 4, body: '<< /Filter /Standard /V 7 /R 9 /O (x) /U (y) /P -4 >>' },
      ],
      { trailer: '/Encrypt 4 0 R' },
    );
    expect(await inspectPdf(bytes)).toMatchObject({ ok: true, pages: 1 });
  });

  it('reports pages inside object streams whose encryption cannot be read', async () => {
    // An owner-only AES file whose /Encrypt dictionary is made unreadable: the object streams stay ciphertext.
    const text = Buffer.from(makePdf({ pages: 2, encrypt: true, objectStreams: true })).toString('latin1');
    const broken = text.replace('/CFM /AESV2', '/CFM /XYZV9');
    expect(await inspectPdf(Uint8Array.from(Buffer.from(broken, 'latin1')))).toEqual({
      ok: false,
      problem: 'encrypted-pdf',
      reason: 'unknown-encryption',
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
