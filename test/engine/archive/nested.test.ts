import { buildZip, encryptedZip } from '../../support/archiveFixtures';
import { buildRawZip } from '../../support/zipBuilder';
import { ARCHIVE, MUNICIPALITY, SCHOOL, collect, files, noise, outline, text } from './helpers';

const PASSWORD = 'секрет';

/** `Боханский район/Витим.zip` holding a school folder and `Копии/старые.ZIP`, which holds one more work. */
async function twoLevels(): Promise<Uint8Array> {
  const innermost = await buildZip([{ path: '4009_вар.2.pdf', data: 'innermost', nameEncoding: 'cp866' }]);
  const inner = await buildZip([
    { path: `${SCHOOL}/4002_вар.1.pdf`, data: 'inner work', nameEncoding: 'cp866' },
    { path: 'Копии/старые.ZIP', data: innermost, nameEncoding: 'cp866', method: 'store' },
  ]);
  return buildZip([
    { path: `${MUNICIPALITY}/Витим.zip`, data: inner, nameEncoding: 'cp866' },
    { path: `${MUNICIPALITY}/Письмо.docx`, data: 'letter', nameEncoding: 'cp866' },
  ]);
}

describe('readArchive with nested archives', () => {
  it('walks archives inside archives, prefixing entry paths with the inner archive path', async () => {
    const items = await collect(await twoLevels());
    expect(outline(items)).toEqual([
      [`${MUNICIPALITY}/Витим.zip/${SCHOOL}/4002_вар.1.pdf`, 'file'],
      [`${MUNICIPALITY}/Витим.zip/Копии/старые.ZIP/4009_вар.2.pdf`, 'file'],
      [`${MUNICIPALITY}/Письмо.docx`, 'file'],
    ]);
    const found = files(items);
    expect(found.every((f) => f.archive === ARCHIVE)).toBe(true);
    expect(text(await found[0].read())).toBe('inner work');
    expect(text(await found[1].read())).toBe('innermost');
  });

  it('reports an archive nested deeper than maxDepth as nested-too-deep', async () => {
    expect(outline(await collect(await twoLevels(), { maxDepth: 1 }))).toEqual([
      [`${MUNICIPALITY}/Витим.zip/${SCHOOL}/4002_вар.1.pdf`, 'file'],
      [`${MUNICIPALITY}/Витим.zip/Копии/старые.ZIP`, 'nested-too-deep'],
      [`${MUNICIPALITY}/Письмо.docx`, 'file'],
    ]);
    expect(outline(await collect(await twoLevels(), { maxDepth: 0 }))).toEqual([
      [`${MUNICIPALITY}/Витим.zip`, 'nested-too-deep'],
      [`${MUNICIPALITY}/Письмо.docx`, 'file'],
    ]);
  });

  it('opens three levels by default and stops at the fourth', async () => {
    let bytes: Uint8Array = await buildZip([{ path: 'work.pdf', data: 'deep' }]);
    for (let level = 4; level >= 1; level--) bytes = await buildZip([{ path: `level${level}.zip`, data: bytes }]);
    expect(outline(await collect(bytes))).toEqual([['level1.zip/level2.zip/level3.zip/level4.zip', 'nested-too-deep']]);
  });

  it('reports a corrupt inner archive as one broken-archive problem and goes on', async () => {
    const bytes = await buildZip([
      { path: `${MUNICIPALITY}/Витим.zip`, data: noise(5000) },
      { path: `${MUNICIPALITY}/Пустой.zip`, data: '' },
      { path: `${MUNICIPALITY}/4002_вар.1.pdf`, data: 'work' },
    ]);
    const items = await collect(bytes);
    expect(outline(items)).toEqual([
      [`${MUNICIPALITY}/Витим.zip`, 'broken-archive'],
      [`${MUNICIPALITY}/Пустой.zip`, 'broken-archive'],
      [`${MUNICIPALITY}/4002_вар.1.pdf`, 'file'],
    ]);
    expect(items[0]).toMatchObject({ problem: { archive: ARCHIVE, problem: 'broken-archive', reason: expect.stringMatching(/^(no-end-record|not-zip)$/) } });
  });

  it('reports an inner archive cut off as broken-archive', async () => {
    const inner = await buildZip([{ path: '4002_вар.1.pdf', data: noise(3000) }]);
    const bytes = await buildZip([{ path: 'Витим.zip', data: inner.slice(0, inner.length - 30) }]);
    expect(outline(await collect(bytes))).toEqual([['Витим.zip', 'broken-archive']]);
  });

  it('reports an inner archive larger than the limit as too-large, without opening it', async () => {
    const inner = await buildZip([{ path: '4002_вар.1.pdf', data: noise(4000), method: 'store' }]);
    const bytes = await buildZip([{ path: 'Витим.zip', data: inner }]);
    expect(outline(await collect(bytes, { maxEntryBytes: 1000 }))).toEqual([['Витим.zip', 'too-large']]);
  });

  it('reports an inner archive whose header lies past the limit as too-large', async () => {
    const inner = await buildZip([{ path: '4002_вар.1.pdf', data: new Uint8Array(200_000), method: 'store' }]);
    const bytes = buildRawZip([{ name: 'Витим.zip', data: inner, method: 'deflate', declaredSize: 100, utf8Flag: true }]);
    expect(outline(await collect(bytes, { maxEntryBytes: 64 * 1024 }))).toEqual([['Витим.zip', 'too-large']]);
  });

  it('reports a damaged inner archive entry as unreadable-entry', async () => {
    const inner = await buildZip([{ path: '4002_вар.1.pdf', data: 'x' }]);
    const bytes = buildRawZip([{ name: 'Витим.zip', data: inner, method: 'deflate', crc32: 1, utf8Flag: true }]);
    expect(outline(await collect(bytes))).toEqual([['Витим.zip', 'unreadable-entry']]);
  });

  it('opens an inner archive that is itself encrypted with the same password', async () => {
    const inner = await encryptedZip([{ path: `${SCHOOL}/4002_вар.1.pdf`, data: 'secret work' }], PASSWORD);
    const bytes = await buildZip([{ path: 'Витим.zip', data: inner }]);
    const items = await collect(bytes, { password: PASSWORD });
    expect(outline(items)).toEqual([[`Витим.zip/${SCHOOL}/4002_вар.1.pdf`, 'file']]);
    expect(text(await files(items)[0].read())).toBe('secret work');
    expect(outline(await collect(bytes))).toEqual([[`Витим.zip/${SCHOOL}/4002_вар.1.pdf`, 'encrypted']]);
  });

  it('opens an inner archive stored encrypted in the outer archive with the password, and lists it as encrypted without', async () => {
    const inner = await buildZip([{ path: '4002_вар.1.pdf', data: 'work' }]);
    const bytes = await encryptedZip([{ path: 'Витим.zip', data: inner }], PASSWORD, { zipCrypto: true });
    expect(outline(await collect(bytes, { password: PASSWORD }))).toEqual([['Витим.zip/4002_вар.1.pdf', 'file']]);
    expect(outline(await collect(bytes))).toEqual([['Витим.zip', 'encrypted']]);
    expect(outline(await collect(bytes, { password: 'не тот' }))).toEqual([['Витим.zip', 'wrong-password']]);
  });

  it('lists the problems of an inner archive under its path', async () => {
    const inner = await buildZip([
      { path: '__MACOSX/._4002_вар.1.pdf', data: 'x' },
      { path: '4002_вар.1.pdf', data: 'x' },
    ]);
    const innerWithUnsafe = buildRawZip([{ name: '../evil.pdf', data: 'x' }]);
    const bytes = await buildZip([
      { path: 'a/Витим.zip', data: inner },
      { path: 'b/evil.zip', data: innerWithUnsafe },
    ]);
    expect(outline(await collect(bytes))).toEqual([
      ['a/Витим.zip/__MACOSX/._4002_вар.1.pdf', 'system-file'],
      ['a/Витим.zip/4002_вар.1.pdf', 'file'],
      ['b/evil.zip/../evil.pdf', 'unsafe-path'],
    ]);
  });
});
