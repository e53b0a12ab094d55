/** Spreadsheet column names, 1-based: 1 → `A`, 26 → `Z`, 27 → `AA`, 16384 → `XFD`. */
export function columnLetters(number: number): string {
  let letters = '';
  for (let rest = number; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** `A` → 1, `J` → 10, `AA` → 27 (any case). */
export function columnNumber(letters: string): number {
  let number = 0;
  for (const char of letters.toUpperCase()) number = number * 26 + (char.charCodeAt(0) - 64);
  return number;
}
