import * as archiveApi from '../../../src/engine/archive';
import { readArchive } from '../../../src/engine/archive';
import { buildZip } from '../../support/archiveFixtures';
import { buildRawZip, encodeCp866, unicodePathExtra } from '../../support/zipBuilder';
import { ARCHIVE, MUNICIPALITY, SCHOOL, blobOf, collect, files, outline, text } from './helpers';

const WORK = `${MUNICIPALITY}/${SCHOOL}/4002_вар.1.pdf`;

describe('readArchive', () => {
  it('exports the public surface by name', () => {
    expect(Object.keys(archiveApi).sort()).toEqual(
      ['ArchiveEntryError', 'ArchiveUnreadableError', 'DEFAULT_MAX_DEPTH', 'DEFAULT_MAX_ENTRY_BYTES', 'decodeEntryName', 'readArchive'].sort(),
    );
  });

  it('reads a municipality archive with CP866 names, skipping directories, one file item per entry', async () => {
    const bytes = await buildZip([
      { path: WORK, data: '%PDF work 4002', nameEncoding: 'cp866' },
      { path: `${MUNICIPALITY}/${SCHOOL}/4003_вар.2.pdf`, data: '%PDF work 4003', nameEncoding: 'cp866', method: 'store' },
      { path: `${MUNICIPALITY}/${SCHOOL}/Протокол.xlsx`, data: 'xlsx', nameEncoding: 'cp866' },
    ]);
    const items = await collect(bytes);
    expect(outline(items)).toEqual([
      [WORK, 'file'],
      [`${MUNICIPALITY}/${SCHOOL}/4003_вар.2.pdf`, 'file'],
      [`${MUNICIPALITY}/${SCHOOL}/Протокол.xlsx`, 'file'],
    ]);
    const [first, second] = files(items);
    expect(first).toMatchObject({ archive: ARCHIVE, path: WORK, size: 14 });
    expect(text(await first.read())).toBe('%PDF work 4002');
    expect(text(await second.read())).toBe('%PDF work 4003');
  });

  it('decodes CP1251 names, deciding the code page for the whole archive', async () => {
    const bytes = await buildZip([
      { path: `${MUNICIPALITY}/${SCHOOL}/4002_вар.1.pdf`, data: 'a', nameEncoding: 'cp1251' },
      { path: '6б.pdf', data: 'b', nameEncoding: 'cp1251' },
    ]);
    expect(outline(await collect(bytes)).map(([path]) => path)).toEqual([WORK, '6б.pdf']);
  });

  it('decodes a short CP866 name by the code page of the rest of the archive', async () => {
    const bytes = await buildZip([
      { path: WORK, data: 'a', nameEncoding: 'cp866' },
      { path: 'ух.pdf', data: 'b', nameEncoding: 'cp866' },
    ]);
    expect(outline(await collect(bytes)).map(([path]) => path)).toEqual([WORK, 'ух.pdf']);
  });

  it('decodes UTF-8 names with and without the flag, and NFD names as NFC', async () => {
    const bytes = await buildZip([
      { path: `${SCHOOL}/4002_вар.1.pdf`, data: 'a', nameEncoding: 'utf8-flag' },
      { path: `${SCHOOL}/4003_вар.1.pdf`, data: 'b', nameEncoding: 'utf8' },
      { path: 'Витимская/Йошкин Лёша.pdf', data: 'c', nameEncoding: 'nfd' },
    ]);
    const paths = outline(await collect(bytes)).map(([path]) => path);
    expect(paths).toEqual([`${SCHOOL}/4002_вар.1.pdf`, `${SCHOOL}/4003_вар.1.pdf`, 'Витимская/Йошкин Лёша.pdf']);
    for (const path of paths) expect(path).toBe(path.normalize('NFC'));
  });

  it('takes the name of a valid Info-ZIP Unicode Path extra field over the raw name', async () => {
    const raw = new TextEncoder().encode('4002_???.1.pdf');
    const bytes = buildRawZip([{ name: raw, data: 'a', extra: unicodePathExtra(`${SCHOOL}/4002_вар.1.pdf`, raw) }]);
    expect(outline(await collect(bytes))).toEqual([[`${SCHOOL}/4002_вар.1.pdf`, 'file']]);
  });

  it('ignores a Unicode Path extra field whose CRC does not match the raw name, or of another version', async () => {
    const raw = encodeCp866('4002_вар.1.pdf');
    const bytes = buildRawZip([
      { name: raw, data: 'a', extra: unicodePathExtra('чужое имя.pdf', raw, { nameCrc: 12345 }) },
      { name: raw, data: 'b', extra: unicodePathExtra('чужое имя.pdf', raw, { version: 2 }) },
    ]);
    expect(outline(await collect(bytes))).toEqual([
      ['4002_вар.1.pdf', 'file'],
      ['4002_вар.1.pdf', 'file'],
    ]);
  });

  it('turns backslash separators into slashes', async () => {
    const bytes = buildRawZip([{ name: encodeCp866(`${MUNICIPALITY}\\${SCHOOL}\\4002_вар.1.pdf`), data: 'a' }]);
    expect(outline(await collect(bytes))).toEqual([[WORK, 'file']]);
  });

  it('lists macOS and Windows system files as system-file problems, in any folder and any case', async () => {
    const bytes = await buildZip([
      { path: `__MACOSX/${SCHOOL}/._4002_вар.1.pdf`, data: 'x' },
      { path: `${SCHOOL}/._4002_вар.1.pdf`, data: 'x' },
      { path: `${SCHOOL}/.DS_Store`, data: 'x' },
      { path: `${SCHOOL}/Thumbs.db`, data: 'x' },
      { path: 'THUMBS.DB', data: 'x' },
      { path: `${SCHOOL}/Desktop.ini`, data: 'x' },
      { path: `${SCHOOL}/4002_вар.1.pdf`, data: 'x' },
    ]);
    expect(outline(await collect(bytes))).toEqual([
      [`__MACOSX/${SCHOOL}/._4002_вар.1.pdf`, 'system-file'],
      [`${SCHOOL}/._4002_вар.1.pdf`, 'system-file'],
      [`${SCHOOL}/.DS_Store`, 'system-file'],
      [`${SCHOOL}/Thumbs.db`, 'system-file'],
      ['THUMBS.DB', 'system-file'],
      [`${SCHOOL}/Desktop.ini`, 'system-file'],
      [`${SCHOOL}/4002_вар.1.pdf`, 'file'],
    ]);
  });

  it('lists unsafe paths as unsafe-path problems and never offers them for reading', async () => {
    const bytes = buildRawZip([
      { name: '../x.pdf', data: 'x' },
      { name: '/etc/passwd', data: 'x' },
      { name: 'C:\\Windows\\x.pdf', data: 'x' },
      { name: 'c:x.pdf', data: 'x' },
      { name: '\\x.pdf', data: 'x' },
      { name: 'a/../../x.pdf', data: 'x' },
      { name: 'a\\..\\..\\x.pdf', data: 'x' },
      { name: 'a/b\u0000.pdf', data: 'x' },
      { name: 'a/b\u0007.pdf', data: 'x' },
      { name: '', data: 'x' },
      { name: 'ok/x.pdf', data: 'x' },
    ]);
    const items = await collect(bytes);
    expect(outline(items)).toEqual([
      ['../x.pdf', 'unsafe-path'],
      ['/etc/passwd', 'unsafe-path'],
      ['C:/Windows/x.pdf', 'unsafe-path'],
      ['c:x.pdf', 'unsafe-path'],
      ['/x.pdf', 'unsafe-path'],
      ['a/../../x.pdf', 'unsafe-path'],
      ['a/../../x.pdf', 'unsafe-path'],
      ['a/b\u0000.pdf', 'unsafe-path'],
      ['a/b\u0007.pdf', 'unsafe-path'],
      ['', 'unsafe-path'],
      ['ok/x.pdf', 'file'],
    ]);
    expect(items[0]).toEqual({
      type: 'problem',
      problem: { archive: ARCHIVE, path: '../x.pdf', problem: 'unsafe-path' },
    });
  });

  it('drops `.` and empty segments from a path', async () => {
    const bytes = buildRawZip([{ name: './a//b/./c.pdf', data: 'x' }]);
    expect(outline(await collect(bytes))).toEqual([['a/b/c.pdf', 'file']]);
  });

  it('offers an empty entry as a file of size 0', async () => {
    const bytes = await buildZip([{ path: `${SCHOOL}/4002_вар.1.pdf`, data: '' }]);
    const [file] = files(await collect(bytes));
    expect(file.size).toBe(0);
    expect(await file.read()).toEqual(new Uint8Array(0));
  });

  it('yields both entries when one path occurs twice', async () => {
    const bytes = await buildZip([
      { path: `${SCHOOL}/4002_вар.1.pdf`, data: 'first' },
      { path: `${SCHOOL}/4002_вар.1.pdf`, data: 'second' },
    ]);
    const both = files(await collect(bytes));
    expect(both.map((f) => f.path)).toEqual([`${SCHOOL}/4002_вар.1.pdf`, `${SCHOOL}/4002_вар.1.pdf`]);
    expect(await Promise.all(both.map(async (f) => text(await f.read())))).toEqual(['first', 'second']);
  });

  it('reads entries in any order, and the same entry twice', async () => {
    const bytes = await buildZip([
      { path: 'a.pdf', data: 'A' },
      { path: 'b.pdf', data: 'B' },
    ]);
    const [a, b] = files(await collect(bytes));
    expect(text(await b.read())).toBe('B');
    expect(text(await a.read())).toBe('A');
    expect(text(await b.read())).toBe('B');
  });

  it('yields nothing for an empty archive', async () => {
    expect(await collect(buildRawZip([]))).toEqual([]);
  });

  it('starts reading only when iterated', async () => {
    const generator = readArchive({ name: ARCHIVE, data: blobOf(new Uint8Array([1, 2, 3])) });
    expect(typeof generator.next).toBe('function');
    await expect(generator.next()).rejects.toBeInstanceOf(archiveApi.ArchiveUnreadableError);
  });

  it('names the archive that cannot be opened', async () => {
    const generator = readArchive({ name: ARCHIVE, data: blobOf(new Uint8Array([1, 2, 3])) });
    await expect(generator.next()).rejects.toMatchObject({ name: 'ArchiveUnreadableError', archive: ARCHIVE });
  });

  it('skips directory entries, including ones written with a trailing backslash', async () => {
    const bytes = buildRawZip([
      { name: encodeCp866(`${MUNICIPALITY}/`), externalAttributes: 0x10 },
      { name: encodeCp866(`${MUNICIPALITY}\\${SCHOOL}\\`), externalAttributes: 0x10 },
      { name: encodeCp866(WORK), data: 'a', method: 'deflate' },
    ]);
    expect(outline(await collect(bytes))).toEqual([[WORK, 'file']]);
  });
});
