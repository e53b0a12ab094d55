import { classifyFile } from '../../../src/engine/names';

describe('classifyFile', () => {
  describe('leaves works and other unrecognised PDFs to the caller', () => {
    it.each([
      ['4002_вар.1.pdf'],
      ['4002_вар.1.PDF'],
      ['4002_вариант1.pdf'], // says "вариант", but it is a work
      ['4002_ВАРИАНТ 2.pdf'],
      ['40015_var.2.pdf'],
      ['4002_вар.1 (1).pdf'],
      ['6А русский язык.pdf'],
      ['4002.pdf'],
      ['вар.1.pdf'], // a work without a code, not a test variant: the caller reports bad-name
      ['4002_вар.pdf'],
      ['Скан.pdf'],
      ['ВПР 6 класс.pdf'],
      ['Ответы учащихся 6А.pdf'], // the pupils' answers are works, not the answer keys
      ['Бланки ответов.pdf'],
    ])('%s → pdf', (name) => {
      expect(classifyFile(name)).toEqual({ role: 'pdf' });
    });
  });

  describe('recognises score sheets by extension, whatever the name', () => {
    it.each([['Протокол.xlsx'], ['форма сбора результатов.XLSX'], ['6 класс.xlsm'], ['Book1.xlsx']])('%s', (name) => {
      expect(classifyFile(name)).toEqual({ role: 'document', kind: 'score-sheet' });
    });
  });

  describe('recognises test variants (КИМ)', () => {
    it.each([
      ['Вариант 1.pdf'],
      ['Варианты.pdf'],
      ['ВПР русский язык 6 класс вариант 2.pdf'],
      ['КИМ.pdf'],
      ['КИМ_вар1.pdf'],
      ['Ким 6 класс.pdf'],
      ['Задания.pdf'],
      ['задание вар.1.pdf'],
      ['Текст работы.pdf'],
      ['текст ВПР.pdf'],
      ['Демоверсия.pdf'],
      ['Вариант 1.docx'],
      ['Вариант 1 (1).pdf'],
    ])('%s', (name) => {
      expect(classifyFile(name)).toEqual({ role: 'document', kind: 'variant' });
    });
  });

  describe('recognises scoring criteria', () => {
    it.each([
      ['Критерии.pdf'],
      ['критерии оценивания.pdf'],
      ['Критерии оценивания заданий.pdf'], // "задани" too: criteria win
      ['Система оценивания.pdf'],
      ['Система оценивания проверочной работы.docx'],
      ['Ключи.pdf'],
      ['Ответы.pdf'],
      ['Задания и ответы.pdf'],
      ['ответы_вар1.pdf'],
      ['Критерии.odt'],
      ['Kритерии.pdf'], // Latin K
    ])('%s', (name) => {
      expect(classifyFile(name)).toEqual({ role: 'document', kind: 'criteria' });
    });
  });

  describe('recognises cover letters in any document format', () => {
    it.each([
      ['Сопроводительное письмо.docx'],
      ['сопроводительное.doc'],
      ['Письмо.pdf'],
      ['письмо в УО.odt'],
      ['Сопроводительное письмо.txt'],
      ['Сопровод.rtf'],
      ['Covering letter.pdf'],
      ['cover letter.docx'],
    ])('%s', (name) => {
      expect(classifyFile(name)).toEqual({ role: 'document', kind: 'cover-letter' });
    });
  });

  describe('takes other office documents as documents', () => {
    it.each([['Приказ.docx'], ['Справка.doc'], ['Акт.odt'], ['Список.rtf'], ['4002_вар.1.docx'], ['Ответственный.docx']])('%s', (name) => {
      expect(classifyFile(name)).toEqual({ role: 'document', kind: 'document' });
    });
  });

  it('asks for .xlsx in place of an old .xls', () => {
    expect(classifyFile('Протокол.xls')).toEqual({ role: 'old-excel' });
    expect(classifyFile('Протокол.XLS')).toEqual({ role: 'old-excel' });
  });

  it('recognises a nested ZIP archive', () => {
    expect(classifyFile('Витим.zip')).toEqual({ role: 'archive' });
    expect(classifyFile('МБОУ Витимская СОШ, русский язык, 6 класс.ZIP')).toEqual({ role: 'archive' });
  });

  describe('leaves everything else unknown', () => {
    it.each([
      ['4002_вар.1.jpg'],
      ['скан.JPEG'],
      ['скан.png'],
      ['скан.tif'],
      ['Район.rar'],
      ['Район.7z'],
      ['заметки.txt'],
      ['Протокол.ods'],
      ['Thumbs.db'],
      ['.DS_Store'],
      ['4002_вар.1'],
      ['README'],
      ['~$Протокол.xlsx'], // Excel's lock file
    ])('%s', (name) => {
      expect(classifyFile(name)).toEqual({ role: 'other' });
    });
  });

  it('reads the last segment when given a path', () => {
    expect(classifyFile('Район/Школа, математика, 5 класс/Критерии.pdf')).toEqual({ role: 'document', kind: 'criteria' });
  });
});
