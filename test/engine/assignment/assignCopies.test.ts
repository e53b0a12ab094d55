import { unassignedText } from '../../../src/engine/wording';
import { assignCopies, chooseShare, sameOrganisation } from '../../../src/engine/assignment';
import type { AssignableWork, Expert } from '../../../src/engine/assignment';
import { expert, loads, ownerOf, schoolWorks } from './helpers';

const BOKHAN = 'Боханский район';
const ZALARI = 'Заларинский район';
const IRKUTSK = 'г. Иркутск';
const ANGARSK = 'г. Ангарск';

function region(): AssignableWork[] {
  return [
    ...schoolWorks({ key: 'a', municipality: BOKHAN }, 6),
    ...schoolWorks({ key: 'b', municipality: BOKHAN }, 4),
    ...schoolWorks({ key: 'c', municipality: ZALARI }, 5),
    ...schoolWorks({ key: 'd', municipality: IRKUTSK }, 3),
  ];
}

function panel(): Expert[] {
  return [
    expert({ municipality: IRKUTSK }), expert({ municipality: IRKUTSK }), expert({ municipality: ANGARSK }),
    expert({ municipality: ANGARSK }), expert({ municipality: BOKHAN }), expert({ municipality: ZALARI }),
  ];
}

describe('assignCopies: two blind experts per work', () => {
  it('gives every work two different experts of its subject, neither from its school or municipality', () => {
    const works = region();
    const experts = panel();
    const result = assignCopies(works, experts, { seed: 3, copies: 2 });
    expect(result.rounds.map((round) => round.unassigned)).toEqual([[], []]);
    const [first, second] = result.rounds.map((round) => ownerOf(round.byExpert));
    const byId = new Map(experts.map((e) => [e.id, e]));
    for (const work of works) {
      const a = byId.get(first.get(work.id)!)!;
      const b = byId.get(second.get(work.id)!)!;
      expect(a.id).not.toBe(b.id);
      for (const reviewer of [a, b]) expect(sameOrganisation(reviewer.municipality, work.municipality)).toBe(false);
    }
    expect(result.reviews.filter((review) => review.round === 1)).toHaveLength(works.length);
    expect(result.reviews.filter((review) => review.round === 2)).toHaveLength(works.length);
  });

  it('keeps a school together and the load balanced in each round on its own', () => {
    const works = region();
    const result = assignCopies(works, panel(), { seed: 11, copies: 2 });
    for (const round of result.rounds) {
      const owners = ownerOf(round.byExpert);
      for (const school of ['a', 'b', 'c', 'd']) {
        const reviewers = new Set(works.filter((work) => work.schoolKey === school).map((work) => owners.get(work.id)));
        expect(reviewers.size).toBe(1);
      }
      const assigned = loads(round.byExpert).filter((load) => load > 0);
      // Greedy largest-first: the spread stays within the largest school's works.
      expect(Math.max(...assigned) - Math.min(...assigned)).toBeLessThanOrEqual(6);
    }
  });

  it('lists a chosen work without a second expert as no-second-expert, never scores it once silently', () => {
    const works = schoolWorks({ key: 'a', municipality: BOKHAN }, 3);
    const only = expert({ municipality: IRKUTSK });
    const result = assignCopies(works, [only, expert({ municipality: BOKHAN })], { seed: 1, copies: 2 });
    expect(result.rounds[0].unassigned).toEqual([]);
    expect(result.rounds[1].unassigned.map((work) => [work.workId, work.reason])).toEqual(works.map((work) => [work.id, 'no-second-expert']));
    expect(unassignedText(result.rounds[1].unassigned[0])).toContain('второго эксперта');
  });

  it('counts both rounds against an expert’s capacity', () => {
    const works = [...schoolWorks({ key: 'a', municipality: BOKHAN }, 4), ...schoolWorks({ key: 'b', municipality: ZALARI }, 4)];
    const experts = [expert({ municipality: IRKUTSK, capacity: 6 }), expert({ municipality: ANGARSK, capacity: 6 })];
    const result = assignCopies(works, experts, { seed: 2, copies: 2 });
    for (const e of experts) {
      const total = result.rounds.reduce((sum, round) => sum + round.byExpert.get(e.id)!.length, 0);
      expect(total).toBeLessThanOrEqual(6);
    }
    // 8 works, 12 places in all: round 1 takes 8, round 2 gets the 4 left; the other 4 are listed.
    expect(result.rounds[1].reviews).toHaveLength(4);
    expect(result.rounds[1].unassigned).toHaveLength(4);
    expect(result.rounds[1].unassigned.every((work) => work.reason === 'no-second-expert')).toBe(true);
  });

  it('chooses round(share × works) of each test, the same works for the same seed whatever the order given', () => {
    const works = [...region(), ...schoolWorks({ key: 'e', municipality: ZALARI }, 10, 'математика', 5)];
    const chosen = chooseShare(works, 0.2, 42);
    expect(works.filter((work) => work.subject === 'русский язык' && chosen.has(work.id))).toHaveLength(4); // round(0.2 × 18)
    expect(works.filter((work) => work.subject === 'математика' && chosen.has(work.id))).toHaveLength(2);
    expect([...chooseShare([...works].reverse(), 0.2, 42)].sort()).toEqual([...chosen].sort());
    expect([...chooseShare(works, 0.2, 43)].sort()).not.toEqual([...chosen].sort());
    const result = assignCopies(works, [...panel(), expert({ municipality: IRKUTSK, subjects: ['математика'] }), expert({ municipality: ANGARSK, subjects: ['математика'] })], { seed: 42, copies: 2, share: 0.2 });
    expect(result.rounds[1].reviews.map((review) => review.workId).sort()).toEqual([...chosen].sort());
    expect(result.rounds[0].reviews).toHaveLength(works.length);
  });

  it('with one copy is exactly the single hand-out', () => {
    const works = region();
    const experts = panel();
    const result = assignCopies(works, experts, { seed: 5, copies: 1 });
    expect(result.rounds).toHaveLength(1);
    expect(result.reviews.every((review) => review.round === 1)).toBe(true);
  });
});
