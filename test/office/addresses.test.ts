import { rowsOfAddress, sheetOf, withoutSheet } from '../../src/office/excel/addresses';

describe('A1 addresses', () => {
  it('reads the rows of a cell, a block, whole rows and whole columns', () => {
    expect(rowsOfAddress('G5')).toEqual({ first: 5, last: 5 });
    expect(rowsOfAddress('Протокол!G3:I9')).toEqual({ first: 3, last: 9 });
    expect(rowsOfAddress("'Лист 1'!$A$2:$B$4")).toEqual({ first: 2, last: 4 });
    expect(rowsOfAddress('5:7')).toEqual({ first: 5, last: 7 });
    expect(rowsOfAddress('G:G')).toEqual({ first: 1, last: null });
    expect(rowsOfAddress('A1:B2,D10')).toEqual({ first: 1, last: 10 });
  });

  it('returns null for what is not an address', () => {
    expect(rowsOfAddress('')).toBeNull();
    expect(rowsOfAddress('не адрес')).toBeNull();
  });

  it('splits the sheet off, unquoting it', () => {
    expect(sheetOf("'Лист ''1'''!A1")).toBe("Лист '1'");
    expect(sheetOf('Протокол!A1')).toBe('Протокол');
    expect(sheetOf('A1')).toBeNull();
    expect(withoutSheet('Протокол!A1:B2')).toBe('A1:B2');
  });
});
