/**
 * Schools of a municipal cross-check as the coordinator receives them (regulation 002): per school one ZIP
 * with the folder `<school>_<subject>_<grade> класс`, one PDF per classroom (`6А русский язык.pdf`, its
 * metadata naming the school as scanners write it), the school's ФИС ОКО form, the criteria and a cover letter
 * (`.docx` with a table, `.txt`, or a `.pdf` that is not read). Names in CP866, as Windows zips them.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { buildZip, type FixtureEntry } from './archiveFixtures';
import { makePdf, makeScanPdf, pdfUtf16Hex } from './pdfFactory';
import { makeTextPdf } from './textPdf';
import { makeScoreSheet, sampleRows } from './scoreSheetFactory';

export const CROSS_TASKS = ['1 (2б)', '2 (1б)', '3 (3б)', '4К1 (2б)'];
export const PAGES_PER_WORK = 2;

export interface CrossClass {
  class: string;
  works: number;
  /** Pages of the file; `works × PAGES_PER_WORK` by default. */
  pages?: number;
}

export interface CrossSchool {
  school: string;
  subject?: string;
  grade?: number;
  classes: CrossClass[];
  /** `pdf`: a scanned letter (no text layer); `pdf-text`: a letter saved as PDF, with text. */
  letter: 'docx' | 'txt' | 'pdf' | 'pdf-text' | 'none';
  /** First participant code (codes run on through the classes). */
  firstCode: number;
  /** Also put a pupil-work file of the regional layout in the archive. */
  regionalFile?: boolean;
  /** Task headers of the school's form (default CROSS_TASKS). */
  tasks?: readonly string[];
  /** The school's own form as bytes (e.g. a real-derived ФИС ОКО form), instead of a generated one. */
  form?: Uint8Array;
}

export const CROSS_SCHOOLS: CrossSchool[] = [
  { school: 'МБОУ СОШ №131', classes: [{ class: '6А', works: 3 }, { class: '6Б', works: 2 }], letter: 'docx', firstCode: 41001 },
  { school: 'МБОУ СОШ №13', classes: [{ class: '6А', works: 4 }], letter: 'txt', firstCode: 42001 },
  { school: 'МАОУ Гимназия №1', classes: [{ class: '6В', works: 2, pages: 5 }], letter: 'docx', firstCode: 43001 },
  { school: 'МБОУ Лицей №9', classes: [{ class: '6А', works: 2 }, { class: '6Г', works: 3 }], letter: 'txt', firstCode: 44001 },
  { school: 'МБОУ ООШ с. Ивановка', classes: [{ class: '6А', works: 3 }], letter: 'pdf', firstCode: 45001 },
];

export function crossFolder(s: CrossSchool): string {
  return `${s.school}_${s.subject ?? 'русский язык'}_${s.grade ?? 6} класс`;
}

export function codesOf(s: CrossSchool): { class: string; codes: number[] }[] {
  let next = s.firstCode;
  return s.classes.map((c) => ({ class: c.class, codes: Array.from({ length: c.works }, () => next++) }));
}

async function docxLetter(s: CrossSchool): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    creator: s.school,
    sections: [{
      children: [
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(`Муниципальному координатору`)] }),
        new Paragraph({ children: [new TextRun({ text: 'Сопроводительное письмо', bold: true })] }),
        new Paragraph(`${s.school} направляет скан-копии работ участников ВПР, ${s.subject ?? 'русский язык'}, ${s.grade ?? 6} класс.`),
        new Table({
          rows: [
            new TableRow({ children: [cell('Класс'), cell('Предмет'), cell('Количество скан-копий')] }),
            ...s.classes.map((c) => new TableRow({ children: [cell(c.class), cell(s.subject ?? 'русский язык'), cell(String(c.works))] })),
          ],
        }),
        new Paragraph('Директор ____________'),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The .docx letter saved as PDF: the paragraphs, then the table row by row, cells apart on the line. */
function pdfLetter(s: CrossSchool): Uint8Array {
  const subject = s.subject ?? 'русский язык';
  return makeTextPdf([
    'Муниципальному координатору',
    'Сопроводительное письмо',
    `${s.school} направляет скан-копии работ участников ВПР, ${subject}, ${s.grade ?? 6} класс.`,
    ['Класс', 'Предмет', 'Количество скан-копий'],
    ...s.classes.map((c) => [c.class, subject, String(c.works)]),
    'Директор ____________',
  ]);
}

function txtLetter(s: CrossSchool): Uint8Array {
  const lines = [
    'Сопроводительное письмо',
    `Образовательная организация: ${s.school}`,
    `Предмет: ${s.subject ?? 'русский язык'}, ${s.grade ?? 6} класс`,
    ...s.classes.map((c) => `Класс ${c.class.slice(0, -1)} «${c.class.slice(-1)}» — ${c.works} скан-копий`),
  ];
  return new TextEncoder().encode(lines.join('\r\n'));
}

/** The school's ФИС ОКО form: one row per participant of all its classes, scored by the school itself. */
export async function schoolForm(s: CrossSchool): Promise<Uint8Array> {
  if (s.form) return s.form;
  const codes = codesOf(s).flatMap((c) => c.codes);
  const tasks = s.tasks ?? CROSS_TASKS;
  const rows = sampleRows(codes.length, tasks, codes[0]).map((row, i) => ({ ...row, code: codes[i] }));
  return makeScoreSheet({ tasks, rows, presizedRows: codes.length + 20 });
}

/** The variant of each participant in the generated form (sampleRows alternates 1 and 2). */
export function variantOf(s: CrossSchool, code: number): number {
  return ((code - s.firstCode) % 2) + 1;
}

export async function buildCrossArchive(s: CrossSchool): Promise<{ name: string; data: Blob; bytes: Uint8Array }> {
  const folder = crossFolder(s);
  const subject = s.subject ?? 'русский язык';
  const entries: FixtureEntry[] = [];
  for (const c of s.classes) {
    entries.push({
      path: `${folder}/${c.class} ${subject}.pdf`,
      data: makePdf({ pages: c.pages ?? c.works * PAGES_PER_WORK, text: `classroom ${c.class}`, info: { Author: pdfUtf16Hex(s.school), Title: pdfUtf16Hex(`${c.class} ${s.school}`) }, xmp: `<x:xmpmeta><dc:creator>${s.school}</dc:creator></x:xmpmeta>` }),
      nameEncoding: 'cp866',
    });
  }
  if (s.letter === 'docx') entries.push({ path: `${folder}/Сопроводительное письмо.docx`, data: await docxLetter(s), nameEncoding: 'cp866' });
  if (s.letter === 'txt') entries.push({ path: `${folder}/Сопроводительное письмо.txt`, data: txtLetter(s), nameEncoding: 'cp866' });
  if (s.letter === 'pdf') entries.push({ path: `${folder}/Сопроводительное письмо.pdf`, data: makeScanPdf({ pages: 1, widthPx: 120, heightPx: 170 }), nameEncoding: 'cp866' });
  if (s.letter === 'pdf-text') entries.push({ path: `${folder}/Сопроводительное письмо.pdf`, data: pdfLetter(s), nameEncoding: 'cp866' });
  entries.push({ path: `${folder}/Форма сбора результатов.xlsx`, data: await schoolForm(s), nameEncoding: 'cp866' });
  entries.push({ path: `${folder}/Критерии оценивания.pdf`, data: makePdf({ text: 'criteria', info: { Author: pdfUtf16Hex(s.school) } }), nameEncoding: 'cp866' });
  if (s.regionalFile) entries.push({ path: `${folder}/${s.firstCode}_вар.1.pdf`, data: makePdf({ text: 'pupil' }), nameEncoding: 'cp866' });
  const bytes = await buildZip(entries);
  return { name: `${s.school}.zip`, data: new Blob([bytes as Uint8Array<ArrayBuffer>]), bytes };
}

export function buildCrossArchives(schools: CrossSchool[] = CROSS_SCHOOLS) {
  return Promise.all(schools.map(buildCrossArchive));
}

/** The counts table for the schools whose letter cannot be read: CSV with `;`, as Excel saves it. */
export function countsCsv(schools: CrossSchool[]): Uint8Array {
  const lines = ['Школа;Класс;Работ', ...schools.flatMap((s) => s.classes.map((c) => `${s.school};${c.class};${c.works}`))];
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
