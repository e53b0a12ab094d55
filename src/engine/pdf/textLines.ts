/**
 * A page's text items, as pdf.js's `getTextContent()` gives them, as lines of text: a line break where the
 * baseline moves, a space where there is a gap between two items of one line. Shared by the faces' `PdfTextReader`s.
 */

/** The fields of a pdf.js text item used here; a marked-content marker has only `type` (and `id`) and is skipped. */
export interface PdfTextItem {
  type?: string;
  str?: string;
  /** [a, b, c, d, x, y]: x and y are where the item starts. */
  transform?: number[];
  width?: number;
  height?: number;
}

export function linesOfTextItems(items: readonly PdfTextItem[]): string {
  let text = '';
  let previous: { y: number; end: number; height: number } | undefined;
  for (const item of items) {
    if (typeof item.str !== 'string' || !item.transform || item.str === '') continue;
    const [, , , , x, y] = item.transform;
    const height = item.height || Math.abs(item.transform[3]) || 1;
    if (previous && Math.abs(y - previous.y) > Math.min(height, previous.height) / 2) text += '\n';
    else if (previous && x - previous.end > height * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    previous = { y, end: x + (item.width ?? 0), height };
  }
  return text;
}
