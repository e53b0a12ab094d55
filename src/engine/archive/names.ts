/**
 * Entry names: decoding the raw bytes a ZIP stores (UTF-8, or a legacy Russian code page with no flag to say
 * which), the Info-ZIP Unicode Path extra field, normalisation, and judging a name (system file, unsafe path).
 */

import { crc32 } from './crc32';

/** Bytes 0x80–0xFF of CP866 (DOS/OEM Russian: what Windows Explorer, 7-Zip and WinRAR write). */
const CP866_HIGH =
  'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмноп░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀рстуфхцчшщъыьэюяЁёЄєЇїЎў°∙·√№¤■\u00A0';

/** Bytes 0x80–0xFF of Windows-1251 (ANSI Russian), as the WHATWG Encoding Standard maps them. */
const CP1251_HIGH =
  'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u0098™љ›њќћџ\u00A0ЎўЈ¤Ґ¦§Ё©Є«¬\u00AD®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя';

/**
 * Own tables rather than TextDecoder('ibm866' / 'windows-1251'): both exist in browsers and in Node 22 with
 * full ICU, but not in a Node built with small ICU; 128 characters each are cheaper than that doubt.
 */
function decodeSingleByte(raw: Uint8Array, high: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    out += byte < 0x80 ? String.fromCharCode(byte) : high[byte - 0x80];
  }
  return out;
}

export function decodeCp866(raw: Uint8Array): string {
  return decodeSingleByte(raw, CP866_HIGH);
}

export function decodeCp1251(raw: Uint8Array): string {
  return decodeSingleByte(raw, CP1251_HIGH);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

function decodeStrictUtf8(raw: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(raw);
  } catch {
    return undefined;
  }
}

function isAscii(raw: Uint8Array): boolean {
  for (let i = 0; i < raw.length; i++) if (raw[i] >= 0x80) return false;
  return true;
}

/** Relative frequency (%) of Russian letters in ordinary text. */
const RUSSIAN_LETTER_FREQUENCY: Record<string, number> = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4, к: 3.49,
  м: 3.21, д: 2.98, п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65, б: 1.59, ч: 1.44,
  й: 1.21, х: 0.97, ж: 0.94, ш: 0.73, ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32, ф: 0.26, ъ: 0.04, ё: 0.04,
};

const LETTER_SCORE = new Map(Object.entries(RUSSIAN_LETTER_FREQUENCY).map(([letter, percent]) => [letter, Math.log(percent / 100)]));

/** Characters that occur in Russian file names besides letters: №, «», dashes, no-break space. */
const PLAUSIBLE_SYMBOLS = new Set(['№', '«', '»', '–', '—', '\u00A0']);

/** The score of a character nobody puts in a Russian file name, per byte it took to encode. */
const IMPLAUSIBLE = -12;

/**
 * How plausible one non-ASCII character is in a Russian file name: the log-frequency of a Russian letter
 * (capitals slightly less likely), a penalty for typographic symbols, a larger one for non-Russian Cyrillic,
 * and {@link IMPLAUSIBLE} for pseudographics and everything else.
 */
function characterScore(char: string): number {
  const lower = char.toLowerCase();
  const letter = LETTER_SCORE.get(lower);
  if (letter !== undefined) return lower === char ? letter : letter - 0.5;
  if (PLAUSIBLE_SYMBOLS.has(char)) return -7;
  const code = char.charCodeAt(0);
  if (code >= 0x0400 && code <= 0x04ff) return -9;
  return IMPLAUSIBLE;
}

/** The plausibility of a single-byte decoding, scored over the characters that came from non-ASCII bytes. */
function singleByteScore(raw: Uint8Array, decoded: string): number {
  let score = 0;
  for (let i = 0; i < raw.length; i++) if (raw[i] >= 0x80) score += characterScore(decoded[i]);
  return score;
}

/**
 * The plausibility of a UTF-8 decoding, on the same scale: Russian letters and the rest as above, combining
 * marks (NFD names from macOS), Latin letters with diacritics and CJK as unremarkable foreign text; anything
 * else costs {@link IMPLAUSIBLE} per byte, so that legacy bytes which merely happen to form valid UTF-8 (CP866
 * «тем» is the bytes of U+296C) lose to their legacy reading.
 */
function utf8Score(text: string): number {
  let score = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) continue;
    if ((code >= 0x0400 && code <= 0x04ff) || PLAUSIBLE_SYMBOLS.has(char)) score += characterScore(char);
    else if (code >= 0x0300 && code <= 0x036f) score += -3;
    else if (code >= 0x00c0 && code <= 0x024f) score += -6;
    else if ((code >= 0x2000 && code <= 0x206f) || code === 0x2116) score += -7;
    else if ((code >= 0x3000 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)) score += -8;
    else score += IMPLAUSIBLE * (code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);
  }
  return score;
}

/** Which single-byte code page a name with no UTF-8 flag is in. */
export type LegacyEncoding = 'cp866' | 'cp1251';

interface NameReadings {
  utf8?: string;
  utf8Score: number;
  cp866Score: number;
  cp1251Score: number;
}

function readings(raw: Uint8Array): NameReadings {
  const utf8 = decodeStrictUtf8(raw);
  return {
    utf8,
    utf8Score: utf8 === undefined ? -Infinity : utf8Score(utf8),
    cp866Score: singleByteScore(raw, decodeCp866(raw)),
    cp1251Score: singleByteScore(raw, decodeCp1251(raw)),
  };
}

/**
 * Evidence for CP1251 over CP866 from one name with no UTF-8 flag: positive favours CP1251, negative CP866,
 * zero when the name is ASCII or reads as UTF-8. Summed over an archive, it decides one code page for all its
 * names, which is surer than deciding a short name (`6б.pdf`) alone.
 */
export function cp1251Evidence(raw: Uint8Array): number {
  if (isAscii(raw)) return 0;
  const r = readings(raw);
  if (r.utf8 !== undefined && r.utf8Score >= Math.max(r.cp866Score, r.cp1251Score)) return 0;
  return r.cp1251Score - r.cp866Score;
}

/**
 * Normalises a decoded name into an archive path: NFC (macOS writes NFD), and `\` as a separator (old Windows
 * tools write it). Nothing else is rewritten here: judging the path is {@link judgePath}'s job.
 */
export function normalizeName(name: string): string {
  return name.normalize('NFC').replace(/\\/g, '/');
}

/**
 * Decodes an entry name from its raw bytes: UTF-8 when the UTF-8 flag (general purpose bit 11) is set; else
 * UTF-8 when the bytes are valid strict UTF-8 (many tools write UTF-8 without the flag) and read as plausibly
 * as a legacy decoding; else CP866 or CP1251: `legacy` when given (the archive's choice, see
 * {@link cp1251Evidence}), otherwise whichever reads as more plausible Russian, ties to CP866 (what Windows
 * Explorer and 7-Zip write). The result is NFC-normalised, with `\` turned into `/`.
 */
export function decodeEntryName(raw: Uint8Array, utf8Flag: boolean, legacy?: LegacyEncoding): string {
  let name: string;
  if (utf8Flag) name = lenientUtf8.decode(raw);
  else if (isAscii(raw)) name = decodeSingleByte(raw, CP866_HIGH);
  else {
    const r = readings(raw);
    if (r.utf8 !== undefined && r.utf8Score >= Math.max(r.cp866Score, r.cp1251Score)) name = r.utf8;
    else if ((legacy ?? (r.cp1251Score > r.cp866Score ? 'cp1251' : 'cp866')) === 'cp1251') name = decodeCp1251(raw);
    else name = decodeCp866(raw);
  }
  return normalizeName(name);
}

const UNICODE_PATH_EXTRA_FIELD = 0x7075;

/**
 * The name of an Info-ZIP Unicode Path extra field (0x7075) when the entry carries a valid one: version 1,
 * the CRC-32 of the raw header name matching (so the field was written for this very name, not left over by a
 * tool that renamed the entry), and valid UTF-8.
 */
export function unicodePathName(rawExtraField: Uint8Array | undefined, rawName: Uint8Array): string | undefined {
  if (!rawExtraField) return undefined;
  const view = new DataView(rawExtraField.buffer, rawExtraField.byteOffset, rawExtraField.byteLength);
  let offset = 0;
  while (offset + 4 <= rawExtraField.length) {
    const type = view.getUint16(offset, true);
    const size = view.getUint16(offset + 2, true);
    const start = offset + 4;
    if (start + size > rawExtraField.length) return undefined;
    if (type === UNICODE_PATH_EXTRA_FIELD && size >= 5) {
      const version = rawExtraField[start];
      const nameCrc = view.getUint32(start + 1, true);
      if (version !== 1 || nameCrc !== crc32(rawName)) return undefined;
      const name = decodeStrictUtf8(rawExtraField.subarray(start + 5, start + size));
      return name === undefined || name === '' ? undefined : name;
    }
    offset = start + size;
  }
  return undefined;
}

/** The archive path of an entry: the Unicode Path extra field when valid, else the decoded raw name; normalised. */
export function entryPath(rawName: Uint8Array, utf8Flag: boolean, rawExtraField?: Uint8Array, legacy?: LegacyEncoding): string {
  const unicode = unicodePathName(rawExtraField, rawName);
  return unicode !== undefined ? normalizeName(unicode) : decodeEntryName(rawName, utf8Flag, legacy);
}

export type PathVerdict = { kind: 'directory' } | { kind: 'unsafe' } | { kind: 'system'; path: string } | { kind: 'file'; path: string };

const SYSTEM_FILE_NAMES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Judges a normalised entry path: a directory (skipped), unsafe (`..` segments, absolute paths, drive
 * letters, control characters: never read), a system file of macOS or Windows, or an ordinary file with
 * its clean path (`.` and empty segments dropped).
 */
export function judgePath(path: string, isDirectory: boolean): PathVerdict {
  if (isDirectory || path.endsWith('/')) return { kind: 'directory' };
  if (CONTROL_CHARACTERS.test(path) || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return { kind: 'unsafe' };
  const segments = path.split('/');
  if (segments.includes('..')) return { kind: 'unsafe' };
  const clean = segments.filter((segment) => segment !== '' && segment !== '.');
  if (clean.length === 0) return { kind: 'unsafe' }; // an empty name, or `.`: no file path at all
  const base = clean[clean.length - 1].toLowerCase();
  if (clean.some((segment) => segment.toLowerCase() === '__macosx') || base.startsWith('._') || SYSTEM_FILE_NAMES.has(base)) {
    return { kind: 'system', path: clean.join('/') };
  }
  return { kind: 'file', path: clean.join('/') };
}
