import { normaliseSubject } from '../names';

/** A test is a subject and a grade; subjects compare as normalised text ('Русский  язык' = 'русский язык'). */
export function testKey(subject: string, grade: number): string {
  return `${normaliseSubject(subject)}\u0000${grade}`;
}

/** A test as problems name it: «русский язык, 4 класс». */
export function testName(subject: string, grade: number): string {
  return `${subject}, ${grade} класс`;
}
