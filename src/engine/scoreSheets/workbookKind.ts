/**
 * What kind of file a workbook is, from its first bytes. An `.xlsx` is a ZIP (`PK\3\4`). An old `.xls` and a
 * password-protected `.xlsx` are both OLE compound files (`D0 CF 11 E0 A1 B1 1A E1`): Excel encrypts a whole
 * `.xlsx` into the streams `EncryptionInfo` and `EncryptedPackage` of an OLE container, while an `.xls` keeps its
 * data in a stream `Workbook` (`Book` before Excel 97). The OLE directory tells them apart.
 */

export type WorkbookKind =
  /** A ZIP container: an `.xlsx` (or something else zipped; ExcelJS will tell). */
  | 'xlsx'
  /** An old binary `.xls`. */
  | 'old-excel'
  /** A password-protected (encrypted) `.xlsx`. */
  | 'encrypted-workbook'
  /** An OLE file whose directory could not be read or holds neither: an `.xls` or an encrypted `.xlsx`, or a Word file. */
  | 'ole-unknown'
  | 'empty'
  | 'other';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

export function isOleFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_SIGNATURE);
}

/**
 * The names of the entries of an OLE compound file's directory (MS-CFB), or null when the directory cannot be
 * followed (a truncated or damaged file). Reads the header, the FAT sectors listed in the header's DIFAT (and in
 * DIFAT sectors) and the directory's sector chain; every loop is bounded by the file's size.
 */
export function oleDirectoryNames(bytes: Uint8Array): string[] | null {
  if (!isOleFile(bytes) || bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - 512 + sectorSize - 1) / sectorSize);
  const offset = (sector: number): number => 512 + sector * sectorSize;
  const readable = (sector: number): boolean => sector <= MAX_SECTOR && offset(sector) + sectorSize <= bytes.length;

  // The FAT's sectors: 109 in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  const fatCount = view.getUint32(44, true);
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(view.getUint32(76 + i * 4, true));
  let difat = view.getUint32(68, true);
  const perSector = sectorSize / 4;
  for (let guard = 0; fatSectors.length < fatCount && difat <= MAX_SECTOR && guard <= sectorCount; guard++) {
    if (!readable(difat)) return null;
    const at = offset(difat);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(view.getUint32(at + i * 4, true));
    difat = view.getUint32(at + (perSector - 1) * 4, true);
  }
  const next = (sector: number): number | null => {
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    if (fatSector === undefined || !readable(fatSector)) return null;
    return view.getUint32(offset(fatSector) + (sector % perSector) * 4, true);
  };

  const names: string[] = [];
  let sector = view.getUint32(48, true);
  for (let guard = 0; sector !== END_OF_CHAIN; guard++) {
    if (guard > sectorCount || !readable(sector)) return null;
    const at = offset(sector);
    for (let entry = 0; entry < sectorSize / 128; entry++) {
      const base = at + entry * 128;
      const type = bytes[base + 66];
      const nameBytes = view.getUint16(base + 64, true);
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = '';
      for (let c = 0; c < nameBytes / 2 - 1; c++) name += String.fromCharCode(view.getUint16(base + c * 2, true));
      names.push(name);
    }
    const following = next(sector);
    if (following === null) return null;
    sector = following;
  }
  return names;
}

export function workbookKind(bytes: Uint8Array): WorkbookKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP_SIGNATURE)) return 'xlsx';
  if (!isOleFile(bytes)) return 'other';
  const names = oleDirectoryNames(bytes);
  if (!names) return 'ole-unknown';
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) return 'encrypted-workbook';
  if (names.includes('Workbook') || names.includes('Book')) return 'old-excel';
  return 'ole-unknown';
}

/** An old binary `.xls` (not a password-protected `.xlsx`, which is an OLE file too). */
export function isOldExcel(bytes: Uint8Array): boolean {
  return workbookKind(bytes) === 'old-excel';
}

/** A password-protected `.xlsx`: an OLE file with `EncryptionInfo` / `EncryptedPackage` streams. */
export function isEncryptedWorkbook(bytes: Uint8Array): boolean {
  return workbookKind(bytes) === 'encrypted-workbook';
}
