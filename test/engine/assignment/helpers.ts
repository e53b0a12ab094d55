import ExcelJS from 'exceljs';
import type { AssignableWork, Expert } from '../../../src/engine/assignment';

/** An .xlsx with the given sheets, each a grid of cell values (null leaves a cell empty). */
export async function xlsxBytes(sheets: Record<string, (string | number | Date | null)[][]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, rowIndex) =>
      row.forEach((value, columnIndex) => {
        if (value !== null) sheet.getCell(rowIndex + 1, columnIndex + 1).value = value;
      }),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A CSV line: fields holding the separator, quotes or line breaks are quoted, quotes doubled. */
export function csvText(rows: string[][], separator: string): string {
  const field = (value: string) => (value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(field).join(separator)).join('\r\n') + '\r\n';
}

export function utf8Bytes(text: string, bom: boolean): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}

const CP1251_EXTRA: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '№': 0xb9, '«': 0xab, '»': 0xbb, '–': 0x96, '—': 0x97, '\u00a0': 0xa0 };

/** Windows-1251 bytes, written by hand: ASCII as is, А–я at 0xC0–0xFF, a few signs from the table above. */
export function cp1251Bytes(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text), (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    const extra = CP1251_EXTRA[char];
    if (extra === undefined) throw new Error(`no CP1251 byte for ${char}`);
    return extra;
  });
}

let expertNumber = 0;

/** An expert for assignment tests; the id is unique unless given. */
export function expert(fields: Partial<Expert> & { municipality: string }): Expert {
  expertNumber += 1;
  return {
    id: `E${expertNumber}`,
    name: `Эксперт ${expertNumber}`,
    subjects: ['русский язык'],
    grades: null,
    school: `Школа эксперта ${expertNumber}`,
    capacity: null,
    row: expertNumber,
    ...fields,
  };
}

/** `count` works of one school, subject and grade, ids `<schoolKey>-<subject>-<grade>-<n>`. */
export function schoolWorks(
  school: { key: string; municipality: string; school?: string },
  count: number,
  subject = 'русский язык',
  grade = 6,
): AssignableWork[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${school.key}-${subject}-${grade}-${String(index + 1).padStart(3, '0')}`,
    schoolKey: school.key,
    school: school.school ?? school.key,
    municipality: school.municipality,
    subject,
    grade,
  }));
}

/** The expert id each work went to. */
export function ownerOf(byExpert: Map<string, string[]>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const [expertId, workIds] of byExpert) for (const workId of workIds) owners.set(workId, expertId);
  return owners;
}

export function loads(byExpert: Map<string, string[]>): number[] {
  return [...byExpert.values()].map((workIds) => workIds.length);
}
