import { normaliseSubject } from '../names';

/**
 * Subjects as typed in one cell: separated by `,`, `;` or line breaks, except inside brackets
 * ('иностранный язык (английский, немецкий)' stays one subject). Normalised, empty and repeated ones dropped.
 */
export function parseSubjects(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === ',' || char === ';' || char === '\n' || char === '\r')) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  const subjects = parts.map((part) => normaliseSubject(part).replace(/^[\s.\-–—]+|[\s.\-–—]+$/gu, '')).filter((part) => part !== '');
  return [...new Set(subjects)];
}

const MIN_GRADE = 1;
const MAX_GRADE = 11;

/**
 * Grades as typed: '4-6', '4–6', '5, 7', '5;7', '5 и 7', '5-9 классы', '7 кл.'; empty or 'все' means any grade
 * (null). Undefined when the text cannot be read as grades 1–11.
 */
export function parseGrades(text: string): number[] | null | undefined {
  const cleaned = text
    .toLowerCase()
    .replace(/класс\p{L}*|кл\.?/gu, ' ')
    .replace(/\s*[-‐‑‒–—―−]\s*/gu, '-')
    .trim();
  if (cleaned === '' || /^(?:все|любые|любой|без ограничений)$/u.test(cleaned)) return null;
  const grades = new Set<number>();
  for (const token of cleaned.split(/(?:\s*[,;/]\s*|\s+и\s+|\s+)/u)) {
    if (token === '') continue;
    const match = /^(\d{1,2})(?:-(\d{1,2}))?$/u.exec(token);
    if (!match) return undefined;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    const [low, high] = first <= last ? [first, last] : [last, first];
    if (low < MIN_GRADE || high > MAX_GRADE) return undefined;
    for (let grade = low; grade <= high; grade += 1) grades.add(grade);
  }
  return grades.size === 0 ? undefined : [...grades].sort((a, b) => a - b);
}

/** Capacity: a whole number of works ≥ 0 ('20', '20.0', '20 работ'); empty is no limit (null); undefined when unreadable. */
export function parseCapacity(text: string): number | null | undefined {
  const cleaned = text.trim().replace(/\s*работ\p{L}*$/u, '');
  if (cleaned === '') return null;
  const match = /^(\d+)(?:[.,]0+)?$/u.exec(cleaned);
  return match ? Number(match[1]) : undefined;
}
