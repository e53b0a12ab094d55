import { normaliseSubject } from '../names';

/** Normalised subjects by their text as typed: a merge has tens of thousands of rows and a handful of subjects. */
const normalisedSubjects = new Map<string, string>();

/** A test is a subject and a grade; subjects compare as normalised text ('Русский  язык' = 'русский язык'). */
export function testKey(subject: string, grade: number): string {
  let normalised = normalisedSubjects.get(subject);
  if (normalised === undefined) {
    normalised = normaliseSubject(subject);
    if (normalisedSubjects.size < 1000) normalisedSubjects.set(subject, normalised);
  }
  return `${normalised}\u0000${grade}`;
}

/** A test as the report names it: «русский язык, 4 класс». */
export function testName(subject: string, grade: number): string {
  return `${subject}, ${grade} класс`;
}
