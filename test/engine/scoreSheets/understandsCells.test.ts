import { isAbsentMarker, parseCode, parseScoreCell, parseVariant } from '../../../src/engine/scoreSheets';

describe('a score cell', () => {
  it.each([
    [0, 0],
    [2, 2],
    [5, 5],
    ['3', 3],
    [' 1 ', 1],
    [{ formula: 'B2', result: 2 }, 2],
    [{ sharedFormula: 'C2', result: 1 }, 1],
    [{ richText: [{ text: '4' }] }, 4],
  ])('%j is the score %d', (value, score) => {
    expect(parseScoreCell(value, 5)).toEqual({ value: { kind: 'score', value: score } });
  });

  it.each(['X', 'x', 'Х', 'х', ' X ', { richText: [{ text: 'Х' }] }, { formula: '"X"', result: 'X' }])(
    '%j is no answer',
    (value) => expect(parseScoreCell(value, 2)).toEqual({ value: { kind: 'no-answer' } }),
  );

  it.each([null, undefined, '', '   ', { richText: [] }, { formula: 'IF(A1="","",1)', result: '' }])('%j is empty', (value) => {
    expect(parseScoreCell(value, 2)).toEqual({ value: { kind: 'empty' } });
  });

  it.each([3, 10, '7'])('%j is above a maximum of 2', (value) => {
    expect(parseScoreCell(value, 2)).toEqual({ problem: 'score-above-max' });
  });

  it.each([
    1.5,
    '1,5',
    '1.5',
    -1,
    '-',
    'н/я',
    'XX',
    'два',
    true,
    new Date(2024, 0, 2),
    { error: '#REF!' },
    { formula: 'A1/0', result: { error: '#DIV/0!' } },
    { formula: 'SUM(A1:A2)' },
  ])('%j is not a score', (value) => {
    expect(parseScoreCell(value, 2)).toEqual({ problem: 'not-a-score' });
  });
});

describe('a participant code cell', () => {
  it.each([
    [40001, '40001'],
    [40001.0, '40001'],
    ['40001', '40001'],
    [' 40001 ', '40001'],
    ['40 001', '40001'],
    [4002, '4002'],
    ['04002', '04002'],
    [123456, '123456'],
    [{ formula: 'A2+1', result: 40002 }, '40002'],
    [{ richText: [{ text: '4000' }, { text: '3' }] }, '40003'],
  ])('%j reads as %j', (value, code) => {
    expect(parseCode(value)).toEqual({ code });
  });

  it.each([null, '', '  '])('%j is empty', (value) => expect(parseCode(value)).toBe('empty'));

  it.each([123, 1234567, 40001.5, 'Иванов Иван', '4001а', { error: '#N/A' }, true])('%j is not a code', (value) => {
    expect(parseCode(value)).toBe('bad');
  });
});

describe('a variant cell', () => {
  it.each([
    [1, 1],
    [2, 2],
    ['1', 1],
    [' 2 ', 2],
    ['1 вариант', 1],
    ['Вариант 2', 2],
    ['вар. 1', 1],
    [{ formula: '1', result: 1 }, 1],
  ])('%j is variant %d', (value, variant) => {
    expect(parseVariant(value)).toEqual({ variant });
  });

  it.each(['отсутствовал', 'Отсутствовал', 'ОТСУТСТВОВАЛ', ' отсутствовала ', 'отсутствует'])('%j is absent', (value) => {
    expect(parseVariant(value)).toBe('absent');
    expect(isAbsentMarker(value)).toBe(true);
  });

  it.each([null, ''])('%j is empty', (value) => expect(parseVariant(value)).toBe('empty'));

  it.each([0, 1.5, 'A', 'первый', '1,2', 100, { error: '#REF!' }])('%j is not a variant', (value) => {
    expect(parseVariant(value)).toBe('bad');
  });
});
