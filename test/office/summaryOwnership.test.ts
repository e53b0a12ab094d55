import { planOwnership, summaryMark } from '../../src/office/excel/summaryOwnership';

const OURS = ['Свод', 'Журнал', 'Диаграммы'];

describe('which sheets the summary may replace', () => {
  it('replaces nothing in a workbook without a summary and writes beside the analyst\'s own sheets', () => {
    expect(planOwnership(OURS, ['Лист1', 'Мои данные'], [])).toEqual({ ours: [], marks: [], taken: null });
  });

  it('replaces the sheets its marks point at, and drops a mark whose sheet was deleted', () => {
    const names = [
      { name: summaryMark(0), formula: '=Свод!$A$1' },
      { name: summaryMark(1), formula: '=#REF!$A$1' },
      { name: summaryMark(2), formula: "='Диаграммы'!$A$1" },
      { name: 'Своё_имя', formula: '=Лист1!$B$2' },
    ];
    expect(planOwnership(OURS, ['Лист1', 'Свод', 'Диаграммы'], names)).toEqual({ ours: ['Свод', 'Диаграммы'], marks: [summaryMark(0), summaryMark(1), summaryMark(2)], taken: null });
  });

  it('refuses a sheet of the analyst\'s own under one of its names, even when its mark now points at a renamed sheet', () => {
    expect(planOwnership(OURS, ['Журнал'], []).taken).toBe('Журнал');
    const renamed = [{ name: summaryMark(0), formula: "='Свод (старый)'!$A$1" }];
    expect(planOwnership(OURS, ['Свод', 'Свод (старый)'], renamed)).toEqual({ ours: [], marks: [summaryMark(0)], taken: 'Свод' });
  });
});
