import { normaliseSubject } from '../names';
import { sameOrganisation } from './sameOrganisation';
import { seededRandom, shuffled } from './seededRandom';
import type { AssignableWork, Assignment, AssignOptions, Expert, UnassignedReason } from './types';

/** A school's works of one subject and grade: the unit that stays with one expert when it can. */
interface SchoolGroup {
  key: string;
  school: string;
  municipality: string;
  subject: string;
  grade: number;
  workIds: string[];
}

/**
 * Hands works out to experts.
 *
 * Rules: a work goes only to an expert of its subject (and grade, when the expert lists grades) who works
 * neither in its school nor in its municipality (sameOrganisation); an expert's capacity is never exceeded;
 * a school's works of one subject and grade (a group) go to one expert unless capacity forces a split.
 *
 * Algorithm (greedy "largest first, to the least loaded", which keeps max − min load within the size of the
 * largest group when experts are interchangeable):
 * 1. Group the works; order groups by size, largest first; groups of equal size in a seeded random order.
 * 2. For each group, the eligible experts are those of its subject and grade without a conflict of interest.
 *    Of those with room for the whole group, the one with the fewest works takes it (ties: a seeded order
 *    of experts). If none has room for it all, the group is split over as few experts as possible: those with
 *    the most room first. What still does not fit is reported as unassigned ('capacity').
 * 3. A group with no expert of its subject and grade, or only experts with a conflict, is reported whole.
 *
 * Rounds: a later round (`round` 2, 3…) hands the works out again for a second opinion; an expert who reviewed
 * any work of a group in an earlier round (`earlierReviews`) is not eligible for that group. Each round has its
 * own seeded order, and round 1 is exactly the hand-out it always was.
 *
 * Inputs are put in a fixed order first (groups by key, works by id), so the result depends on the works,
 * the experts and the seed, not on the order the works were given in. Duplicate work or expert ids are a
 * caller's bug and throw.
 */
export function assignWorks(works: readonly AssignableWork[], experts: readonly Expert[], options: AssignOptions): Assignment {
  assertUnique(works.map((work) => work.id), 'work');
  assertUnique(experts.map((expert) => expert.id), 'expert');

  const round = options.round ?? 1;
  const random = seededRandom(options.seed, round === 1 ? 'assignment' : `assignment-round-${round}`);
  const earlier = new Map<string, Set<string>>();
  for (const review of options.earlierReviews ?? []) {
    if (review.round >= round) continue;
    earlier.set(review.workId, (earlier.get(review.workId) ?? new Set()).add(review.reviewerId));
  }
  const reviewedBefore = (expert: Expert, group: SchoolGroup) => group.workIds.some((id) => earlier.get(id)?.has(expert.id));
  const rank = new Map(shuffled(experts, random).map((expert, index) => [expert.id, index]));
  const groups = shuffled(groupWorks(works), random).sort((a, b) => b.workIds.length - a.workIds.length);

  const byExpert = new Map<string, string[]>(experts.map((expert) => [expert.id, []]));
  const load = (expert: Expert) => byExpert.get(expert.id)!.length;
  const room = (expert: Expert) => (expert.capacity === null ? Infinity : Math.max(0, expert.capacity - load(expert)));
  const unassigned: Assignment['unassigned'] = [];
  const leave = (group: SchoolGroup, workIds: string[], reason: UnassignedReason) => {
    const { subject, grade, school, municipality } = group;
    for (const workId of workIds) unassigned.push({ workId, reason, subject, grade, school, municipality });
  };

  for (const group of groups) {
    const ofSubject = experts.filter((expert) => teaches(expert, group.subject, group.grade));
    const unconflicted = ofSubject.filter((expert) => !conflicted(expert, group));
    const free = unconflicted.filter((expert) => !reviewedBefore(expert, group));
    if (ofSubject.length === 0) leave(group, group.workIds, 'no-expert-for-subject');
    else if (unconflicted.length === 0) leave(group, group.workIds, 'only-conflicted-experts');
    else if (free.length === 0) leave(group, group.workIds, 'only-earlier-reviewers');
    else {
      const size = group.workIds.length;
      const byLoad = (a: Expert, b: Expert) => load(a) - load(b) || rank.get(a.id)! - rank.get(b.id)!;
      const whole = free.filter((expert) => room(expert) >= size).sort(byLoad)[0];
      if (whole) {
        byExpert.get(whole.id)!.push(...group.workIds);
        continue;
      }
      const byRoom = free.filter((expert) => room(expert) > 0).sort((a, b) => room(b) - room(a) || byLoad(a, b));
      let next = 0;
      for (const expert of byRoom) {
        const part = group.workIds.slice(next, next + room(expert));
        byExpert.get(expert.id)!.push(...part);
        next += part.length;
      }
      leave(group, group.workIds.slice(next), 'capacity');
    }
  }
  const reviews = [...byExpert].flatMap(([reviewerId, workIds]) => workIds.map((workId) => ({ workId, round, reviewerId })));
  return { byExpert, reviews, unassigned };
}

function subjectKey(subject: string): string {
  return normaliseSubject(subject).replace(/ё/gu, 'е');
}

function teaches(expert: Expert, subject: string, grade: number): boolean {
  const key = subjectKey(subject);
  return expert.subjects.some((own) => subjectKey(own) === key) && (expert.grades === null || expert.grades.includes(grade));
}

/** An expert never re-checks works of their own school or their own municipality. */
function conflicted(expert: Expert, group: SchoolGroup): boolean {
  return sameOrganisation(expert.school, group.school) || sameOrganisation(expert.municipality, group.municipality);
}

function groupWorks(works: readonly AssignableWork[]): SchoolGroup[] {
  const groups = new Map<string, SchoolGroup>();
  for (const work of works) {
    const subject = normaliseSubject(work.subject);
    // School and municipality are part of the key so the conflict check sees every spelling a group was given.
    const key = JSON.stringify([work.schoolKey, subjectKey(subject), work.grade, work.school, work.municipality]);
    let group = groups.get(key);
    if (!group) {
      group = { key, school: work.school, municipality: work.municipality, subject, grade: work.grade, workIds: [] };
      groups.set(key, group);
    }
    group.workIds.push(work.id);
  }
  const ordered = [...groups.values()].sort((a, b) => compareText(a.key, b.key));
  for (const group of ordered) group.workIds.sort(compareText);
  return ordered;
}

function assertUnique(ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`assignWorks: ${what} id ${JSON.stringify(id)} is given twice`);
    seen.add(id);
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
