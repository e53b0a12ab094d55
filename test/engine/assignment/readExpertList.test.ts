import { readExpertList } from '../../../src/engine/assignment';
import { cp1251Bytes, csvText, utf8Bytes, xlsxBytes } from './helpers';
import { problemText } from '../../../src/engine/wording';

const HEADER = ['№', 'ФИО', 'Предметы', 'Классы', 'Место работы', 'Муниципалитет', 'Максимум работ'];
const ROWS = [
  ['1', 'Иванова Анна Петровна', 'Русский язык', '4-6', 'МБОУ «СОШ № 5»', 'Боханский район', '30'],
  ['2', 'Петров Пётр Ильич', 'Математика; русский язык', '5, 7', 'МБОУ Витимская СОШ', 'Мамско-Чуйский район', ''],
  ['3', 'Сидорова Ольга', 'математика', '', 'МАОУ Лицей №2', 'г. Иркутск', '12'],
];

describe('readExpertList reads an .xlsx', () => {
  it('finds the header by its texts below a title, on any sheet, and reads every field', async () => {
    const bytes = await xlsxBytes({
      Инструкция: [['Заполните список на листе «Эксперты»']],
      Эксперты: [['Список экспертов ВПР-2026'], [], HEADER, ...ROWS],
    });
    const { experts, problems } = await readExpertList(bytes, 'эксперты.xlsx');
    expect(problems).toEqual([]);
    expect(experts).toEqual([
      { id: 'Э01', name: 'Иванова Анна Петровна', subjects: ['русский язык'], grades: [4, 5, 6], school: 'МБОУ «СОШ № 5»', municipality: 'Боханский район', capacity: 30, row: 4 },
      { id: 'Э02', name: 'Петров Пётр Ильич', subjects: ['математика', 'русский язык'], grades: [5, 7], school: 'МБОУ Витимская СОШ', municipality: 'Мамско-Чуйский район', capacity: null, row: 5 },
      { id: 'Э03', name: 'Сидорова Ольга', subjects: ['математика'], grades: null, school: 'МАОУ Лицей №2', municipality: 'г. Иркутск', capacity: 12, row: 6 },
    ]);
  });

  it('accepts other header wordings in any column order, numbers as numbers and subjects on several lines', async () => {
    const bytes = await xlsxBytes({
      Лист1: [
        ['МО', 'Эксперт', 'ОО', 'Учебный предмет', 'Нагрузка'],
        ['Боханский район', 'Иванова А. П.', 'СОШ №1', 'Русский язык\nЛитература', 25],
      ],
    });
    const { experts, problems } = await readExpertList(bytes, 'list.xlsx');
    expect(problems).toEqual([]);
    expect(experts).toEqual([
      { id: 'Э01', name: 'Иванова А. П.', subjects: ['русский язык', 'литература'], grades: null, school: 'СОШ №1', municipality: 'Боханский район', capacity: 25, row: 2 },
    ]);
  });

  it('joins «Фамилия», «Имя», «Отчество» columns into the name', async () => {
    const bytes = await xlsxBytes({
      Лист1: [
        ['Фамилия', 'Имя', 'Отчество', 'Предмет', 'Школа', 'Район'],
        ['Иванова', 'Анна', 'Петровна', 'математика', 'СОШ №1', 'Боханский район'],
      ],
    });
    const { experts } = await readExpertList(bytes, 'list.xlsx');
    expect(experts.map((expert) => expert.name)).toEqual(['Иванова Анна Петровна']);
  });

  it('reads grades that Excel turned into a date back as a range', async () => {
    const bytes = await xlsxBytes({
      Лист1: [
        ['ФИО', 'Предметы', 'Классы', 'ОО', 'МО'],
        ['Иванова', 'математика', new Date(Date.UTC(2026, 5, 4)), 'СОШ №1', 'Боханский район'],
      ],
    });
    const { experts, problems } = await readExpertList(bytes, 'list.xlsx');
    expect(problems).toEqual([]);
    expect(experts[0].grades).toEqual([4, 5, 6]);
  });

  it('numbers experts with a wider id when there are more than 99', async () => {
    const rows = Array.from({ length: 120 }, (_, index) => [`Эксперт ${index + 1}`, 'математика', 'СОШ', 'Район']);
    const bytes = await xlsxBytes({ Лист1: [['ФИО', 'Предметы', 'ОО', 'МО'], ...rows] });
    const { experts } = await readExpertList(bytes, 'list.xlsx');
    expect(experts).toHaveLength(120);
    expect(experts[0].id).toBe('Э001');
    expect(experts[119].id).toBe('Э120');
    expect(new Set(experts.map((expert) => expert.id)).size).toBe(120);
  });
});

describe('readExpertList reads a CSV', () => {
  const quotedRows = [
    ['ФИО', 'Предметы', 'Место работы', 'Муниципалитет'],
    ['Иванова Анна', 'русский язык; литература', 'МБОУ "СОШ №5"', 'Боханский район'],
    ['Петров Пётр', 'Иностранный язык (английский, немецкий)', 'МБОУ «Лицей»', 'Ёлкинский район'],
  ];
  const expected = [
    { name: 'Иванова Анна', subjects: ['русский язык', 'литература'], school: 'МБОУ "СОШ №5"', municipality: 'Боханский район' },
    { name: 'Петров Пётр', subjects: ['иностранный язык (английский, немецкий)'], school: 'МБОУ «Лицей»', municipality: 'Ёлкинский район' },
  ];

  it('in UTF-8 with a BOM, separated by «;», with quoted fields holding «;» and quotes', async () => {
    const text = csvText(quotedRows, ';');
    expect(text).toContain('"русский язык; литература";"МБОУ ""СОШ №5"""');
    const { experts, problems } = await readExpertList(utf8Bytes(text, true), 'эксперты.csv');
    expect(problems).toEqual([]);
    expect(experts).toMatchObject(expected);
    expect(experts.map((expert) => expert.row)).toEqual([2, 3]);
  });

  it('in Windows-1251, separated by «;»', async () => {
    const { experts, problems } = await readExpertList(cp1251Bytes(csvText(quotedRows, ';')), 'эксперты.csv');
    expect(problems).toEqual([]);
    expect(experts).toMatchObject(expected);
  });

  it('in UTF-8 without a BOM, separated by commas', async () => {
    const { experts, problems } = await readExpertList(utf8Bytes(csvText(quotedRows, ','), false), 'experts.csv');
    expect(problems).toEqual([]);
    expect(experts).toMatchObject(expected);
  });

  it('in Windows-1251, separated by tabs, with LF line ends', async () => {
    const text = csvText(quotedRows, '\t').replace(/\r\n/g, '\n');
    const { experts, problems } = await readExpertList(cp1251Bytes(text), 'experts.txt');
    expect(problems).toEqual([]);
    expect(experts).toMatchObject(expected);
  });

  it('whatever the file is called: the bytes decide', async () => {
    const { experts } = await readExpertList(utf8Bytes(csvText(quotedRows, ';'), true), 'эксперты.xlsx');
    expect(experts).toHaveLength(2);
    const workbook = await xlsxBytes({ Лист1: quotedRows });
    expect((await readExpertList(workbook, 'эксперты.csv')).experts).toHaveLength(2);
  });

  it('with a line break inside a quoted field', async () => {
    const text = 'ФИО;Предметы;ОО;МО\r\nИванова;"русский язык\r\nлитература";СОШ №1;Боханский район\r\n';
    const { experts } = await readExpertList(utf8Bytes(text, true), 'experts.csv');
    expect(experts).toMatchObject([{ subjects: ['русский язык', 'литература'], row: 2 }]);
  });
});

describe('readExpertList reports', () => {
  it('a file with no header and the headers it expects', async () => {
    const bytes = await xlsxBytes({ Лист1: [['Имя', 'Что проверяет'], ['Иванова', 'математика']] });
    const { experts, problems } = await readExpertList(bytes, 'list.xlsx');
    expect(experts).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ archive: 'list.xlsx', path: '', problem: 'experts-no-header' });
    expect(problemText(problems[0])).toContain('«ФИО»');
    expect(problemText(problems[0])).toContain('«Предметы»');
  });

  it('a row without a name, a row without a subject and skips both; empty rows are skipped silently', async () => {
    const bytes = await xlsxBytes({
      Эксперты: [
        ['ФИО', 'Предметы', 'ОО', 'МО'],
        ['', 'математика', 'СОШ №1', 'Боханский район'],
        [],
        ['Петров', '', 'СОШ №2', 'Боханский район'],
        ['Сидорова', 'математика', 'СОШ №3', 'Боханский район'],
      ],
    });
    const { experts, problems } = await readExpertList(bytes, 'list.xlsx');
    expect(experts).toMatchObject([{ id: 'Э01', name: 'Сидорова', row: 5 }]);
    expect(problems.map((problem) => [problem.problem, problem.cell])).toEqual([
      ['expert-no-name', 'Эксперты!A2'],
      ['expert-no-subject', 'Эксперты!B4'],
    ]);
    expect(problemText(problems[1])).toContain('Петров');
  });

  it('a bad capacity, keeping the expert without a limit', async () => {
    const bytes = await xlsxBytes({
      Лист1: [
        ['ФИО', 'Предметы', 'ОО', 'МО', 'Лимит'],
        ['Иванова', 'математика', 'СОШ №1', 'Боханский район', 'много'],
        ['Петров', 'математика', 'СОШ №2', 'Боханский район', -3],
        ['Сидорова', 'математика', 'СОШ №3', 'Боханский район', 2.5],
        ['Козлов', 'математика', 'СОШ №4', 'Боханский район', '20 работ'],
      ],
    });
    const { experts, problems } = await readExpertList(bytes, 'list.xlsx');
    expect(experts.map((expert) => expert.capacity)).toEqual([null, null, null, 20]);
    expect(problems.map((problem) => [problem.problem, problem.cell])).toEqual([
      ['expert-bad-capacity', 'Лист1!E2'],
      ['expert-bad-capacity', 'Лист1!E3'],
      ['expert-bad-capacity', 'Лист1!E4'],
    ]);
    expect(problemText(problems[0])).toContain('«много»');
  });

  it('bad grades, keeping the expert for any grade', async () => {
    const csv = 'ФИО;Предметы;Классы;ОО;МО\nИванова;математика;5-15;СОШ №1;Боханский район\nПетров;математика;пятые;СОШ №2;Боханский район\nСидорова;математика;5 и 7 классы;СОШ №3;Боханский район\n';
    const { experts, problems } = await readExpertList(utf8Bytes(csv, false), 'list.csv');
    expect(experts.map((expert) => expert.grades)).toEqual([null, null, [5, 7]]);
    expect(problems.map((problem) => [problem.problem, problem.cell])).toEqual([
      ['expert-bad-grades', 'C2'],
      ['expert-bad-grades', 'C3'],
    ]);
  });

  it('a duplicate name (case and spacing aside), keeping the first row only', async () => {
    const bytes = await xlsxBytes({
      Лист1: [
        ['ФИО', 'Предметы', 'ОО', 'МО'],
        ['Иванова Анна', 'математика', 'СОШ №1', 'Боханский район'],
        ['ИВАНОВА  анна', 'русский язык', 'СОШ №1', 'Боханский район'],
      ],
    });
    const { experts, problems } = await readExpertList(bytes, 'list.xlsx');
    expect(experts).toMatchObject([{ name: 'Иванова Анна', subjects: ['математика'] }]);
    expect(problems).toMatchObject([{ problem: 'expert-duplicate', cell: 'Лист1!A3' }]);
    expect(problemText(problems[0])).toContain('строка 2');
  });

  it('a missing workplace column or cell, since conflicts of interest cannot then be checked', async () => {
    const bytes = await xlsxBytes({
      Лист1: [
        ['ФИО', 'Предметы', 'Район'],
        ['Иванова', 'математика', ''],
        ['Петров', 'математика', 'Боханский район'],
      ],
    });
    const { experts, problems } = await readExpertList(bytes, 'list.xlsx');
    expect(experts).toHaveLength(2);
    expect(problems.map((problem) => [problem.problem, problem.cell])).toEqual([
      ['experts-missing-column', 'Лист1!A1'],
      ['expert-no-workplace', 'Лист1!C2'],
    ]);
    expect(problemText(problems[0])).toContain('«Место работы»');
  });

  it('an old .xls or a damaged workbook as unreadable, without throwing', async () => {
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const oldExcel = await readExpertList(xls, 'эксперты.xls');
    expect(oldExcel).toMatchObject({ experts: [], problems: [{ problem: 'experts-unreadable' }] });
    expect(problemText(oldExcel.problems[0])).toContain('.xls');

    const workbook = await xlsxBytes({ Лист1: [['ФИО', 'Предметы']] });
    const broken = await readExpertList(workbook.subarray(0, 200), 'эксперты.xlsx');
    expect(broken).toMatchObject({ experts: [], problems: [{ problem: 'experts-unreadable' }] });
  });
});
