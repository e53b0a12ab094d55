import { stripCopyMarks } from './copySuffix';
import { documentKindByWords } from './documentKeywords';
import { pdfStem } from './extension';
import { gradeOrNull } from './grade';
import { cyrillicLookalike } from './lookalikes';
import { normaliseName } from './normalise';
import { subjectOrNull } from './subject';

export interface ClassroomFileName {
  grade: number;
  /** Cyrillic capital ('А'); '' for a school with one unlettered class ('6 класс русский язык.pdf'). */
  letter: string;
  /** Normalised: lower case, single spaces. */
  subject: string;
  /** `<grade><letter>`, e.g. '6А' (just '6' without a letter). */
  class: string;
}

const SEPARATOR = '[\\s_\\-–—.,]';
// '6А', '6 А', '6-А', '6 _ А _', '6 «А»', optionally followed by 'класс' / 'кл.'; then a separator and the subject.
const LETTERED = new RegExp(
  `^(\\d{1,2})${SEPARATOR}*["«'“„]?(\\p{L})["»'”“]?(?:${SEPARATOR}*(?:класс|кл)\\.?)?${SEPARATOR}+(.+)$`,
  'iu',
);
// '6 класс русский язык', '6 кл. русский язык': a school with a single class in the grade.
const UNLETTERED = new RegExp(`^(\\d{1,2})${SEPARATOR}*(?:класс|кл)\\.?${SEPARATOR}+(.+)$`, 'iu');

/** The class letter in Cyrillic capitals, or null for letters no class is named by (Latin 'b', 'D'; 'Ь'). */
function classLetterOrNull(typed: string): string | null {
  const letter = (cyrillicLookalike(typed) ?? typed).toUpperCase();
  return /^[А-ЩЭЮЯЁ]$/u.test(letter) ? letter : null;
}

/** A classroom scan name: '6А русский язык.pdf' → {grade: 6, letter: 'А', subject: 'русский язык', class: '6А'}. */
export function parseClassroomFileName(fileName: string): ClassroomFileName | null {
  const stem = pdfStem(fileName);
  if (stem === null) return null;
  const text = normaliseName(stripCopyMarks(stem));

  const unlettered = UNLETTERED.exec(text);
  const lettered = unlettered ? null : LETTERED.exec(text);
  const match = unlettered ?? lettered;
  if (!match) return null;

  const grade = gradeOrNull(match[1]);
  const letter = lettered ? classLetterOrNull(lettered[2]) : '';
  const subjectText = match[match.length - 1];
  const subject = subjectOrNull(subjectText);
  // '6 класс критерии.pdf' is the criteria for the grade, not a classroom.
  if (grade === null || letter === null || subject === null || documentKindByWords(subjectText) !== null) return null;
  return { grade, letter, subject, class: `${grade}${letter}` };
}
