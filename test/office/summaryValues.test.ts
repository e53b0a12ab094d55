import type { SummaryChart, SummarySheet } from '../../src/engine';
import { chartBlocks, chartPlaces, groupUnderBudget, summarySheetBlocks } from '../../src/office/excel/summaryValues';

const SHEET: SummarySheet = {
  name: 'Свод',
  table: 'Svod',
  columns: [{ header: 'Код', format: 'text', width: 8 }, { header: 'Балл', format: 'integer', width: 8 }, { header: 'Доля', format: 'percent', width: 8 }],
  rows: Array.from({ length: 10 }, (_, index) => [`0${index}`, index, index / 10]),
  highlightColumn: null,
};

describe('the summary as blocks of writes', () => {
  it('writes the header as text, then every row once with its column formats, blocks one under another', () => {
    const blocks = summarySheetBlocks(SHEET, 120);
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks[0].values[0]).toEqual(['Код', 'Балл', 'Доля']);
    expect(blocks[0].formats[0]).toEqual(['@', '@', '@']);
    expect(blocks[0].formats[1]).toEqual(['@', '0', '0.0%']);
    const rows = blocks.flatMap((block) => block.values);
    expect(rows).toEqual([['Код', 'Балл', 'Доля'], ...SHEET.rows]);
    let next = 1;
    for (const block of blocks) {
      const [, first, last] = /^A(\d+):C(\d+)$/.exec(block.address)!.map(Number);
      expect(first).toBe(next);
      expect(last - first + 1).toBe(block.values.length);
      expect(block.bytes).toBeLessThanOrEqual(120);
      next = last + 1;
    }
    expect(next).toBe(12);
  });

  it('puts small blocks of several sheets into one request, and a large sheet across as many as the budget needs', () => {
    const small = summarySheetBlocks(SHEET);
    expect(groupUnderBudget([...small, ...small, ...small])).toHaveLength(1);
    const tiny = summarySheetBlocks(SHEET, 120);
    const groups = groupUnderBudget(tiny, 240);
    expect(groups.flat()).toEqual(tiny);
    expect(groups.every((group) => group.reduce((sum, block) => sum + block.bytes, 0) <= 240)).toBe(true);
  });

  it('places each chart\'s values under its title, a blank row between charts, and sources the chart from header and rows', () => {
    const chart = (name: string, rows: number): SummaryChart => ({
      name, title: `Диаграмма ${name}`, kind: 'bar', header: ['Где', 'Доля'], rows: Array.from({ length: rows }, (_, i) => [`м${i}`, i / 10]), percent: true,
    });
    const places = chartPlaces([chart('a', 3), chart('b', 2)]);
    expect(places.map((place) => [place.titleRow, place.source])).toEqual([[1, 'A2:B5'], [7, 'A8:B10']]);
    const blocks = chartBlocks('Диаграммы', places);
    expect(blocks.map((block) => block.address)).toEqual(['A1:B5', 'A7:B10']);
    expect(blocks[0].values[0]).toEqual(['Диаграмма a', '']);
    expect(blocks[0].formats.slice(0, 3)).toEqual([['@', '@'], ['@', '@'], ['@', '0.0%']]);
  });
});
