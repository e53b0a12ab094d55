import { EXPERT_PLACEHOLDER, withoutExpertNames } from '../../../src/engine/report/anonymise';

describe('expert names kept out of published quotes', () => {
  const experts = ['Петрова Анна Сергеевна', 'Сидоров И. П.'];

  it('replaces a full name in any case and spacing', () => {
    expect(withoutExpertNames('Согласна с петрова  анна сергеевна.', experts)).toBe(`Согласна с ${EXPERT_PLACEHOLDER}.`);
  });

  it('replaces a surname written alone, with its case ending', () => {
    expect(withoutExpertNames('Как заметила Петровой, и Сидоров тоже.', experts)).toBe(`Как заметила ${EXPERT_PLACEHOLDER}, и ${EXPERT_PLACEHOLDER} тоже.`);
  });

  it('leaves ordinary words that merely start like a name', () => {
    expect(withoutExpertNames('Сидоровка — село; петровка — улица.', experts)).toBe('Сидоровка — село; петровка — улица.');
  });
});
