import { unassignedText } from '../../../src/engine/wording';
import { assignWorks } from '../../../src/engine/assignment';
import { expert, ownerOf, schoolWorks } from './helpers';

const BOKHAN = 'Боханский район';
const IRKUTSK = 'г. Иркутск';

describe('assignWorks in rounds', () => {
  it('hands the works of round 1 out as reviews of round 1', () => {
    const a = expert({ municipality: IRKUTSK });
    const works = schoolWorks({ key: 'a', municipality: BOKHAN }, 3);
    const { reviews } = assignWorks(works, [a], { seed: 1 });
    expect(reviews).toEqual(works.map((work) => ({ workId: work.id, round: 1, reviewerId: a.id })));
  });

  it('gives a work of round 2 to someone other than its round-1 reviewer', () => {
    const experts = [expert({ municipality: IRKUTSK }), expert({ municipality: IRKUTSK }), expert({ municipality: IRKUTSK })];
    const works = [...schoolWorks({ key: 'a', municipality: BOKHAN }, 4), ...schoolWorks({ key: 'b', municipality: BOKHAN }, 3)];
    const first = assignWorks(works, experts, { seed: 5 });
    const second = assignWorks(works, experts, { seed: 5, round: 2, earlierReviews: first.reviews });
    expect(second.unassigned).toEqual([]);
    expect(second.reviews.every((review) => review.round === 2)).toBe(true);
    const before = ownerOf(first.byExpert);
    const after = ownerOf(second.byExpert);
    for (const work of works) {
      expect(after.get(work.id)).toBeDefined();
      expect(after.get(work.id)).not.toBe(before.get(work.id));
    }
  });

  it('leaves a work of round 2 unassigned when only its earlier reviewer could take it', () => {
    const only = expert({ municipality: IRKUTSK });
    const works = schoolWorks({ key: 'a', municipality: BOKHAN }, 2);
    const first = assignWorks(works, [only], { seed: 1 });
    const second = assignWorks(works, [only], { seed: 1, round: 2, earlierReviews: first.reviews });
    expect(second.reviews).toEqual([]);
    expect(second.unassigned.map((item) => item.reason)).toEqual(['only-earlier-reviewers', 'only-earlier-reviewers']);
    expect(unassignedText(second.unassigned[0])).toContain('прошлом туре');
  });

  it('keeps round 1 exactly as without rounds, whatever reviews of later rounds are given', () => {
    const experts = [expert({ municipality: IRKUTSK }), expert({ municipality: IRKUTSK })];
    const works = schoolWorks({ key: 'a', municipality: BOKHAN }, 5);
    const plain = assignWorks(works, experts, { seed: 9 });
    const later = [{ workId: works[0].id, round: 2, reviewerId: experts[0].id }];
    expect(assignWorks(works, experts, { seed: 9, round: 1, earlierReviews: later })).toEqual(plain);
  });
});
