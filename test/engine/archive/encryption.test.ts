import { ArchiveEntryError } from '../../../src/engine/archive';
import { encryptedZip } from '../../support/archiveFixtures';
import { ENCRYPTED_FLAG, buildRawZip } from '../../support/zipBuilder';
import { SCHOOL, collect, files, noise, outline, text } from './helpers';

const PASSWORD = 'Витим-2026';
const ENTRIES = [
  { path: `${SCHOOL}/4002_вар.1.pdf`, data: '%PDF work 4002 '.repeat(50) },
  { path: `${SCHOOL}/4003_вар.2.pdf`, data: noise(3000) },
];

async function failure(read: () => Promise<Uint8Array>): Promise<ArchiveEntryError> {
  try {
    await read();
  } catch (error) {
    expect(error).toBeInstanceOf(ArchiveEntryError);
    return error as ArchiveEntryError;
  }
  throw new Error('read() resolved');
}

describe.each([
  ['AES', false],
  ['ZipCrypto', true],
])('readArchive with %s encryption', (_name, zipCrypto) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await encryptedZip(ENTRIES, PASSWORD, { zipCrypto });
  });

  it('decrypts every entry with the right password', async () => {
    const found = files(await collect(bytes, { password: PASSWORD }));
    expect(found.map((f) => f.path)).toEqual(ENTRIES.map((e) => e.path));
    expect(text(await found[0].read())).toBe(ENTRIES[0].data);
    expect(await found[1].read()).toEqual(ENTRIES[1].data);
  });

  it('lists every entry as an encrypted problem without a password', async () => {
    expect(outline(await collect(bytes))).toEqual(ENTRIES.map((e) => [e.path, 'encrypted']));
  });

  it('rejects each read with wrong-password when the password is wrong', async () => {
    const found = files(await collect(bytes, { password: 'не тот' }));
    expect(found).toHaveLength(2);
    for (const file of found) expect((await failure(file.read)).problem).toBe('wrong-password');
  });
});

describe('readArchive with ZipCrypto', () => {
  it('builds the same encrypted archive on every run, so what follows does not depend on chance', async () => {
    const entries = [{ path: 'a.pdf', data: '%PDF '.repeat(200) }];
    expect(await encryptedZip(entries, PASSWORD, { zipCrypto: true })).toEqual(await encryptedZip(entries, PASSWORD, { zipCrypto: true }));
    expect(await encryptedZip(entries, PASSWORD, { zipCrypto: true, seed: 2 })).not.toEqual(await encryptedZip(entries, PASSWORD, { zipCrypto: true }));
  });

  it('reports wrong-password for every wrong password, including those that pass its one-byte check', async () => {
    // ZipCrypto checks a password against one byte: about one wrong password in 256 passes and yields garbage.
    // The archive is fixed (seeded header bytes), and the search below stops once a few such passwords are found.
    const bytes = await encryptedZip([{ path: 'a.pdf', data: '%PDF '.repeat(200) }, { path: 'b.pdf', data: noise(500) }], PASSWORD, { zipCrypto: true });
    const wanted = 3;
    const limit = 20_000;
    const problems = new Set<string>();
    let passedTheCheck = 0;
    let tried = 0;
    for (; tried < limit && passedTheCheck < wanted; tried++) {
      for (const file of files(await collect(bytes, { password: `wrong-${tried}` }))) {
        const error = await failure(file.read);
        problems.add(error.problem);
        if (error.reason !== undefined) passedTheCheck += 1; // garbage after the check, not zip.js's 'Invalid password'
      }
    }
    if (passedTheCheck < wanted) throw new Error(`no ${wanted} of ${limit} wrong passwords passed ZipCrypto's check byte: the fixture no longer tests garbage after the check`);
    expect([...problems]).toEqual(['wrong-password']);
    expect(tried).toBeGreaterThan(wanted);
  });
});

describe('readArchive with mixed and unsupported encryption', () => {
  it('lists only the encrypted entries as problems when no password is given', async () => {
    const bytes = buildRawZip([
      { name: 'open.pdf', data: 'open' },
      { name: 'locked.pdf', data: 'locked-garbage', flags: ENCRYPTED_FLAG },
    ]);
    expect(outline(await collect(bytes))).toEqual([
      ['open.pdf', 'file'],
      ['locked.pdf', 'encrypted'],
    ]);
  });

  it('reads unencrypted entries normally when a password is given', async () => {
    const bytes = buildRawZip([{ name: 'open.pdf', data: 'open' }]);
    const [file] = files(await collect(bytes, { password: PASSWORD }));
    expect(text(await file.read())).toBe('open');
  });

  it('lists strong (PKWARE SES) encryption as unsupported-encryption, with or without a password', async () => {
    const bytes = buildRawZip([{ name: 'strong.pdf', data: 'garbage', flags: ENCRYPTED_FLAG | 0x40 }]);
    expect(outline(await collect(bytes))).toEqual([['strong.pdf', 'unsupported-encryption']]);
    expect(outline(await collect(bytes, { password: PASSWORD }))).toEqual([['strong.pdf', 'unsupported-encryption']]);
  });
});
