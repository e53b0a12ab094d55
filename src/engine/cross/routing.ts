/**
 * Which school checks which (one test at a time). Each school's classrooms go to ONE other school of the test:
 * never itself; mutual pairs (A checks B and B checks A) only where the sample leaves no other choice (two
 * schools) or an override forces one; balanced by works — each school checks about as many works as it sent,
 * which a permutation where every school checks exactly one other school makes possible, and among those the
 * routing minimises Σ |works checked − works sent|. Deterministic for a seed: the seed shuffles the schools, and
 * the first best routing in that order wins, so another seed may pick another routing of equal cost.
 *
 * Up to 7 schools every permutation is tried (7! = 5,040); above, the cycle of schools sorted by works (each checks
 * the next larger; no mutual pair) and seeded random derangements, each improved by swapping two schools'
 * checkers while that lowers the cost.
 */
import { seededRandom, shuffled, type Random } from '../assignment/seededRandom';

export interface RoutedSchool {
  school: string;
  works: number;
}

const EXHAUSTIVE_UP_TO = 7;
const RANDOM_STARTS = 40;
const MUTUAL_PENALTY = 1_000_000;

/** School → the school that checks it. Empty for fewer than two schools. `overrides`: school → checker, applied as given (validated by the caller). */
export function routeSchools(schools: readonly RoutedSchool[], seed: number, purpose: string, overrides: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  if (schools.length < 2) return new Map();
  const random = seededRandom(seed, `cross-route:${purpose}`);
  const order = shuffled([...schools].sort((a, b) => a.school.localeCompare(b.school)), random);
  const index = new Map(order.map((s, i) => [s.school, i]));
  const fixed: (number | null)[] = order.map((s) => {
    const checker = overrides.get(s.school);
    const at = checker === undefined ? undefined : index.get(checker);
    return at === undefined ? null : at;
  });
  const works = order.map((s) => s.works);
  const best = bestPermutation(works, fixed, random) ?? greedy(works, fixed);
  return new Map(order.map((s, i) => [s.school, order[best[i]].school]));
}

/** Cost of a routing (`target[i]`: the checker of school i). */
export function routingCost(works: readonly number[], target: readonly number[]): number {
  const load = works.map(() => 0);
  target.forEach((checker, school) => {
    load[checker] += works[school];
  });
  let cost = 0;
  for (let i = 0; i < works.length; i += 1) {
    cost += Math.abs(load[i] - works[i]);
    if (target[i] === i) cost += MUTUAL_PENALTY * 10;
    if (target[target[i]] === i && i < target[i]) cost += MUTUAL_PENALTY;
  }
  return cost;
}

function consistent(target: readonly number[], fixed: readonly (number | null)[]): boolean {
  return target.every((checker, school) => checker !== school && (fixed[school] === null || fixed[school] === checker));
}

function bestPermutation(works: readonly number[], fixed: readonly (number | null)[], random: Random): number[] | null {
  const n = works.length;
  let best: number[] | null = null;
  let bestCost = Infinity;
  const consider = (target: readonly number[]) => {
    if (!consistent(target, fixed)) return;
    const cost = routingCost(works, target);
    if (cost < bestCost) {
      bestCost = cost;
      best = target.slice();
    }
  };
  if (n <= EXHAUSTIVE_UP_TO) {
    forEachPermutation(n, consider);
    return best;
  }
  const bySize = Array.from({ length: n }, (_, i) => i).sort((a, b) => works[a] - works[b]);
  const cycle = new Array<number>(n);
  bySize.forEach((school, i) => {
    cycle[school] = bySize[(i + 1) % n];
  });
  consider(improved(cycle, works, fixed) ?? cycle);
  for (let start = 0; start < RANDOM_STARTS; start += 1) {
    const target = improved(randomDerangement(n, fixed, random), works, fixed);
    if (target) consider(target);
  }
  return best;
}

/** Heap's algorithm over 0…n-1 in a fixed order. */
function forEachPermutation(n: number, visit: (permutation: readonly number[]) => void): void {
  const items = Array.from({ length: n }, (_, i) => i);
  const counters = new Array<number>(n).fill(0);
  visit(items);
  let i = 1;
  while (i < n) {
    if (counters[i] < i) {
      const other = i % 2 === 0 ? 0 : counters[i];
      [items[other], items[i]] = [items[i], items[other]];
      visit(items);
      counters[i] += 1;
      i = 1;
    } else {
      counters[i] = 0;
      i += 1;
    }
  }
}

function randomDerangement(n: number, fixed: readonly (number | null)[], random: Random): number[] | null {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const target = shuffled(Array.from({ length: n }, (_, i) => i), random);
    // Put each fixed checker in place by swapping it with whoever holds it.
    fixed.forEach((checker, school) => {
      if (checker === null) return;
      const holder = target.indexOf(checker);
      [target[holder], target[school]] = [target[school], target[holder]];
    });
    if (consistent(target, fixed)) return target;
  }
  return null;
}

/** Swaps the checkers of two free schools while that lowers the cost. */
function improved(start: number[] | null, works: readonly number[], fixed: readonly (number | null)[]): number[] | null {
  if (!start) return null;
  const target = start.slice();
  let cost = routingCost(works, target);
  for (let changed = true; changed; ) {
    changed = false;
    for (let a = 0; a < target.length; a += 1) {
      for (let b = a + 1; b < target.length; b += 1) {
        if (fixed[a] !== null || fixed[b] !== null) continue;
        [target[a], target[b]] = [target[b], target[a]];
        const next = consistent(target, fixed) ? routingCost(works, target) : Infinity;
        if (next < cost) {
          cost = next;
          changed = true;
        } else [target[a], target[b]] = [target[b], target[a]];
      }
    }
  }
  return target;
}

/** When overrides send two schools to one checker no permutation fits: each free school takes the cheapest other checker. */
function greedy(works: readonly number[], fixed: readonly (number | null)[]): number[] {
  const target = fixed.map((checker, school) => checker ?? (school + 1) % works.length);
  for (let school = 0; school < works.length; school += 1) {
    if (fixed[school] !== null) continue;
    let bestCost = Infinity;
    for (let checker = 0; checker < works.length; checker += 1) {
      if (checker === school) continue;
      const trial = target.slice();
      trial[school] = checker;
      const cost = routingCost(works, trial);
      if (cost < bestCost) {
        bestCost = cost;
        target[school] = checker;
      }
    }
  }
  return target;
}
