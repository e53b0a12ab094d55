/**
 * Where a task is in a criteria PDF: the page whose text layer names the task's number. Pure: the window reads
 * the pages' text with pdf.js (`getTextContent`) and hands the strings here.
 *
 * Criteria of ВПР write a task as «Задание 4», «4.», «4)» at the start of a line, or «4К1» for a criterion of an
 * extended answer. Ranked, best first: «Задание/№ <label>» heading a line; `<label>.` or `<label>)` heading a
 * line; the bare label heading a line; «задание <label>» anywhere (a mention, «см. задание 4»). For a criterion
 * label (`4К1`) the same again for its task number (`4`). The first page with the best rank wins.
 */

/** `4К1` → `4`; `10.2` → `10`; `7` → null (nothing shorter to try). */
function baseNumber(task: string): string | null {
  const match = /^(\d+)\D/.exec(task);
  return match ? match[1] : null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Letters that look alike in Latin and Cyrillic (К/K), spaces squeezed: text as a matcher compares it. */
export function normalizePageText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/K/g, 'К')
    .replace(/k/g, 'к')
    .replace(/[ \t]+/g, ' ');
}

function patternsFor(label: string): RegExp[] {
  const body = escape(normalizePageText(label)).replace(/\s+/g, '\\s*');
  // Not part of a longer number: «Задание 1» must not match «Задание 12».
  const end = '(?![\\dА-Яа-яA-Za-z])';
  const named = `(?:Задани[ея]|№)\\s*№?\\s*${body}${end}`;
  return [
    new RegExp(`(?:^|\\n)\\s*${named}`, 'iu'),
    new RegExp(`(?:^|\\n)\\s*${body}\\s*[.)]`, 'u'),
    new RegExp(`(?:^|\\n)\\s*${body}${end}`, 'u'),
    new RegExp(named, 'iu'),
  ];
}

/**
 * The 1-based page where `task` is found in `pages` (one string per page, lines separated by `\n`), or null.
 */
export function findTaskPage(pages: readonly string[], task: string): number | null {
  const label = task.trim();
  if (label === '') return null;
  const texts = pages.map(normalizePageText);
  const labels = [label, baseNumber(label)].filter((candidate): candidate is string => candidate !== null);
  for (const candidate of labels) {
    for (const pattern of patternsFor(candidate)) {
      const index = texts.findIndex((text) => pattern.test(text));
      if (index >= 0) return index + 1;
    }
  }
  return null;
}

/** A pdf.js text item: its string and whether a line ends after it. */
export interface TextRun {
  str: string;
  hasEOL?: boolean;
}

/** The text of one page from pdf.js's `getTextContent().items`, lines kept. */
export function pageTextOf(items: readonly (TextRun | { type: string })[]): string {
  let text = '';
  for (const item of items) {
    if (!('str' in item)) continue;
    text += item.str;
    text += item.hasEOL ? '\n' : ' ';
  }
  return text;
}
