import { seededRandom } from '../../../src/engine/assignment/seededRandom';
import { routeSchools, routingCost, type RoutedSchool } from '../../../src/engine/cross/routing';

function sample(seed: number): RoutedSchool[] {
  const random = seededRandom(seed, 'routing-test-sample');
  const count = 2 + Math.floor(random() * 11); // 2…12 schools: both the exhaustive and the searched routes
  return Array.from({ length: count }, (_, i) => ({ school: `Школа ${i + 1}`, works: 5 + Math.floor(random() * 60) }));
}

/** A routing anyone can build: schools sorted by works, each checks the next larger, the largest the smallest. */
function sortedCycleCost(schools: RoutedSchool[]): number {
  const order = [...schools].sort((a, b) => a.works - b.works);
  const index = new Map(schools.map((s, i) => [s.school, i]));
  const target = new Array<number>(schools.length);
  order.forEach((s, i) => {
    target[index.get(s.school)!] = index.get(order[(i + 1) % order.length].school)!;
  });
  return routingCost(schools.map((s) => s.works), target);
}

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const ROUTES = new Map(SEEDS.map((seed) => [seed, routeSchools(sample(seed), seed, 'test')]));

describe('routing schools for a cross-check', () => {
  it('never sends a school its own works, and gives every school exactly one checker', () => {
    for (const seed of SEEDS) {
      const schools = sample(seed);
      const route = ROUTES.get(seed)!;
      expect(route.size).toBe(schools.length);
      for (const { school } of schools) {
        expect(route.get(school)).toBeDefined();
        expect(route.get(school)).not.toBe(school);
      }
    }
  });

  it('balances by works: every school checks exactly one school, no worse than the sorted cycle', () => {
    for (const seed of SEEDS) {
      const schools = sample(seed);
      const route = ROUTES.get(seed)!;
      const checkers = [...route.values()];
      expect(new Set(checkers).size).toBe(schools.length);
      const index = new Map(schools.map((s, i) => [s.school, i]));
      const cost = routingCost(schools.map((s) => s.works), schools.map((s) => index.get(route.get(s.school)!)!));
      expect(cost).toBeLessThanOrEqual(sortedCycleCost(schools));
    }
  });

  it('makes no mutual pairs when the sample has three schools or more, and the only possible pair with two', () => {
    for (const seed of SEEDS) {
      const schools = sample(seed);
      const route = ROUTES.get(seed)!;
      const mutual = schools.filter((s) => route.get(route.get(s.school)!) === s.school);
      expect(mutual.length).toBe(schools.length === 2 ? 2 : 0);
    }
  });

  it('routes the same for the same seed, and not always the same for another seed', () => {
    let differs = 0;
    for (const seed of SEEDS) {
      const schools = sample(seed);
      const route = ROUTES.get(seed)!;
      expect([...routeSchools([...schools].reverse(), seed, 'test')]).toEqual([...route]);
      const other = routeSchools(schools, seed + 1000, 'test');
      if ([...other].some(([school, checker]) => route.get(school) !== checker)) differs += 1;
    }
    expect(differs).toBeGreaterThan(0);
  });

  it('keeps an override and routes the others around it', () => {
    for (const seed of SEEDS.slice(0, 40)) {
      const schools = sample(seed);
      if (schools.length < 3) continue;
      const [a, b] = [schools[0].school, schools[schools.length - 1].school];
      const route = routeSchools(schools, seed, 'test', new Map([[a, b]]));
      expect(route.get(a)).toBe(b);
      for (const { school } of schools) expect(route.get(school)).not.toBe(school);
    }
  });

  it('routes nobody for a single school', () => {
    expect(routeSchools([{ school: 'Одна', works: 10 }], 1, 'test').size).toBe(0);
  });
});
