import { assignWorks, type AssignableWork } from '../../../src/engine/assignment';
import { expert, loads, ownerOf, schoolWorks } from './helpers';
import { unassignedText } from '../../../src/engine/wording';

const BOKHAN = 'Боханский район';
const MAMA = 'Мамско-Чуйский район';
const IRKUTSK = 'г. Иркутск';

describe('assignWorks matches works to experts', () => {
  it('by subject, loosely as to case and spacing, never across subjects', () => {
    const russian = expert({ municipality: IRKUTSK, subjects: ['Русский  язык'] });
    const maths = expert({ municipality: IRKUTSK, subjects: ['математика'] });
    const works = [...schoolWorks({ key: 'a', municipality: BOKHAN }, 3, 'РУССКИЙ ЯЗЫК'), ...schoolWorks({ key: 'b', municipality: BOKHAN }, 2, 'Математика')];
    const { byExpert, unassigned } = assignWorks(works, [russian, maths], { seed: 1 });
    expect(unassigned).toEqual([]);
    expect(byExpert.get(russian.id)).toEqual(works.slice(0, 3).map((work) => work.id));
    expect(byExpert.get(maths.id)).toEqual(works.slice(3).map((work) => work.id));
  });

  it('by grade when the expert lists grades, to anyone of the subject when not', () => {
    const primary = expert({ municipality: IRKUTSK, grades: [4] });
    const middle = expert({ municipality: IRKUTSK, grades: [5, 6, 7] });
    const works = [...schoolWorks({ key: 'a', municipality: BOKHAN }, 4, 'русский язык', 4), ...schoolWorks({ key: 'b', municipality: BOKHAN }, 5, 'русский язык', 6)];
    const owners = ownerOf(assignWorks(works, [primary, middle], { seed: 1 }).byExpert);
    for (const work of works) expect(owners.get(work.id)).toBe(work.grade === 4 ? primary.id : middle.id);
  });

  it('lists every expert, also one given no works', () => {
    const idle = expert({ municipality: IRKUTSK, subjects: ['химия'] });
    const busy = expert({ municipality: IRKUTSK });
    const { byExpert } = assignWorks(schoolWorks({ key: 'a', municipality: BOKHAN }, 2), [idle, busy], { seed: 1 });
    expect([...byExpert.keys()]).toEqual([idle.id, busy.id]);
    expect(byExpert.get(idle.id)).toEqual([]);
  });
});

describe('assignWorks keeps experts away from their own', () => {
  it('school, even when its municipality is spelled differently and the quotes and № differ', () => {
    const own = expert({ municipality: 'Боханский р-н', school: 'МБОУ «СОШ № 5»' });
    const other = expert({ municipality: 'Боханский р-н', school: 'МБОУ СОШ №6' });
    const works = schoolWorks({ key: 'x', municipality: BOKHAN, school: 'мбоу "сош №5"' }, 6);
    // The one eligible expert takes everything, although the other is less loaded at the start.
    const { byExpert, unassigned } = assignWorks(works, [own, other], { seed: 4 });
    expect(unassigned).toEqual([]);
    expect(byExpert.get(own.id)).toEqual([]);
    expect(byExpert.get(other.id)).toHaveLength(6);
  });

  it('municipality, whichever of its schools the works come from', () => {
    const local = expert({ municipality: 'БОХАНСКИЙ  РАЙОН' });
    const outsider = expert({ municipality: MAMA });
    const works = [1, 2, 3].flatMap((index) => schoolWorks({ key: `s${index}`, municipality: BOKHAN }, 5));
    const { byExpert, unassigned } = assignWorks(works, [local, outsider], { seed: 9 });
    expect(unassigned).toEqual([]);
    expect(byExpert.get(local.id)).toEqual([]);
    expect(byExpert.get(outsider.id)).toHaveLength(15);
  });
});

describe('assignWorks keeps a school together', () => {
  it('giving all of a school’s works of one subject and grade to one expert', () => {
    const experts = [1, 2, 3].map(() => expert({ municipality: IRKUTSK }));
    const works = [7, 3, 9, 4, 6].flatMap((count, index) => schoolWorks({ key: `s${index}`, municipality: BOKHAN }, count));
    const owners = ownerOf(assignWorks(works, experts, { seed: 3 }).byExpert);
    for (let index = 0; index < 5; index += 1) {
      const ownersOfSchool = new Set(works.filter((work) => work.schoolKey === `s${index}`).map((work) => owners.get(work.id)));
      expect(ownersOfSchool.size).toBe(1);
    }
  });

  it('unless capacity forces a split, then over as few experts as possible', () => {
    const small = expert({ municipality: IRKUTSK, capacity: 4 });
    const large = expert({ municipality: IRKUTSK, capacity: 7 });
    const tiny = expert({ municipality: IRKUTSK, capacity: 3 });
    const works = schoolWorks({ key: 's', municipality: BOKHAN }, 10);
    const { byExpert, unassigned } = assignWorks(works, [small, large, tiny], { seed: 2 });
    expect(unassigned).toEqual([]);
    // 7 + 3 from the two with most room: two experts, where 4 + 3 + 3 would be three.
    expect(byExpert.get(large.id)).toHaveLength(7);
    expect(byExpert.get(small.id)).toHaveLength(3);
    expect(byExpert.get(tiny.id)).toEqual([]);
  });

  it('choosing an expert who has room for the whole school over a less loaded one who has not', () => {
    const roomy = expert({ municipality: IRKUTSK, capacity: 20 });
    const cramped = expert({ municipality: IRKUTSK, capacity: 6 });
    const works = [...schoolWorks({ key: 'big', municipality: BOKHAN }, 8), ...schoolWorks({ key: 'mid', municipality: MAMA }, 7)];
    const { byExpert, unassigned } = assignWorks(works, [roomy, cramped], { seed: 1 });
    expect(unassigned).toEqual([]);
    expect(byExpert.get(roomy.id)).toHaveLength(15);
    expect(byExpert.get(cramped.id)).toEqual([]);
  });
});

describe('assignWorks balances', () => {
  it('the number of works within the size of the largest school when experts are interchangeable', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const experts = [1, 2, 3, 4].map(() => expert({ municipality: IRKUTSK }));
      const sizes = Array.from({ length: 12 }, (_, index) => 5 + ((index * 7 + seed * 3) % 21));
      const works = sizes.flatMap((size, index) => schoolWorks({ key: `s${index}`, municipality: index % 2 ? BOKHAN : MAMA }, size));
      const counts = loads(assignWorks(works, experts, { seed }).byExpert);
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(works.length);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(Math.max(...sizes));
    }
  });

  it('exactly when every school is the same size and they divide evenly', () => {
    const experts = [1, 2, 3].map(() => expert({ municipality: IRKUTSK }));
    const works = Array.from({ length: 9 }, (_, index) => schoolWorks({ key: `s${index}`, municipality: BOKHAN }, 5)).flat();
    expect(loads(assignWorks(works, experts, { seed: 5 }).byExpert)).toEqual([15, 15, 15]);
  });
});

describe('assignWorks is deterministic', () => {
  const experts = [1, 2, 3, 4].map(() => expert({ municipality: IRKUTSK }));
  const works = Array.from({ length: 8 }, (_, index) => schoolWorks({ key: `s${index}`, municipality: BOKHAN }, 10)).flat();

  it('giving the same result for the same inputs and seed, whatever order the works come in', () => {
    const first = assignWorks(works, experts, { seed: 42 });
    expect(assignWorks(works, experts, { seed: 42 })).toEqual(first);
    expect(assignWorks([...works].reverse(), experts, { seed: 42 })).toEqual(first);
  });

  it('and a different seed changes something on an input where every choice is a tie', () => {
    const results = new Set(Array.from({ length: 5 }, (_, seed) => JSON.stringify([...assignWorks(works, experts, { seed }).byExpert])));
    expect(results.size).toBeGreaterThan(1);
  });
});

describe('assignWorks reports works no expert can take', () => {
  it('when nobody checks the subject, or the grade', () => {
    const maths = expert({ municipality: IRKUTSK, subjects: ['математика'], grades: [5] });
    const works: AssignableWork[] = [
      ...schoolWorks({ key: 'a', municipality: BOKHAN }, 2, 'биология', 5),
      ...schoolWorks({ key: 'b', municipality: BOKHAN }, 1, 'математика', 8),
    ];
    const { byExpert, unassigned } = assignWorks(works, [maths], { seed: 1 });
    expect(byExpert.get(maths.id)).toEqual([]);
    expect(unassigned.map((item) => [item.workId, item.reason])).toEqual(
      expect.arrayContaining(works.map((work) => [work.id, 'no-expert-for-subject'])),
    );
    expect(unassigned).toHaveLength(3);
    expect(unassignedText(unassigned.find((item) => item.workId === works[0].id)!)).toMatch(/нет эксперта по предмету «биология» для 5 класса/);
  });

  it('when every expert of the subject works in the school or its municipality', () => {
    const local = expert({ municipality: BOKHAN });
    const ownSchool = expert({ municipality: 'Боханский р-н', school: 'СОШ №1' });
    const works = schoolWorks({ key: 'a', municipality: BOKHAN, school: 'СОШ № 1' }, 3);
    const { unassigned } = assignWorks(works, [local, ownSchool], { seed: 1 });
    expect(unassigned.map((item) => item.reason)).toEqual(['only-conflicted-experts', 'only-conflicted-experts', 'only-conflicted-experts']);
    expect(unassignedText(unassigned[0])).toContain('другого муниципалитета');
  });

  it('when the experts without a conflict are full, reporting only what did not fit', () => {
    const local = expert({ municipality: BOKHAN, capacity: 100 });
    const full = expert({ municipality: MAMA, capacity: 4 });
    const works = schoolWorks({ key: 'a', municipality: BOKHAN }, 6);
    const { byExpert, unassigned } = assignWorks(works, [local, full], { seed: 1 });
    expect(byExpert.get(full.id)).toHaveLength(4);
    expect(byExpert.get(local.id)).toEqual([]);
    expect(unassigned.map((item) => item.reason)).toEqual(['capacity', 'capacity']);
    expect(unassignedText(unassigned[0])).toContain('лимит');
  });

  it('treating a capacity of 0 as taking no works', () => {
    const resting = expert({ municipality: MAMA, capacity: 0 });
    const { unassigned } = assignWorks(schoolWorks({ key: 'a', municipality: BOKHAN }, 1), [resting], { seed: 1 });
    expect(unassigned.map((item) => item.reason)).toEqual(['capacity']);
  });
});

describe('assignWorks refuses caller bugs', () => {
  it('a work id given twice', () => {
    const works = schoolWorks({ key: 'a', municipality: BOKHAN }, 1);
    expect(() => assignWorks([...works, ...works], [expert({ municipality: MAMA })], { seed: 1 })).toThrow(/given twice/);
  });
});
