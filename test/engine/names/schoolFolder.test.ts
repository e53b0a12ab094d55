import { parseSchoolFolder } from '../../../src/engine/names';

describe('parseSchoolFolder', () => {
  it('reads a folder of the regional re-check: school, subject, grade separated by commas', () => {
    expect(parseSchoolFolder('МБОУ Витимская СОШ, русский язык, 6 класс')).toEqual({
      school: 'МБОУ Витимская СОШ',
      subject: 'русский язык',
      grade: 6,
      layout: 'work',
    });
  });

  it('reads a folder of the cross-check: school, subject, grade separated by underscores', () => {
    expect(parseSchoolFolder('МБОУ СОШ №131_ русский язык_6 класс')).toEqual({
      school: 'МБОУ СОШ №131',
      subject: 'русский язык',
      grade: 6,
      layout: 'classroom',
    });
  });

  describe('accepts the ways "класс" is typed', () => {
    it.each([
      ['Школа, математика, 5 класс', 5],
      ['Школа, математика, 5 Класс', 5],
      ['Школа, математика, 5 КЛАСС', 5],
      ['Школа, математика, 5 кл', 5],
      ['Школа, математика, 5 кл.', 5],
      ['Школа, математика, 5кл', 5],
      ['Школа, математика, 5класс', 5],
      ['Школа, математика, 5-й класс', 5],
      ['Школа, математика, 5 классы', 5],
      ['Школа, математика, 5-е классы', 5],
      ['Школа, математика, 5А класс', 5],
      ['Школа, математика, класс 5', 5],
      ['Школа, математика, кл. 5', 5],
      ['Школа, математика, 5 клaсс', 5], // Latin a
      ['Школа, математика, 1 класс', 1],
      ['Школа, математика, 10 класс', 10],
      ['Школа, математика, 11 класс', 11],
      ['Школа, математика, 05 класс', 5],
    ])('%s → grade %d', (name, grade) => {
      expect(parseSchoolFolder(name)).toMatchObject({ school: 'Школа', subject: 'математика', grade, layout: 'work' });
    });
  });

  describe('is liberal about spaces and separators', () => {
    it.each([
      ['МБОУ Витимская СОШ,русский язык,6 класс', 'work'],
      ['МБОУ Витимская СОШ , русский язык , 6 класс', 'work'],
      ['  МБОУ  Витимская СОШ,  Русский  язык, 6 класс  ', 'work'],
      ['МБОУ Витимская СОШ, русский язык 6 класс', 'work'],
      ['МБОУ Витимская СОШ, русский язык, 6 класс,', 'work'],
      ['МБОУ Витимская СОШ, русский язык, 6 класс.', 'work'],
      ['МБОУ Витимская СОШ_русский язык_6 класс', 'classroom'],
      ['МБОУ Витимская СОШ _ русский язык _ 6 класс', 'classroom'],
      ['МБОУ Витимская СОШ_русский язык 6 класс', 'classroom'],
      ['МБОУ Витимская СОШ__русский язык__6 класс', 'classroom'],
      ['МБОУ Витимская СОШ, русский язык, 6 класс (1)', 'work'],
      ['МБОУ Витимская СОШ, русский язык, 6 класс - копия', 'work'],
      ['МБОУ\u00a0Витимская СОШ, русский язык, 6 класс', 'work'],
    ])('%s', (name, layout) => {
      expect(parseSchoolFolder(name)).toEqual({ school: 'МБОУ Витимская СОШ', subject: 'русский язык', grade: 6, layout });
    });
  });

  describe('lets the school name hold commas and underscores: subject and grade are the last two parts', () => {
    it.each([
      ['МБОУ "СОШ №1", г. Ангарск, математика, 5 класс', 'МБОУ "СОШ №1", г. Ангарск', 'work'],
      ['МБОУ «СОШ № 5», г. Усолье-Сибирское, история, 7 класс', 'МБОУ «СОШ № 5», г. Усолье-Сибирское', 'work'],
      ['МБОУ_СОШ_5, история, 7 класс', 'МБОУ_СОШ_5', 'work'],
      ['МБОУ_СОШ_5_история_7 класс', 'МБОУ_СОШ_5', 'classroom'],
      ['МБОУ СОШ №5, г. Уссурийск_история_7 класс', 'МБОУ СОШ №5, г. Уссурийск', 'classroom'],
    ])('%s → %s', (name, school, layout) => {
      expect(parseSchoolFolder(name)).toMatchObject({ school, layout });
    });
  });

  it('takes the layout from the separator between school and subject when the two are mixed', () => {
    expect(parseSchoolFolder('Школа, математика_5 класс')).toMatchObject({ school: 'Школа', layout: 'work' });
    expect(parseSchoolFolder('Школа_математика, 5 класс')).toMatchObject({ school: 'Школа', layout: 'classroom' });
  });

  describe('reads subjects with spaces, hyphens and brackets', () => {
    it.each([
      ['Школа, окружающий мир, 4 класс', 'окружающий мир'],
      ['Школа, Английский язык, 7 класс', 'английский язык'],
      ['Школа, иностранный язык (немецкий), 7 класс', 'иностранный язык (немецкий)'],
      ['Школа, социально-гуманитарный предмет, 8 класс', 'социально-гуманитарный предмет'],
      ['Школа, РУССКИЙ ЯЗЫК, 8 класс', 'русский язык'],
      ['Школа, рус. яз., 8 класс', 'рус. яз.'],
    ])('%s → %s', (name, subject) => {
      expect(parseSchoolFolder(name)?.subject).toBe(subject);
    });
  });

  it('keeps the case and punctuation of the school, folding Latin look-alikes inside Cyrillic words', () => {
    expect(parseSchoolFolder('МБОУ CОШ №131 им. А.С. Пушкина, математика, 5 класс')?.school).toBe('МБОУ СОШ №131 им. А.С. Пушкина');
  });

  describe('returns null for folders that do not name a school, subject and grade', () => {
    it.each([
      ['Боханский район', 'a municipality'],
      ['сканы', 'a sub-folder'],
      ['__MACOSX', 'a system folder'],
      ['6 класс', 'a grade alone'],
      ['русский язык, 6 класс', 'no school'],
      ['МБОУ Витимская СОШ русский язык 6 класс', 'no separator before the subject'],
      ['МБОУ Витимская СОШ, русский язык', 'no grade'],
      ['МБОУ Витимская СОШ, русский язык, 6', 'a grade without "класс"'],
      ['МБОУ Витимская СОШ, русский язык, 12 класс', 'grade 12'],
      ['МБОУ Витимская СОШ, русский язык, 0 класс', 'grade 0'],
      ['МБОУ Витимская СОШ, русский язык, 106 класс', 'a three-digit grade'],
      ['МБОУ Витимская СОШ, 6 класс', 'no subject'],
      ['МБОУ СОШ, №1, 6 класс', 'a number for a subject'],
      [', русский язык, 6 класс', 'an empty school'],
      ['МБОУ Витимская СОШ, , 6 класс', 'an empty subject'],
      ['МБОУ Витимская СОШ, русский язык, 6 класс, сканы', 'words after the grade'],
      ['', 'an empty name'],
    ])('%s (%s)', (name) => {
      expect(parseSchoolFolder(name)).toBeNull();
    });
  });
});
