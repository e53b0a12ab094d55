import { countsFromText, docxText, readCoverLetter } from '../../../src/engine/cross/coverLetter';
import { normaliseClass } from '../../../src/engine/cross/classNames';
import { buildCrossArchive, CROSS_SCHOOLS } from '../../support/crossFixture';
import { readArchive } from '../../../src/engine/archive';
import { linesOfTextItems } from '../../../src/engine/pdf/textLines';
import { startPdfJs, type PdfJsInNode } from '../../support/pdfjsInNode';
import { makeTextPdf } from '../../support/textPdf';

let pdfjs: PdfJsInNode;
beforeAll(() => {
  pdfjs = startPdfJs();
});
afterAll(() => pdfjs.close());

async function letterOf(index: number | (typeof CROSS_SCHOOLS)[number]): Promise<{ name: string; bytes: Uint8Array }> {
  const archive = await buildCrossArchive(typeof index === 'number' ? CROSS_SCHOOLS[index] : index);
  for await (const item of readArchive({ name: archive.name, data: archive.data })) {
    if (item.type === 'file' && /Сопроводительное/.test(item.file.path)) return { name: item.file.path, bytes: await item.file.read() };
  }
  throw new Error('no letter');
}

describe('the cover letter', () => {
  it('gives the works of each class of a .docx letter written as a table', async () => {
    const letter = await letterOf(0);
    const reading = await readCoverLetter(letter.name, letter.bytes, 6);
    expect(reading).toEqual({ ok: true, counts: new Map([['6А', 3], ['6Б', 2]]) });
  });

  it('reads a .docx table row as one line, cells apart', async () => {
    const letter = await letterOf(0);
    const text = await docxText(letter.bytes);
    expect(text).toContain('6А\tрусский язык\t3\t');
  });

  it('gives the works of each class of a .txt letter (CP866 file name, «6 «А»» written out)', async () => {
    const letter = await letterOf(1);
    expect(letter.name).toMatch(/Сопроводительное письмо\.txt$/);
    expect(await readCoverLetter(letter.name, letter.bytes, 6)).toEqual({ ok: true, counts: new Map([['6А', 4]]) });
  });

  it('says a PDF letter is not read when no PDF text reader is given, rather than guessing', async () => {
    const letter = await letterOf(4);
    expect(await readCoverLetter(letter.name, letter.bytes, 6)).toEqual({ ok: false, reason: 'pdf' });
  });

  it('gives the works of each class of a PDF letter with a text layer, read by the CLI\'s pdf.js (a table, Cyrillic)', async () => {
    const letter = await letterOf({ ...CROSS_SCHOOLS[0], classes: [{ class: '6А', works: 27 }, { class: '6Б', works: 24 }], letter: 'pdf-text' });
    expect(letter.name).toMatch(/Сопроводительное письмо\.pdf$/);
    const text = await pdfjs.text(letter.bytes);
    expect(text).toContain('6А русский язык 27');
    expect(await readCoverLetter(letter.name, letter.bytes, 6, pdfjs.text)).toEqual({ ok: true, counts: new Map([['6А', 27], ['6Б', 24]]) });
  });

  it('says a scanned PDF letter has no text, apart from a letter not read at all', async () => {
    const letter = await letterOf(4);
    expect(await pdfjs.text(letter.bytes)).toBeNull();
    expect(await readCoverLetter(letter.name, letter.bytes, 6, pdfjs.text)).toEqual({ ok: false, reason: 'pdf-no-text' });
  });

  it('says a PDF letter whose text names no class with a number has no counts', async () => {
    const bytes = makeTextPdf(['Сопроводительное письмо', 'Направляем скан-копии работ (см. приложение).']);
    expect(await pdfjs.text(bytes)).toBe('Сопроводительное письмо\nНаправляем скан-копии работ (см. приложение).');
    expect(await readCoverLetter('письмо.pdf', bytes, 6, pdfjs.text)).toEqual({ ok: false, reason: 'no-counts' });
  });

  it('joins a page\'s text items into lines by baseline, with a space only where items stand apart', () => {
    const item = (str: string, x: number, y: number, width: number) => ({ str, transform: [11, 0, 0, 11, x, y], width, height: 11 });
    const items = [
      item('6', 72, 700, 6), item('А', 78, 700, 7), { type: 'beginMarkedContent' }, item('русский язык', 222, 700, 70), item('25', 372, 700, 12),
      item('', 384, 700, 0), item('6Б', 72, 684, 13), item(' — 24', 85, 684, 30),
    ];
    expect(linesOfTextItems(items)).toBe('6А русский язык 25\n6Б — 24');
  });

  it('takes the number after the class, not the grade, a school number or another class', () => {
    const text = [
      'МБОУ СОШ №131, 6 класс, русский язык',
      '6А класс, русский язык, 6 класс — 25 работ',
      '6-б: 24; 6 «В» — 23',
      '7А — 30',
    ].join('\n');
    expect(countsFromText(text, 6)).toEqual(new Map([['6А', 25], ['6Б', 24], ['6В', 23]]));
  });

  it('says there are no counts when no class carries a number', async () => {
    expect(await readCoverLetter('письмо.txt', new TextEncoder().encode('Направляем скан-копии работ.'), 6)).toEqual({ ok: false, reason: 'no-counts' });
  });

  it('normalises the ways a class is typed', () => {
    expect(['6а', '6 А', '6-а', '6 «А»', '06А'].map(normaliseClass)).toEqual(['6А', '6А', '6А', '6А', '6А']);
    expect(normaliseClass('6 класс')).toBeNull();
  });
});
