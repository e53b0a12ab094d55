import { parseWorkFileName } from '../../../src/engine/names';

describe('parseWorkFileName', () => {
  describe('reads the code and the variant of a name typed by hand', () => {
    it.each([
      ['4002_вар.1.pdf', '4002', 1],
      ['4002_вар1.pdf', '4002', 1],
      ['4002 _вар.1.PDF', '4002', 1],
      ['4002_ вар. 1.pdf', '4002', 1],
      ['4002 вар 1.pdf', '4002', 1],
      ['4002вар1.pdf', '4002', 1],
      ['4002-вар-1.pdf', '4002', 1],
      ['4002__вар_1.pdf', '4002', 1],
      ['4002_вар№1.pdf', '4002', 1],
      ['4002_вар.№ 1.pdf', '4002', 1],
      ['4002_вар.12.pdf', '4002', 12],
      ['4002_вар.01.pdf', '4002', 1],
      ['4002_вар.1..pdf', '4002', 1],
      ['4002_вар.1 .pdf', '4002', 1],
      ['  4002_вар.1.pdf  ', '4002', 1],
      ['4002\u00a0_вар.1.pdf', '4002', 1],
      ['4002_вар.1. pdf', '4002', 1],
      ['4002_вар.1.Pdf', '4002', 1],
      ['4002_вар.1.pdf.pdf', '4002', 1],
      ['4002_вариант1.pdf', '4002', 1],
      ['4002_Вариант 2.pdf', '4002', 2],
    ])('%s → code %s, variant %d', (name, code, variant) => {
      expect(parseWorkFileName(name)).toEqual({ code, variant });
    });
  });

  describe('accepts the word in any case, in Latin and with Latin look-alikes', () => {
    it.each([
      ['4002_ВАР.1.pdf'],
      ['4002_Вар.1.pdf'],
      ['4002_var.1.pdf'],
      ['4002_VAR.1.pdf'],
      ['4002_variant1.pdf'],
      ['4002_вaр.1.pdf'], // Latin a
      ['4002_вap.1.pdf'], // Latin a and p
      ['4002_ВAР.1.pdf'], // Latin A
      ['4002_BAP.1.pdf'], // all Latin look-alikes
      ['4002_Bap.1.pdf'],
      ['4002_Bар.1.pdf'], // Latin B, Cyrillic ар
    ])('%s', (name) => {
      expect(parseWorkFileName(name)).toEqual({ code: '4002', variant: 1 });
    });
  });

  describe('ignores the marks of a copy', () => {
    it.each([
      ['4002_вар.1 (1).pdf'],
      ['4002_вар.1(2).pdf'],
      ['4002_вар.1 - копия.pdf'],
      ['4002_вар.1 - Копия (2).pdf'],
      ['4002_вар.1 - Copy.pdf'],
      ['4002_вар.1 - Copy (3).pdf'],
      ['4002_вар.1 copy.pdf'],
      ['4002_вар.1 copy 2.pdf'],
      ['4002_вар.1 копия.pdf'],
      ['4002_вар.1 - копия (2) (1).pdf'],
      ['Копия 4002_вар.1.pdf'],
      ['Copy of 4002_вар.1.pdf'],
    ])('%s', (name) => {
      expect(parseWorkFileName(name)).toEqual({ code: '4002', variant: 1 });
    });
  });

  describe('keeps the code as typed: 4 to 6 digits, leading zeros kept', () => {
    it.each([
      ['4002_вар.1.pdf', '4002'],
      ['40015_var.2.pdf', '40015'],
      ['400150_вар.2.pdf', '400150'],
      ['0402_вар.2.pdf', '0402'],
      ['00402_вар.2.pdf', '00402'],
    ])('%s → %s', (name, code) => {
      expect(parseWorkFileName(name)?.code).toBe(code);
    });
  });

  describe('never guesses a code or a variant', () => {
    it.each([
      ['4002.pdf', 'no variant'],
      ['4002_1.pdf', 'a number without the word'],
      ['4002_вар.pdf', 'the word without a number'],
      ['4002_вар (1).pdf', 'a copy mark where the variant should be'],
      ['вар.1.pdf', 'no code'],
      ['_вар.1.pdf', 'no code'],
      ['4002_вар.1_2.pdf', 'two numbers'],
      ['4002_вар.1.2.pdf', 'two numbers'],
      ['4002_вар.1_скан.pdf', 'words after the variant'],
      ['Иванов 4002_вар.1.pdf', 'words before the code'],
      ['4002_вар.0.pdf', 'variant 0'],
      ['4002_вар.100.pdf', 'a three-digit variant'],
      ['400_вар.1.pdf', 'a three-digit code'],
      ['4000001_вар.1.pdf', 'a seven-digit code'],
      ['вар.1_4002.pdf', 'the variant before the code'],
      ['4002_в.1.pdf', 'an abbreviation that is not вар'],
      ['4002_dfh.1.pdf', 'вар typed in the English layout'],
    ])('%s (%s) → null', (name) => {
      expect(parseWorkFileName(name)).toBeNull();
    });
  });

  describe('reads only PDFs', () => {
    it.each([['4002_вар.1.jpg'], ['4002_вар.1.docx'], ['4002_вар.1'], ['4002_вар.1.pdf.zip'], ['']])('%s → null', (name) => {
      expect(parseWorkFileName(name)).toBeNull();
    });
  });

  it('reads the last segment when given a path', () => {
    expect(parseWorkFileName('Район/Школа, математика, 5 класс/4002_вар.3.pdf')).toEqual({ code: '4002', variant: 3 });
  });
});
