import { normaliseSubject } from './normalise';

/** Letters, spaces, hyphens, dots of abbreviations ('рус. яз.') and brackets ('иностранный язык (английский)'); never digits. */
const SUBJECT = /^\p{L}[\p{L} .()\-–—]*$/u;

/** The normalised subject, or null when the text cannot be one (empty, digits, stray symbols). */
export function subjectOrNull(text: string): string | null {
  const subject = normaliseSubject(text).replace(/^[\s.,\-–—]+|[\s,\-–—]+$/gu, '');
  return SUBJECT.test(subject) ? subject : null;
}
