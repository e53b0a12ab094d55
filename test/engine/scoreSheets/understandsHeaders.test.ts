import { classifyHeader, parseTaskHeader } from '../../../src/engine/scoreSheets';

describe('a task header', () => {
  it.each([
    ['1 (5б)', '1', 5],
    ['4К1 (3б)', '4К1', 3],
    ['9.1 (1б)', '9.1', 1],
    ['12.2 (1б)', '12.2', 1],
    ['11.3 k1 (2б)', '11.3К1', 2],
    ['2(2 б)', '2', 2],
    ['3 (2 балла)', '3', 2],
    ['5 (1 балл)', '5', 1],
    ['6 (10 баллов)', '6', 10],
    ['7 (2 б.)', '7', 2],
    ['4K2 (2б)', '4К2', 2],
    ['4к3 (3Б)', '4К3', 3],
    ['4 К 4 (2б)', '4К4', 2],
    ['  8\n(2б) ', '8', 2],
    ['9,2 (1б)', '9.2', 1],
    ['3(1) (2б)', '3(1)', 2],
    ['К1 (2б)', 'К1', 2],
    ['Задание 5 (1б)', '5', 1],
    ['10 (макс. 3б)', '10', 3],
  ])('%j is task %s with maximum %d', (header, task, max) => {
    expect(parseTaskHeader(header)).toEqual({ task, max });
  });

  it.each([
    'Код участника',
    'Вариант',
    'Итого баллов',
    'Итого баллов (24б)',
    'Отметка за предыдущий триместр/ четверть/полугодие',
    'Баллы за задания',
    '5',
    '5 (0б)',
    '(2б)',
    'ФИО (2б)',
    '',
  ])('%j is not a task header', (header) => {
    expect(parseTaskHeader(header)).toBeNull();
  });
});

describe('what a column header names', () => {
  it.each(['Код участника', 'Код', 'КОД УЧАСТНИКА', ' код  участника ', 'Код\nучастника', 'Код участника (5 цифр)'])(
    '%j is the participant code',
    (header) => expect(classifyHeader(header)).toEqual({ kind: 'code' }),
  );

  it.each([
    ['Вариант', null],
    ['вариант', null],
    ['Номер варианта', null],
    ['Вариант (часть 1)', 1],
    ['Вариант (часть 2)', 2],
    ['Вариант ( часть 2 )', 2],
    ['Вариант\n(часть 1)', 1],
    ['Вариант часть 2', 2],
    ['Вариант (ч. 1)', 1],
  ])('%j is the variant (part %s)', (header, part) => {
    expect(classifyHeader(header)).toEqual({ kind: 'variant', part });
  });

  it.each(['ФИО', 'Ф.И.', 'Ф.И.О.', 'ФИО учащегося', 'Фамилия', 'Имя', 'Отчество', 'Фамилия, имя', 'Ученик', 'Обучающийся', 'Учащийся', 'Участник'])(
    '%j is personal data',
    (header) => expect(classifyHeader(header)).toEqual({ kind: 'personal' }),
  );

  it.each([
    'Класс № (список формируется из листа "Классы")',
    'Порядковый номер класса',
    'Пол',
    'Отметка за предыдущий триместр/ четверть/полугодие',
    'Итого баллов',
    '№',
    'Класс',
    'ОО',
    'Муниципалитет',
    'Название ОО',
    'Первичный балл',
    'Отметка',
    'Отметка по журналу',
    'Оценка за работу',
  ])('%j is a known non-task column', (header) => {
    expect(classifyHeader(header)).toEqual({ kind: 'ignored' });
  });

  it('a task header is a task with its maximum', () => {
    expect(classifyHeader('4К1 (3б)')).toEqual({ kind: 'task', task: { task: '4К1', max: 3 } });
  });

  it('anything else is unknown', () => {
    expect(classifyHeader('Баллы по критериям')).toEqual({ kind: 'unknown' });
    expect(classifyHeader('13')).toEqual({ kind: 'unknown' });
  });
});
