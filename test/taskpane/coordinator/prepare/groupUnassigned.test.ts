import { groupUnassigned } from '../../../../src/taskpane/coordinator/prepare/groupUnassigned';

const school = { subject: 'физика', grade: 7, school: 'МБОУ Витимская СОШ', municipality: 'Бодайбинский район' };
const otherSchool = { ...school, school: 'МБОУ СОШ № 1' };

describe('groupUnassigned', () => {
  it('groups works by their reason and message (one school per group) and keeps every work in order', () => {
    const works = [
      { archive: 'a.zip', path: 'p/1.pdf', reason: 'no-expert-for-subject' as const, ...school },
      { archive: 'a.zip', path: 'p/2.pdf', reason: 'only-conflicted-experts' as const, ...school },
      { archive: 'b.zip', path: 'p/3.pdf', reason: 'no-expert-for-subject' as const, ...school },
      { archive: 'b.zip', path: 'p/4.pdf', reason: 'only-conflicted-experts' as const, ...otherSchool },
    ];
    const groups = groupUnassigned(works, 'ru');
    expect(groups.map((group) => [group.reason, group.works.map((work) => work.path)])).toEqual([
      ['no-expert-for-subject', ['p/1.pdf', 'p/3.pdf']],
      ['only-conflicted-experts', ['p/2.pdf']],
      ['only-conflicted-experts', ['p/4.pdf']],
    ]);
    expect(groups[1].message).toContain('«МБОУ Витимская СОШ»');
    expect(groups.flatMap((group) => group.works)).toHaveLength(works.length);
  });

  it('is empty for no works', () => {
    expect(groupUnassigned([], 'en')).toEqual([]);
  });
});
