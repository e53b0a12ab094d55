/**
 * Realistic archives for tests, built in memory: what municipalities send (CP866 names from Windows, NFD
 * names from macOS, UTF-8 with and without the flag) and password-protected ones (AES, ZipCrypto).
 */
import { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import { withSeededRandomValues } from './seededBytes';
import { buildRawZip, encodeCp1251, encodeCp866, type RawZipEntry } from './zipBuilder';

/**
 * How an entry's name is stored: `utf8-flag` UTF-8 with the UTF-8 flag (modern tools; the default), `utf8`
 * UTF-8 without it, `cp866` the DOS code page with no flag (Windows Explorer, 7-Zip, WinRAR on a Russian
 * Windows), `cp1251` the ANSI code page with no flag, `nfd` decomposed UTF-8 with no flag (macOS).
 */
export type NameEncoding = 'utf8-flag' | 'utf8' | 'cp866' | 'cp1251' | 'nfd';

export interface FixtureEntry {
  /** `/`-separated path inside the archive. */
  path: string;
  data: Uint8Array | string;
  nameEncoding?: NameEncoding;
  /** Default `deflate`. */
  method?: 'store' | 'deflate';
}

const encoder = new TextEncoder();

function encodeName(name: string, encoding: NameEncoding): { name: Uint8Array; utf8Flag: boolean } {
  switch (encoding) {
    case 'utf8-flag':
      return { name: encoder.encode(name), utf8Flag: true };
    case 'utf8':
      return { name: encoder.encode(name), utf8Flag: false };
    case 'cp866':
      return { name: encodeCp866(name), utf8Flag: false };
    case 'cp1251':
      return { name: encodeCp1251(name), utf8Flag: false };
    case 'nfd':
      return { name: encoder.encode(name.normalize('NFD')), utf8Flag: false };
  }
}

/**
 * A ZIP of the given files, with a directory entry for every folder (as Windows and 7-Zip write them) in the
 * same name encoding as the first file in it.
 */
export async function buildZip(entries: FixtureEntry[]): Promise<Uint8Array<ArrayBuffer>> {
  const raw: RawZipEntry[] = [];
  const folders = new Set<string>();
  for (const entry of entries) {
    const encoding = entry.nameEncoding ?? 'utf8-flag';
    const segments = entry.path.split('/');
    for (let i = 1; i < segments.length; i++) {
      const folder = `${segments.slice(0, i).join('/')}/`;
      if (folders.has(folder)) continue;
      folders.add(folder);
      raw.push({ ...encodeName(folder, encoding), externalAttributes: 0x10 });
    }
    raw.push({ ...encodeName(entry.path, encoding), data: entry.data, method: entry.method ?? 'deflate' });
  }
  return buildRawZip(raw);
}

const FIXED_DATE = new Date(2026, 3, 15, 10, 0, 0);

/**
 * A password-protected ZIP written by zip.js: AES-256 by default, ZipCrypto with `{ zipCrypto: true }`. The bytes
 * zip.js draws at random (salts, ZipCrypto headers) come from `seed` and the entries' dates are fixed, so the
 * same call gives the same archive on every run.
 */
export async function encryptedZip(
  entries: { path: string; data: Uint8Array | string }[],
  password: string,
  options: { zipCrypto?: boolean; seed?: number } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  return withSeededRandomValues(options.seed ?? 1, async () => {
    const writer = new ZipWriter(new Uint8ArrayWriter(), {
      password,
      zipCrypto: options.zipCrypto ?? false,
      useWebWorkers: false,
      lastModDate: FIXED_DATE,
    });
    for (const entry of entries) {
      const data = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data;
      await writer.add(entry.path, new Uint8ArrayReader(data));
    }
    return writer.close();
  });
}
