/**
 * A one-page PDF whose text layer says `rows` (Cyrillic included), as a word processor's «Save as PDF» would: a
 * simple Helvetica font whose codes 0x80… stand for the non-Latin characters used, told to readers by a /ToUnicode
 * CMap; each row on its own baseline, its cells placed apart on the line (a table row).
 */
import { makeRawPdf } from './pdfFactory';

const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');

export function makeTextPdf(rows: readonly (string | readonly string[])[]): Uint8Array<ArrayBuffer> {
  const codes = new Map<string, number>();
  const encode = (text: string): number[] =>
    Array.from(text, (ch) => {
      if (ch >= ' ' && ch <= '~') return ch.charCodeAt(0);
      if (!codes.has(ch)) codes.set(ch, 0x80 + codes.size);
      const code = codes.get(ch)!;
      if (code > 0xff) throw new Error('makeTextPdf: more than 128 non-Latin characters');
      return code;
    });
  const literal = (text: string) => `(${encode(text).map((code) => (code === 0x28 || code === 0x29 || code === 0x5c ? `\\${String.fromCharCode(code)}` : String.fromCharCode(code))).join('')})`;

  let content = 'BT /F1 11 Tf\n';
  rows.forEach((row, index) => {
    const cells = typeof row === 'string' ? [row] : row;
    cells.forEach((cell, column) => {
      content += `1 0 0 1 ${72 + column * 150} ${780 - index * 16} Tm ${literal(cell)} Tj\n`;
    });
  });
  content += 'ET\n';

  const chars = [...codes.entries()];
  const blocks: string[] = [];
  for (let i = 0; i < chars.length; i += 100) {
    const block = chars.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.map(([ch, code]) => `<${hex(code, 2)}> <${hex(ch.codePointAt(0)!, 4)}>`).join('\n')}\nendbfchar`);
  }
  const cmap = [
    '/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def', '/CMapName /Recheck-UCS def', '/CMapType 2 def',
    '1 begincodespacerange', '<00> <FF>', 'endcodespacerange',
    '1 beginbfrange', '<20> <7E> <0020>', 'endbfrange',
    ...blocks,
    'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end',
  ].join('\n');

  return makeRawPdf([
    { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { num: 3, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>' },
    { num: 4, body: '<< >>', stream: Uint8Array.from(content, (ch) => ch.charCodeAt(0)) },
    { num: 5, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>' },
    { num: 6, body: '<< >>', stream: cmap },
  ]);
}
