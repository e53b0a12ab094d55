import { normaliseSubject } from '../names';
import { assignWorks } from './assignWorks';
import { seededRandom, shuffled } from './seededRandom';
import type { AssignableWork, Assignment, Expert, Review } from './types';

/** How many experts score each chosen work, and which share of the works is chosen (issue 11). */
export interface CopiesOptions {
  seed: number;
  /** 1: one expert per work (the default); 2: the chosen works get a second, independent expert. */
  copies: 1 | 2;
  /** The share (0…1) of each test's works scored twice; default 1 (every work). */
  share?: number;
}

/** Round 1 and, with two copies, round 2: each round balanced and kept together by school on its own. */
export interface CopiesAssignment {
  rounds: Assignment[];
  /** Every review of both rounds. */
  reviews: Review[];
  /** The works chosen for a second expert (ids), whether or not one was found. */
  chosen: Set<string>;
}

/**
 * Double scoring: every work goes to one expert (round 1, `assignWorks`); the chosen works then go to a second
 * expert (round 2) by the same rules — subject and grade, never the work's school or municipality, a school's works
 * together, balanced — who is never the first one (`earlierReviews`). Each expert's capacity counts both rounds:
 * round 2 only has the room round 1 left. The two are blind to each other by construction: separate packages, each
 * protocol holding the school's scores only.
 *
 * A chosen work that finds no second expert is listed (`no-second-expert`), never silently scored once. Works left
 * out of round 1 keep their round-1 reason and are not offered to round 2.
 *
 * Choice of works (`share` below 1): per test (subject and grade), round(share × works) of them, in a seeded order
 * of their ids — the same works for the same seed, whatever order they were given in.
 */
export function assignCopies(works: readonly AssignableWork[], experts: readonly Expert[], options: CopiesOptions): CopiesAssignment {
  const first = assignWorks(works, experts, { seed: options.seed, round: 1 });
  if (options.copies === 1) return { rounds: [first], reviews: first.reviews, chosen: new Set() };

  const chosen = chooseShare(works, options.share ?? 1, options.seed);
  const placed = new Set(first.reviews.map((review) => review.workId));
  const second = assignWorks(
    works.filter((work) => chosen.has(work.id) && placed.has(work.id)),
    experts.map((expert) => ({ ...expert, capacity: expert.capacity === null ? null : Math.max(0, expert.capacity - (first.byExpert.get(expert.id)?.length ?? 0)) })),
    { seed: options.seed, round: 2, earlierReviews: first.reviews },
  );
  const unassigned = second.unassigned.map((work) => ({ ...work, reason: 'no-second-expert' as const }));
  return { rounds: [first, { ...second, unassigned }], reviews: [...first.reviews, ...second.reviews], chosen };
}

/** round(share × n) works of each test, in a seeded order of their ids. */
export function chooseShare(works: readonly AssignableWork[], share: number, seed: number): Set<string> {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`share must be within 0…1, not ${share}`);
  const byTest = new Map<string, string[]>();
  for (const work of works) {
    const key = `${normaliseSubject(work.subject)}\u0000${work.grade}`;
    byTest.set(key, [...(byTest.get(key) ?? []), work.id]);
  }
  const chosen = new Set<string>();
  for (const key of [...byTest.keys()].sort()) {
    const ids = byTest.get(key)!.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const count = Math.round(share * ids.length);
    for (const id of shuffled(ids, seededRandom(seed, `second-copy ${key}`)).slice(0, count)) chosen.add(id);
  }
  return chosen;
}
