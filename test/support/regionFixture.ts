/**
 * A small region as coordinators receive it: municipalities' archives with school folders of scans and score
 * sheets, variants and criteria, and a list of experts — built for tests of the preparation step.
 */
import { buildZip } from './archiveFixtures';
import { makePdf, pdfUtf16Hex } from './pdfFactory';
import { makeScoreSheet, sampleRows } from './scoreSheetFactory';

export const TASKS = ['1 (2б)', '2 (1б)', '3 (3б)', '4К1 (2б)'];

export interface FixtureSchool {
  municipality: string;
  school: string;
  subject?: string;
  grade?: number;
  codes: number[];
}

export const REGION: FixtureSchool[] = [
  { municipality: 'Боханский район', school: 'МБОУ Витимская СОШ', codes: [40001, 40002, 40003] },
  { municipality: 'Боханский район', school: 'МБОУ "Тарасинская СОШ"', codes: [40101, 40102] },
  { municipality: 'Заларинский район', school: 'МОУ Хор-Тагнинская ООШ', codes: [40201, 40202, 40203, 40204] },
];

export function schoolFolder(s: FixtureSchool): string {
  return `${s.school}, ${s.subject ?? 'русский язык'}, ${s.grade ?? 6} класс`;
}

/** One archive per municipality: `<municipality>/<school folder>/<code>_вар.<n>.pdf` + score sheet + materials. */
export async function buildRegionArchives(schools: FixtureSchool[] = REGION, sheetFor?: (s: FixtureSchool) => Promise<Uint8Array | null>) {
  const byMunicipality = new Map<string, Parameters<typeof buildZip>[0]>();
  for (const s of schools) {
    const entries = byMunicipality.get(s.municipality) ?? [];
    const folder = `${s.municipality}/${schoolFolder(s)}`;
    const rows = sampleRows(s.codes.length, TASKS, s.codes[0]).map((row, i) => ({ ...row, code: s.codes[i] }));
    s.codes.forEach((code, i) =>
      entries.push({
        path: `${folder}/${code}_вар.${rows[i].variant}.pdf`,
        // as school scanners write them: the computer's user (often the school) as Author, XMP alongside
        data: makePdf({ pages: 2, text: `work ${code}`, info: { Author: pdfUtf16Hex(s.school), Title: pdfUtf16Hex(`Скан ${s.municipality}`) }, xmp: `<x:xmpmeta><dc:creator>${s.school}</dc:creator></x:xmpmeta>` }),
        nameEncoding: 'cp866',
      }),
    );
    const sheet = sheetFor ? await sheetFor(s) : await makeScoreSheet({ tasks: TASKS, rows, fioColumn: true });
    if (sheet) entries.push({ path: `${folder}/Протокол ${s.school}.xlsx`, data: sheet, nameEncoding: 'cp866' });
    entries.push({ path: `${folder}/Критерии оценивания.pdf`, data: makePdf({ text: 'criteria' }), nameEncoding: 'cp866' });
    entries.push({ path: `${folder}/Вариант 1.pdf`, data: makePdf({ text: 'variant 1' }), nameEncoding: 'cp866' });
    byMunicipality.set(s.municipality, entries);
  }
  const archives: { name: string; data: Blob; bytes: Uint8Array }[] = [];
  for (const [municipality, entries] of byMunicipality) {
    const bytes = await buildZip(entries);
    archives.push({ name: `${municipality}.zip`, data: new Blob([bytes as Uint8Array<ArrayBuffer>]), bytes });
  }
  return archives;
}

/** The experts list as a coordinator types it: CSV with `;`, UTF-8 with a BOM. */
export function expertsCsv(rows: { name: string; subject?: string; school: string; municipality: string; capacity?: number }[]): Uint8Array {
  const lines = ['ФИО;Предмет;Место работы;Муниципалитет;Максимум работ'];
  for (const r of rows) lines.push([r.name, r.subject ?? 'Русский язык', r.school, r.municipality, r.capacity ?? ''].join(';'));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
