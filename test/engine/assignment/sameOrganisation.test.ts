import { sameOrganisation } from '../../../src/engine/assignment';

describe('sameOrganisation', () => {
  it.each([
    ['МБОУ "СОШ № 5"', 'мбоу сош №5'],
    ['МБОУ «СОШ №5»', 'МБОУ "СОШ № 5"'],
    ['МБОУ СОШ N 5', 'МБОУ СОШ №5'],
    ['  МБОУ   Витимская   СОШ ', 'МБОУ Витимская СОШ'],
    ['МБОУ\u00a0Витимская СОШ', 'мбоу витимская сош'],
    ['МБОУ CОШ №1', 'МБОУ СОШ №1'], // a Latin C
    ['Мамско–Чуйский район', 'Мамско-Чуйский район'],
    ['Ёлкинский район', 'Елкинский район'],
    ['г.Иркутск', 'г. Иркутск'],
  ])('treats %j and %j as one organisation', (a, b) => {
    expect(sameOrganisation(a, b)).toBe(true);
    expect(sameOrganisation(b, a)).toBe(true);
  });

  it.each([
    ['МБОУ СОШ №5', 'МБОУ СОШ №15'],
    ['МБОУ СОШ №1', 'МАОУ СОШ №1'],
    ['Боханский район', 'Баяндаевский район'],
  ])('tells %j from %j', (a, b) => {
    expect(sameOrganisation(a, b)).toBe(false);
  });

  it('never matches an empty name, not even another empty one', () => {
    expect(sameOrganisation('', '')).toBe(false);
    expect(sameOrganisation('  ', 'МБОУ СОШ №1')).toBe(false);
    expect(sameOrganisation('«»', '""')).toBe(false);
  });
});
