import { columnLetters, columnNumber } from '../../src/engine/columnLetters';

describe('spreadsheet column letters', () => {
  it('names columns past Z with two and three letters, as Excel does', () => {
    expect([1, 10, 26, 27, 52, 53, 702, 703, 16384].map(columnLetters)).toEqual(['A', 'J', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });

  it('reads letters back to the same numbers, in either case', () => {
    expect(['A', 'J', 'z', 'AA', 'az', 'BA', 'ZZ', 'AAA', 'XFD'].map(columnNumber)).toEqual([1, 10, 26, 27, 52, 53, 702, 703, 16384]);
  });

  it('round-trips every column of a sheet', () => {
    for (let column = 1; column <= 16384; column += 1) expect(columnNumber(columnLetters(column))).toBe(column);
  });
});
