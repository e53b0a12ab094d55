import { assignSchoolCodes } from '../../../src/engine/assignment';

function schools(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    key: `Район ${index % 7}/Школа ${String(index).padStart(4, '0')}`,
    municipality: `Район ${index % 7}`,
    school: `Школа ${String(index).padStart(4, '0')}`,
  }));
}

describe('assignSchoolCodes', () => {
  it('gives every school a distinct code of one shape: «ОО-» and three digits from 100 to 999', () => {
    const codes = assignSchoolCodes(schools(40), 7);
    expect(codes.size).toBe(40);
    expect(new Set(codes.values()).size).toBe(40);
    for (const code of codes.values()) expect(code).toMatch(/^ОО-[1-9]\d\d$/);
  });

  it('is the same for the same schools and seed, whatever order the schools come in', () => {
    const list = schools(30);
    const again = assignSchoolCodes([...list].reverse(), 12345);
    expect([...assignSchoolCodes(list, 12345)].sort()).toEqual([...again].sort());
  });

  it('changes with the seed', () => {
    const list = schools(30);
    expect([...assignSchoolCodes(list, 1)].sort()).not.toEqual([...assignSchoolCodes(list, 2)].sort());
  });

  it('follows neither alphabetical nor list order, and does not count the schools', () => {
    const list = schools(50);
    const codes = assignSchoolCodes(list, 99);
    const inListOrder = list.map((school) => codes.get(school.key)!);
    expect(inListOrder).not.toEqual([...inListOrder].sort());
    expect(inListOrder).not.toEqual([...inListOrder].sort().reverse());
    const numbers = inListOrder.map((code) => Number(code.slice(3)));
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(100);
    expect(numbers.filter((number) => number <= 150).length).toBeLessThan(50);
  });

  it('gives a school listed twice one code', () => {
    const list = schools(3);
    const codes = assignSchoolCodes([...list, list[0]], 5);
    expect(codes.size).toBe(3);
  });

  it('switches every code to four digits when there are more than 900 schools', () => {
    const codes = assignSchoolCodes(schools(901), 3);
    expect(new Set(codes.values()).size).toBe(901);
    for (const code of codes.values()) expect(code).toMatch(/^ОО-[1-9]\d{3}$/);
  });

  it('uses all 900 three-digit codes when there are exactly 900 schools', () => {
    const codes = assignSchoolCodes(schools(900), 3);
    expect(new Set(codes.values()).size).toBe(900);
    for (const code of codes.values()) expect(code).toMatch(/^ОО-\d{3}$/);
  });
});
