import { groupUnassigned } from '../../../../src/taskpane/coordinator/prepare/groupUnassigned';

const noExpert = 'В списке нет эксперта по предмету «физика» для 7 класса.';
const conflicted = 'Все эксперты работают в школе «МБОУ Витимская СОШ».';

describe('groupUnassigned', () => {
  it('groups works by their reason and message and keeps every work in order', () => {
    const works = [
      { archive: 'a.zip', path: 'p/1.pdf', reason: 'no-expert-for-subject' as const, message: noExpert },
      { archive: 'a.zip', path: 'p/2.pdf', reason: 'only-conflicted-experts' as const, message: conflicted },
      { archive: 'b.zip', path: 'p/3.pdf', reason: 'no-expert-for-subject' as const, message: noExpert },
    ];
    const groups = groupUnassigned(works);
    expect(groups.map((group) => [group.reason, group.works.map((work) => work.path)])).toEqual([
      ['no-expert-for-subject', ['p/1.pdf', 'p/3.pdf']],
      ['only-conflicted-experts', ['p/2.pdf']],
    ]);
    expect(groups.flatMap((group) => group.works)).toHaveLength(works.length);
  });

  it('is empty for no works', () => {
    expect(groupUnassigned([])).toEqual([]);
  });
});
