import { measureText, NOT_ENOUGH_DATA, russianNumber, russianPercent, russianSigned } from '../../../src/engine/report';

describe('figures printed the Russian way', () => {
  it('writes a decimal comma and groups thousands from five digits with a no-break space', () => {
    expect(russianNumber(15.333, 2)).toBe('15,33');
    expect(russianNumber(1234)).toBe('1234');
    expect(russianNumber(12345)).toBe('12\u00a0345');
  });

  it('prints a percentage with one decimal', () => {
    expect(russianPercent(0.875)).toBe('87,5\u00a0%');
    expect(russianPercent(1 / 12)).toBe('8,3\u00a0%');
  });

  it('signs differences with a plus or a true minus, and never prints a negative zero', () => {
    expect(russianSigned(1.8333)).toBe('+1,83');
    expect(russianSigned(-0.4)).toBe('\u22120,40');
    expect(russianSigned(-0.001)).toBe('0,00');
  });

  it('reads «недостаточно данных» for a measure with no value', () => {
    expect(measureText(null, russianPercent)).toBe(NOT_ENOUGH_DATA);
    expect(measureText(0, russianPercent)).toBe('0,0\u00a0%');
  });
});
