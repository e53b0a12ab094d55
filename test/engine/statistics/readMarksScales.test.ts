import { readMarksScales } from '../../../src/engine/statistics';
import { cp1251Bytes, csvText, utf8Bytes, xlsxBytes } from '../assignment/helpers';

describe('readMarksScales reads an .xlsx', () => {
  it('finds the header by its texts below a title, on any sheet, and reads every scale', async () => {
    const bytes = await xlsxBytes({
      Пояснения: [['Шкалы перевода первичных баллов в отметки']],
      Шкалы: [
        ['Шкалы перевода, ВПР 2026'],
        [],
        ['Предмет', 'Класс', '«3» от', '«4» от', '«5» от', 'Максимальный балл'],
        ['Русский язык', 4, 10, 16, 21, 24],
        ['Математика', '5 класс', 7, 11, 15, 20],
        [null, null, null, null, null, null],
      ],
    });
    const { scales, problems } = await readMarksScales(bytes, 'шкалы.xlsx');
    expect(problems).toEqual([]);
    expect(scales).toEqual([
      { subject: 'Русский язык', grade: 4, lowest3: 10, lowest4: 16, lowest5: 21, max: 24, source: { file: 'шкалы.xlsx', cell: 'Шкалы!A4' } },
      { subject: 'Математика', grade: 5, lowest3: 7, lowest4: 11, lowest5: 15, max: 20, source: { file: 'шкалы.xlsx', cell: 'Шкалы!A5' } },
    ]);
  });

  it('reads «Минимальный балл» headers in any column order, with «Параллель» and other columns between', async () => {
    const bytes = await xlsxBytes({
      Лист1: [
        ['№', 'Параллель', 'Учебный предмет', 'Максимальный первичный балл', 'Минимальный балл «5»', 'Минимальный балл «4»', 'Минимальный балл «3»'],
        [1, 6, 'история', 15, 13, 9, 5],
      ],
    });
    const { scales, problems } = await readMarksScales(bytes, 's.xlsx');
    expect(problems).toEqual([]);
    expect(scales.map(({ source: _source, ...scale }) => scale)).toEqual([{ subject: 'история', grade: 6, lowest3: 5, lowest4: 9, lowest5: 13, max: 15 }]);
  });

  it('reads ranges per mark, taking each lowest score and the maximum from the top of «5», ignoring «2»', async () => {
    const bytes = await xlsxBytes({
      Лист1: [
        ['Предмет', 'Класс', 'Отметка «2»', 'Отметка «3»', 'Отметка «4»', 'Отметка «5»'],
        ['Русский язык', 4, '0–9', '10–15', '16–20', '21–24'],
      ],
    });
    const { scales, problems } = await readMarksScales(bytes, 's.xlsx');
    expect(problems).toEqual([]);
    expect(scales[0]).toMatchObject({ lowest3: 10, lowest4: 16, lowest5: 21, max: 24 });
  });
});

describe('readMarksScales reads text files', () => {
  const rows = [
    ['Предмет', 'Класс', '"3" от', '"4" от', '"5" от', 'Максимум'],
    ['русский язык', '4', '10', '16', '21', '24'],
  ];

  it('reads a UTF-8 CSV with semicolons', async () => {
    const { scales, problems } = await readMarksScales(utf8Bytes(csvText(rows, ';'), true), 'шкалы.csv');
    expect(problems).toEqual([]);
    expect(scales).toEqual([{ subject: 'русский язык', grade: 4, lowest3: 10, lowest4: 16, lowest5: 21, max: 24, source: { file: 'шкалы.csv', cell: 'A2' } }]);
  });

  it('reads a Windows-1251 CSV with commas', async () => {
    const { scales } = await readMarksScales(cp1251Bytes(csvText(rows, ',')), 'шкалы.csv');
    expect(scales.map((scale) => [scale.subject, scale.lowest5])).toEqual([['русский язык', 21]]);
  });
});

describe('readMarksScales reports', () => {
  it('thresholds that do not rise, and keeps the other scales', async () => {
    const bytes = await xlsxBytes({
      Шкалы: [
        ['Предмет', 'Класс', '«3» от', '«4» от', '«5» от', 'Максимальный балл'],
        ['Русский язык', 4, 10, 21, 16, 24],
        ['Математика', 4, 6, 10, 14, 13],
        ['Окружающий мир', 4, 8, 18, 27, 32],
      ],
    });
    const { scales, problems } = await readMarksScales(bytes, 's.xlsx');
    expect(scales.map((scale) => scale.subject)).toEqual(['Окружающий мир']);
    expect(problems.map((problem) => [problem.problem, problem.cell])).toEqual([
      ['scale-not-increasing', 'Шкалы!C2'],
      ['scale-not-increasing', 'Шкалы!C3'],
    ]);
    expect(problems[0].message).toContain('Шкала Русский язык, 4 класс не возрастает («3» от 10, «4» от 21, «5» от 16, максимум 24)');
  });

  it('a missing mark column and reads no scales', async () => {
    const bytes = await xlsxBytes({ Лист1: [['Предмет', 'Класс', '«3» от', '«5» от', 'Максимальный балл'], ['Русский язык', 4, 10, 21, 24]] });
    const { scales, problems } = await readMarksScales(bytes, 's.xlsx');
    expect(scales).toEqual([]);
    expect(problems.map((problem) => problem.problem)).toEqual(['scale-missing-column']);
    expect(problems[0].message).toContain('«"4" от»');
  });

  it('a missing maximum when the «5» column gives no range', async () => {
    const bytes = await xlsxBytes({ Лист1: [['Предмет', 'Класс', '«3» от', '«4» от', '«5» от'], ['Русский язык', 4, 10, 16, 21], ['Математика', 4, 6, 10, 14]] });
    const { scales, problems } = await readMarksScales(bytes, 's.xlsx');
    expect(scales).toEqual([]);
    expect(problems.map((problem) => [problem.problem, problem.cell])).toEqual([['scale-missing-column', 'Лист1!A1']]);
  });

  it('a value that is not a whole number of points, and a grade that is not one', async () => {
    const bytes = await xlsxBytes({
      Лист1: [
        ['Предмет', 'Класс', '«3» от', '«4» от', '«5» от', 'Максимальный балл'],
        ['Русский язык', 4, 'десять', 16, 21, 24],
        ['Математика', 'четвёртый', 6, 10, 14, 20],
        ['История', 5, 5, 9, 13, 15],
        ['Биология', '5-6', 5, 9, 13, 15],
        ['География', '7 кл.', 5, 9, 13, 15],
      ],
    });
    const { scales, problems } = await readMarksScales(bytes, 's.xlsx');
    expect(scales.map((scale) => [scale.subject, scale.grade])).toEqual([['История', 5], ['География', 7]]);
    expect(problems.map((problem) => [problem.problem, problem.cell])).toEqual([
      ['scale-bad-value', 'Лист1!C2'],
      ['scale-bad-value', 'Лист1!B3'],
      ['scale-bad-value', 'Лист1!B5'],
    ]);
    expect(problems[0].message).toContain('в столбце ««3» от» записано «десять», а нужно: целое число баллов');
  });

  it('a second scale for the same test, keeping the first', async () => {
    const bytes = await xlsxBytes({
      Лист1: [
        ['Предмет', 'Класс', '«3» от', '«4» от', '«5» от', 'Максимальный балл'],
        ['Русский язык', 4, 10, 16, 21, 24],
        ['русский  язык', 4, 11, 17, 22, 24],
      ],
    });
    const { scales, problems } = await readMarksScales(bytes, 's.xlsx');
    expect(scales.map((scale) => scale.lowest3)).toEqual([10]);
    expect(problems.map((problem) => [problem.problem, problem.cell])).toEqual([['scale-duplicate', 'Лист1!A3']]);
    expect(problems[0].message).toContain('первая — в строке 2');
  });

  it('a table without the header', async () => {
    const bytes = await xlsxBytes({ Лист1: [['Русский язык', 4, 10, 16, 21, 24]] });
    const { scales, problems } = await readMarksScales(bytes, 's.xlsx');
    expect(scales).toEqual([]);
    expect(problems.map((problem) => problem.problem)).toEqual(['scale-no-header']);
  });

  it('a file that is not a readable workbook, and an old .xls', async () => {
    const broken = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    const old = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (const bytes of [broken, old]) {
      const { scales, problems } = await readMarksScales(bytes, 'шкалы.xlsx');
      expect(scales).toEqual([]);
      expect(problems.map((problem) => [problem.archive, problem.problem])).toEqual([['шкалы.xlsx', 'scale-unreadable']]);
    }
  });
});
