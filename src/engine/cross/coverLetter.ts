/**
 * The number of works per classroom from a school's cover letter («сопроводительное письмо»: school, class,
 * subject, number of scans). Read from `.txt`, `.docx` and a PDF with a text layer (through the face's pdf.js, a
 * `PdfTextReader`); a scanned PDF letter has no text to read, and says so.
 *
 * A letter is free text or a table: each line (a table row becomes one line, cells separated by tabs) that names
 * a class of the folder's grade gives that class the first whole number after the class's mention, skipping
 * the subject and the grade words («6А, русский язык, 25 скан-копий», «6 «Б» класс — 24»).
 */
import { readArchive } from '../archive';
import type { PdfTextReader } from '../pdf';
import { decodeText } from '../assignment/delimitedText';
import { classesInLine } from './classNames';
import { decodeXml } from './xlsxParts';

export type LetterReading =
  | { ok: true; counts: Map<string, number> }
  | { ok: false; reason: 'pdf' | 'pdf-no-text' | 'unreadable' | 'no-counts' | 'other-format' };

/** The text of a `.docx`: paragraphs and table rows as lines, cells as tabs (word/document.xml, no library needed). */
export async function docxText(bytes: Uint8Array): Promise<string | null> {
  try {
    for await (const item of readArchive({ name: 'letter.docx', data: new Blob([bytes.slice()]) }, { maxDepth: 0 })) {
      if (item.type === 'file' && item.file.path === 'word/document.xml') return documentXmlText(new TextDecoder().decode(await item.file.read()));
    }
  } catch {
    return null;
  }
  return null;
}

export function documentXmlText(xml: string): string {
  const TOKEN = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:tc[\s>]|<\/w:tc>|<\/w:p>|<\/w:tr>/g;
  let cells = 0;
  let text = '';
  for (const match of xml.matchAll(TOKEN)) {
    const token = match[0];
    if (match[1] !== undefined) text += decodeXml(match[1]);
    else if (token === '<w:tab/>') text += '\t';
    else if (token === '<w:br/>') text += '\n';
    else if (token.startsWith('<w:tc')) cells += 1;
    else if (token === '</w:tc>') {
      cells -= 1;
      text += '\t';
    } else if (token === '</w:p>') text += cells > 0 ? ' ' : '\n';
    else text += '\n';
  }
  // A cell's last paragraph leaves a space before the cell's tab.
  return text.replace(/ +(?=[\t\n])/g, '');
}

/** Counts by class (`6А` → 25) from a letter's text, for the classes of `grade`. */
export function countsFromText(text: string, grade: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split(/\r?\n/)) {
    const text = line.normalize('NFC');
    const mentions = classesInLine(text).filter((mention) => mention.grade === grade);
    for (const [index, mention] of mentions.entries()) {
      const rest = text.slice(mention.end, mentions[index + 1]?.start);
      // «6А класс, русский язык, 6 класс — 25»: a number followed by «класс» is a grade, not a count.
      const number = [...rest.matchAll(/(?<!\d)(\d{1,3})(?!\d)(?!\s*(?:класс|кл\.))/gu)].map((m) => Number(m[1])).find((n) => n > 0);
      if (number !== undefined && !counts.has(mention.class)) counts.set(mention.class, number);
    }
  }
  return counts;
}

/**
 * Reads a cover letter of a school folder of `grade`. A PDF letter needs `pdfText` (without it: reason `pdf`);
 * one without a text layer (a scan) is `pdf-no-text`.
 */
export async function readCoverLetter(fileName: string, bytes: Uint8Array, grade: number, pdfText?: PdfTextReader): Promise<LetterReading> {
  const extension = fileName.toLowerCase().slice(fileName.lastIndexOf('.') + 1);
  let text: string | null;
  if (extension === 'txt') text = decodeText(bytes);
  else if (extension === 'docx') text = await docxText(bytes);
  else if (extension === 'pdf') {
    if (!pdfText) return { ok: false, reason: 'pdf' };
    text = await pdfText(bytes);
    if (text === null || !/\p{L}|\d/u.test(text)) return { ok: false, reason: 'pdf-no-text' };
  }
  else return { ok: false, reason: 'other-format' };
  if (text === null) return { ok: false, reason: 'unreadable' };
  const counts = countsFromText(text, grade);
  return counts.size > 0 ? { ok: true, counts } : { ok: false, reason: 'no-counts' };
}
