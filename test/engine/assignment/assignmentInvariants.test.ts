import { assignWorks, sameOrganisation, type AssignableWork, type Expert } from '../../../src/engine/assignment';
import { normaliseSubject } from '../../../src/engine/names';
import { unassignedText } from '../../../src/engine/wording';

/** The test's own generator (mulberry32), independent of the one under test. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  };
  const integer = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[]) => items[integer(0, items.length - 1)];
  return { next, integer, pick };
}

const MUNICIPALITIES = ['Боханский район', 'Мамско-Чуйский район', 'г. Иркутск', 'Ангарский городской округ'];
const SUBJECTS = ['русский язык', 'Математика', 'окружающий мир'];

interface Case {
  works: AssignableWork[];
  experts: Expert[];
  seed: number;
  /** Each expert's school and municipality as generated, before they were respelled: an independent check. */
  homes: Map<string, { school: string; municipality: string }>;
}

/** A random region: schools in 4 municipalities, works in 3 subjects and 5 grades, up to 8 experts. */
function randomCase(caseSeed: number): Case {
  const random = generator(caseSeed);
  const schools = Array.from({ length: random.integer(1, 10) }, (_, index) => {
    const municipality = random.pick(MUNICIPALITIES);
    // Experts may spell their school and municipality differently: upper case, quotes, extra spaces.
    return { key: `${municipality}/${index}`, municipality, school: `МБОУ СОШ №${index + 1}` };
  });
  const works: AssignableWork[] = [];
  for (const school of schools) {
    for (let group = random.integer(1, 3); group > 0; group -= 1) {
      const subject = random.pick(SUBJECTS);
      const grade = random.integer(4, 8);
      for (let count = random.integer(1, 15); count > 0; count -= 1) {
        const id = `${school.key}/${subject}/${grade}/${count}`;
        if (!works.some((work) => work.id === id)) works.push({ id, schoolKey: school.key, school: school.school, municipality: school.municipality, subject, grade });
      }
    }
  }
  const homes = new Map<string, { school: string; municipality: string }>();
  const experts: Expert[] = Array.from({ length: random.integer(0, 8) }, (_, index) => {
    const home = random.next() < 0.5 && schools.length > 0 ? random.pick(schools) : { school: `МАОУ Лицей №${index}`, municipality: random.pick(MUNICIPALITIES) };
    const low = random.integer(4, 8);
    homes.set(`Э${index + 1}`, { school: home.school, municipality: home.municipality });
    return {
      id: `Э${index + 1}`,
      name: `Эксперт ${index + 1}`,
      subjects: SUBJECTS.filter(() => random.next() < 0.5).map(normaliseSubject),
      grades: random.next() < 0.5 ? null : Array.from({ length: random.integer(1, 3) }, (_, offset) => low + offset),
      school: random.next() < 0.5 ? home.school.toUpperCase().replace('№', '№ ') : `"${home.school}"`,
      municipality: random.next() < 0.5 ? `  ${home.municipality.toUpperCase()} ` : home.municipality,
      capacity: random.next() < 0.5 ? null : random.integer(0, 30),
      row: index + 2,
    };
  });
  return { works, experts, seed: random.integer(0, 2 ** 31), homes };
}

function teaches(expert: Expert, work: AssignableWork): boolean {
  return expert.subjects.includes(normaliseSubject(work.subject)) && (expert.grades === null || expert.grades.includes(work.grade));
}

function conflicted(expert: Expert, work: AssignableWork): boolean {
  return sameOrganisation(expert.school, work.school) || sameOrganisation(expert.municipality, work.municipality);
}

describe('assignWorks over 200 random regions', () => {
  const cases = Array.from({ length: 200 }, (_, index) => randomCase(1000 + index));

  it('the generator makes varied cases: some fully assigned, some with each reason', () => {
    const reasons = new Set(cases.flatMap(({ works, experts, seed }) => assignWorks(works, experts, { seed }).unassigned.map((item) => item.reason)));
    expect([...reasons].sort()).toEqual(['capacity', 'no-expert-for-subject', 'only-conflicted-experts']);
    expect(cases.some(({ works, experts, seed }) => works.length > 0 && assignWorks(works, experts, { seed }).unassigned.length === 0)).toBe(true);
  });

  it.each(cases.map((testCase, index) => [index, testCase] as const))('case %i keeps every rule', (_, { works, experts, seed, homes }) => {
    const { byExpert, reviews, unassigned } = assignWorks(works, experts, { seed });
    const workById = new Map(works.map((work) => [work.id, work]));
    const expertById = new Map(experts.map((expert) => [expert.id, expert]));

    // Every work is assigned once or reported once, and nothing else appears.
    const seen = [...[...byExpert.values()].flat(), ...unassigned.map((item) => item.workId)];
    expect(seen.sort()).toEqual(works.map((work) => work.id).sort());
    expect([...byExpert.keys()].sort()).toEqual(experts.map((expert) => expert.id).sort());

    for (const [expertId, workIds] of byExpert) {
      const expert = expertById.get(expertId)!;
      // Capacity is never exceeded.
      if (expert.capacity !== null) expect(workIds.length).toBeLessThanOrEqual(expert.capacity);
      for (const workId of workIds) {
        const work = workById.get(workId)!;
        // The subject and grade fit, and there is never a conflict of interest.
        expect(teaches(expert, work)).toBe(true);
        expect(conflicted(expert, work)).toBe(false);
        expect(homes.get(expertId)!.municipality).not.toBe(work.municipality);
        expect(homes.get(expertId)!.school).not.toBe(work.school);
      }
    }

    // A school's group is split only by capacity: all but one of the experts sharing it end up full.
    const owners = new Map<string, Set<string>>();
    for (const [expertId, workIds] of byExpert) {
      for (const workId of workIds) {
        const work = workById.get(workId)!;
        const group = JSON.stringify([work.schoolKey, normaliseSubject(work.subject), work.grade]);
        owners.set(group, (owners.get(group) ?? new Set()).add(expertId));
      }
    }
    for (const group of owners.values()) {
      if (group.size < 2) continue;
      const notFull = [...group].filter((id) => byExpert.get(id)!.length !== expertById.get(id)!.capacity);
      expect(notFull.length).toBeLessThanOrEqual(1);
    }

    // Each reason is true.
    for (const item of unassigned) {
      const work = workById.get(item.workId)!;
      const ofSubject = experts.filter((expert) => teaches(expert, work));
      const free = ofSubject.filter((expert) => !conflicted(expert, work));
      if (item.reason === 'no-expert-for-subject') expect(ofSubject).toEqual([]);
      if (item.reason === 'only-conflicted-experts') expect(ofSubject.length > 0 && free.length === 0).toBe(true);
      if (item.reason === 'capacity') {
        expect(free.length).toBeGreaterThan(0);
        for (const expert of free) expect(byExpert.get(expert.id)!.length).toBe(expert.capacity);
      }
      expect(unassignedText(item)).toMatch(/[а-я]/);
    }

    // The same inputs and seed give the same result, in any input order.
    // The reviews are the same hand-out, all of round 1.
    expect(reviews).toEqual([...byExpert].flatMap(([reviewerId, ids]) => ids.map((workId) => ({ workId, round: 1, reviewerId }))));

    // The same inputs and seed give the same result, in any input order.
    expect(assignWorks([...works].reverse(), experts, { seed })).toEqual({ byExpert, reviews, unassigned });
  });
});
