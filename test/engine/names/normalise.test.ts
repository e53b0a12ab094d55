import { normaliseSchool, normaliseSubject } from '../../../src/engine/names';

describe('normaliseSubject', () => {
  it.each([
    ['Русский  язык ', 'русский язык'],
    ['  МАТЕМАТИКА', 'математика'],
    ['окружающий\u00a0мир', 'окружающий мир'],
    ['русский_язык', 'русский язык'],
    ['Иностранный язык (Английский)', 'иностранный язык (английский)'],
    ['мaтематика', 'математика'], // Latin a
  ])('%j → %j', (subject, normalised) => {
    expect(normaliseSubject(subject)).toBe(normalised);
  });
});

describe('normaliseSchool', () => {
  it.each([
    ['МБОУ СОШ №131', 'МБОУ СОШ №131'],
    ['  МБОУ   СОШ  №131 ', 'МБОУ СОШ №131'],
    ['МБОУ «СОШ № 5», г. Ангарск', 'МБОУ «СОШ № 5», г. Ангарск'],
    ['МБОУ\u00a0Витимская СОШ', 'МБОУ Витимская СОШ'],
    ['МБОУ CОШ №1', 'МБОУ СОШ №1'], // Latin C in a Cyrillic word
    ['MБOУ СОШ №1', 'МБОУ СОШ №1'],
    ['IT-лицей №1', 'IT-лицей №1'], // a Latin word is kept
  ])('%j → %j', (school, normalised) => {
    expect(normaliseSchool(school)).toBe(normalised);
  });
});
