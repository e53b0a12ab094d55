import { stripCopyMarks } from './copySuffix';
import { gradeOrNull } from './grade';
import { normaliseName, normaliseSchool } from './normalise';
import { subjectOrNull } from './subject';

/** `work`: one PDF per pupil (regional re-check); `classroom`: one PDF per classroom (municipal cross-check). */
export type Layout = 'work' | 'classroom';

export interface SchoolFolder {
  /** Normalised with normaliseSchool. */
  school: string;
  /** Normalised with normaliseSubject. */
  subject: string;
  grade: number;
  layout: Layout;
}

// The grade closes the name: '6 класс', '6 кл.', '6кл', '6-й класс', '6 классы', '6А класс', 'класс 6'.
const GRADE_LAST = /(?:(?<!\d)(\d{1,2})\s*-?\s*(?:\p{L}{1,2}\s*)??(?:класс(?:а|ы|ов)?|кл)\.?|(?<!\p{L})(?:класс|кл)\.?\s*(\d{1,2}))$/iu;

/**
 * A school's folder: '<school>, <subject>, <grade> класс' (layout 'work') or '<school>_<subject>_<grade> класс'
 * (layout 'classroom'). The school may itself hold commas or underscores: the grade is found at the end, the
 * subject after the last comma or underscore before it, and that separator tells the layout. The separator
 * between subject and grade may be missing ('…, русский язык 6 класс'). Null for anything else.
 */
export function parseSchoolFolder(name: string): SchoolFolder | null {
  const text = normaliseName(stripCopyMarks(name)).replace(/[\s,_]+$/u, '');
  const gradeMatch = GRADE_LAST.exec(text);
  if (!gradeMatch) return null;
  const grade = gradeOrNull(gradeMatch[1] ?? gradeMatch[2]);
  if (grade === null) return null;

  const rest = text.slice(0, gradeMatch.index).replace(/[\s,_]+$/u, '');
  const separator = Math.max(rest.lastIndexOf(','), rest.lastIndexOf('_'));
  if (separator < 0) return null;
  const school = normaliseSchool(rest.slice(0, separator).replace(/[\s,_]+$/u, ''));
  const subject = subjectOrNull(rest.slice(separator + 1));
  if (school === '' || subject === null) return null;
  return { school, subject, grade, layout: rest[separator] === ',' ? 'work' : 'classroom' };
}

/**
 * The folder name `parseSchoolFolder` reads: '<school>, <subject>, <grade> класс' (layout 'work', the default)
 * or '<school>_<subject>_<grade> класс' ('classroom'). The one writer of it: messages, keys and the file names
 * of score sheets added by hand all name a school this way.
 */
export function schoolFolderName(folder: Pick<SchoolFolder, 'school' | 'subject' | 'grade'> & { layout?: Layout }): string {
  const separator = folder.layout === 'classroom' ? '_' : ', ';
  return `${folder.school}${separator}${folder.subject}${separator}${folder.grade} класс`;
}

/** A score sheet added by hand is named like its school folder: '<school>, <subject>, <grade> класс.xlsx'. */
export function schoolSheetFileName(folder: Pick<SchoolFolder, 'school' | 'subject' | 'grade'>): string {
  return `${schoolFolderName(folder)}.xlsx`;
}

/** The school of a score sheet added by hand, from its file name (any folder before it ignored); null if none. */
export function parseSchoolSheetFileName(path: string): SchoolFolder | null {
  const fileName = path.slice(path.lastIndexOf('/') + 1).replace(/\.(xlsx|xlsm)$/i, '');
  return parseSchoolFolder(fileName);
}
