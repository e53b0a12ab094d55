import { parseClassroomFileName } from '../../../src/engine/names';

describe('parseClassroomFileName', () => {
  describe('reads grade, letter and subject of a name typed by hand', () => {
    it.each([
      ['6А русский язык.pdf', 6, 'А', 'русский язык'],
      ['6 А русский язык.pdf', 6, 'А', 'русский язык'],
      ['6а Русский язык.pdf', 6, 'А', 'русский язык'],
      ['11Б математика.pdf', 11, 'Б', 'математика'],
      ['10В история.PDF', 10, 'В', 'история'],
      ['4Г окружающий мир.pdf', 4, 'Г', 'окружающий мир'],
      ['6-А русский язык.pdf', 6, 'А', 'русский язык'],
      ['6_А_русский язык.pdf', 6, 'А', 'русский язык'],
      ['6 _ А _ русский язык.pdf', 6, 'А', 'русский язык'],
      ['6А_русский_язык.pdf', 6, 'А', 'русский язык'],
      ['6А-русский язык.pdf', 6, 'А', 'русский язык'],
      ['6А, русский язык.pdf', 6, 'А', 'русский язык'],
      ['6А  Русский   язык .pdf', 6, 'А', 'русский язык'],
      ['6А русский язык. pdf', 6, 'А', 'русский язык'],
      ['6 «Б» математика.pdf', 6, 'Б', 'математика'],
      ['6"Б" математика.pdf', 6, 'Б', 'математика'],
      ['6А класс русский язык.pdf', 6, 'А', 'русский язык'],
      ['6 «Б» класс, математика.pdf', 6, 'Б', 'математика'],
      ['6Б кл. математика.pdf', 6, 'Б', 'математика'],
      ['6К класс математика.pdf', 6, 'К', 'математика'],
      ['7А иностранный язык (английский).pdf', 7, 'А', 'иностранный язык (английский)'],
      ['8А рус. яз.pdf', 8, 'А', 'рус. яз'],
      ['5А социально-гуманитарный.pdf', 5, 'А', 'социально-гуманитарный'],
      ['6А русский язык (1).pdf', 6, 'А', 'русский язык'],
      ['6А русский язык - копия.pdf', 6, 'А', 'русский язык'],
    ])('%s → %d%s %s', (name, grade, letter, subject) => {
      expect(parseClassroomFileName(name)).toEqual({ grade, letter, subject, class: `${grade}${letter}` });
    });
  });

  describe('turns a Latin look-alike letter into the Cyrillic one', () => {
    it.each([
      ['6A русский язык.pdf', 'А'],
      ['6a русский язык.pdf', 'А'],
      ['6B русский язык.pdf', 'В'],
      ['6C русский язык.pdf', 'С'],
      ['6c русский язык.pdf', 'С'],
      ['6E русский язык.pdf', 'Е'],
      ['6K русский язык.pdf', 'К'],
      ['6M русский язык.pdf', 'М'],
      ['6H русский язык.pdf', 'Н'],
    ])('%s → %s', (name, letter) => {
      expect(parseClassroomFileName(name)).toMatchObject({ letter, class: `6${letter}` });
    });
  });

  it('reads a single unlettered class of a small school', () => {
    expect(parseClassroomFileName('6 класс русский язык.pdf')).toEqual({ grade: 6, letter: '', subject: 'русский язык', class: '6' });
    expect(parseClassroomFileName('6 кл. математика.pdf')).toEqual({ grade: 6, letter: '', subject: 'математика', class: '6' });
  });

  it('keeps the subject in lower case with single spaces', () => {
    expect(parseClassroomFileName('5А ОКРУЖАЮЩИЙ  МИР.pdf')?.subject).toBe('окружающий мир');
  });

  describe('returns null where the meaning is not clear', () => {
    it.each([
      ['6b русский язык.pdf', 'a Latin letter that looks like no Cyrillic one'],
      ['6D русский язык.pdf', 'a Latin letter that looks like no Cyrillic one'],
      ['6Ь русский язык.pdf', 'a letter no class is named by'],
      ['6 русский язык.pdf', 'no letter and no "класс"'],
      ['6Арусский язык.pdf', 'the letter glued to the subject'],
      ['6АБ русский язык.pdf', 'two letters'],
      ['12А математика.pdf', 'grade 12'],
      ['0А математика.pdf', 'grade 0'],
      ['6А.pdf', 'no subject'],
      ['6А 2026.pdf', 'a number for a subject'],
      ['6А русский язык 2026.pdf', 'digits in the subject'],
      ['А6 русский язык.pdf', 'the letter before the grade'],
      ['русский язык 6А.pdf', 'the subject first'],
      ['6 класс критерии.pdf', 'a document of the grade'],
      ['6А ответы.pdf', 'a document of the class'],
      ['4002_вар.1.pdf', 'a pupil\'s work'],
      ['6А русский язык.docx', 'not a PDF'],
      ['6А русский язык', 'no extension'],
    ])('%s (%s) → null', (name) => {
      expect(parseClassroomFileName(name)).toBeNull();
    });
  });
});
