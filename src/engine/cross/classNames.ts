/**
 * Classes as cover letters, counts tables and file names write them: `6А`, `6 А`, `6-а`, `6 «А»` → `6А`.
 * One rule for every reader of the cross-check, so a class found in a letter meets the class of a file name.
 */

// Word edges for Cyrillic: JavaScript's \b knows only ASCII letters.
const CLASS_IN_TEXT = /(?<![\p{L}\p{N}№])(\d{1,2})\s*[-–—]?\s*[«"„']?([А-ЯЁа-яё])[»"“']?(?!\p{L})/gu;

/** `6а` → `6А`; null when the text is not a class. */
export function normaliseClass(text: string): string | null {
  const match = /^\s*(\d{1,2})\s*[-–—]?\s*[«"„']?([А-ЯЁа-яё])[»"“']?\s*$/u.exec(text.normalize('NFC'));
  return match ? `${Number(match[1])}${match[2].toUpperCase()}` : null;
}

/** Every class mentioned in a line, with where its mention ends (the count follows it). */
export function classesInLine(line: string): { class: string; grade: number; start: number; end: number }[] {
  return [...line.normalize('NFC').matchAll(CLASS_IN_TEXT)].map((match) => ({
    class: `${Number(match[1])}${match[2].toUpperCase()}`,
    grade: Number(match[1]),
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}
