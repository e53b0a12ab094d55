import type { DocumentKind } from '../bank/types';
import { stripCopyMarks } from './copySuffix';
import { documentKindByWords } from './documentKeywords';
import { baseName, splitExtension } from './extension';
import { parseWorkFileName } from './workFileName';

export type { DocumentKind };

export type FileRole =
  /** A PDF that is not a recognised document: the caller tries it as a work (or a classroom scan). */
  | { role: 'pdf' }
  | { role: 'document'; kind: DocumentKind }
  /** .xls: the school should save it again as .xlsx. */
  | { role: 'old-excel' }
  | { role: 'archive' }
  /** Anything else (a JPEG scan, .rar, .7z, an unnamed .txt…): an unknown file. */
  | { role: 'other' };

const OFFICE_DOCUMENTS = new Set(['doc', 'docx', 'odt', 'rtf']);

/** What a file in a school's folder is, by its name alone. */
export function classifyFile(fileName: string): FileRole {
  const name = baseName(fileName).trim();
  const { stem, extension } = splitExtension(name);
  // '~$протокол.xlsx' is Excel's lock file, left behind when the form was open while zipping.
  if (name.startsWith('~$')) return { role: 'other' };

  if (extension === 'xlsx' || extension === 'xlsm') return { role: 'document', kind: 'score-sheet' };
  if (extension === 'xls') return { role: 'old-excel' };
  if (extension === 'zip') return { role: 'archive' };

  const kind = documentKindByWords(stripCopyMarks(stem));
  if (extension === 'pdf') {
    // A work's name says 'вар' (even 'вариант'): it is a work, never the test variant.
    if (kind === null || parseWorkFileName(name) !== null) return { role: 'pdf' };
    return { role: 'document', kind };
  }
  if (OFFICE_DOCUMENTS.has(extension)) return { role: 'document', kind: kind ?? 'document' };
  if (extension === 'txt' && kind !== null) return { role: 'document', kind };
  return { role: 'other' };
}
