import { countsFromText, docxText, readCoverLetter } from '../../../src/engine/cross/coverLetter';
import { normaliseClass } from '../../../src/engine/cross/classNames';
import { buildCrossArchive, CROSS_SCHOOLS } from '../../support/crossFixture';
import { readArchive } from '../../../src/engine/archive';

async function letterOf(index: number): Promise<{ name: string; bytes: Uint8Array }> {
  const archive = await buildCrossArchive(CROSS_SCHOOLS[index]);
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

  it('says a PDF letter is not read rather than guessing', async () => {
    const letter = await letterOf(4);
    expect(await readCoverLetter(letter.name, letter.bytes, 6)).toEqual({ ok: false, reason: 'pdf' });
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
