import { scaleFieldOfHeader } from '../../../src/engine/statistics/scaleHeader';

describe('scaleFieldOfHeader', () => {
  it.each([
    ['Предмет', 'subject'],
    ['Учебный предмет', 'subject'],
    ['Класс', 'grade'],
    ['Параллель', 'grade'],
    ['«3» от', 'lowest3'],
    ['"4" от', 'lowest4'],
    ['Минимальный балл «5»', 'lowest5'],
    ['Отметка «3»', 'lowest3'],
    ['Максимальный балл', 'max'],
    ['Макс. балл', 'max'],
    ['Максимум', 'max'],
  ])('reads %s as %s', (header, field) => {
    expect(scaleFieldOfHeader(header)).toBe(field);
  });

  it.each(['«3» до', 'Отметка «2»', '№', 'Год', '', 'Баллы «3»–«4»'])('reads %p as no field', (header) => {
    expect(scaleFieldOfHeader(header)).toBeNull();
  });
});
