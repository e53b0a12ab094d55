import { problemText, type Problem } from '../../../src/engine';
import { groupProblems } from '../../../src/taskpane/coordinator/groupProblems';

type Code = 'bad-name' | 'system-file' | 'not-pdf' | 'duplicate-file';
const problem = (code: Code, path: string): Problem =>
  code === 'bad-name' ? { archive: 'район.zip', path, problem: code, expected: 'work' } : code === 'not-pdf' ? { archive: 'район.zip', path, problem: code, looksLike: 'jpeg' } : code === 'duplicate-file' ? { archive: 'район.zip', path, problem: code, otherPath: 'a.pdf' } : { archive: 'район.zip', path, problem: code };
const duplicateOf = (path: string, otherPath: string): Problem => ({ archive: 'район.zip', path, problem: 'duplicate-code', participant: '4002', otherPath });

describe('grouping problems', () => {
  it('keeps every problem, grouped by code, in the original order within a group', () => {
    const problems = [problem('bad-name', 'a.pdf'), problem('system-file', 'Thumbs.db'), problem('bad-name', 'b.pdf'), problem('not-pdf', 'c.pdf')];
    const groups = groupProblems(problems, 'ru');
    expect(groups.flatMap((group) => group.problems)).toHaveLength(problems.length);
    expect(groups.find((group) => group.code === 'bad-name')?.problems.map((item) => item.path)).toEqual(['a.pdf', 'b.pdf']);
  });

  it('puts the biggest actionable group first and what needs no action last', () => {
    const problems = [
      problem('system-file', 'x/Thumbs.db'),
      problem('system-file', 'y/Thumbs.db'),
      problem('system-file', 'z/.DS_Store'),
      problem('duplicate-file', 'a (1).pdf'),
      problem('not-pdf', 'c.pdf'),
      problem('bad-name', 'a.pdf'),
      problem('bad-name', 'b.pdf'),
    ];
    expect(groupProblems(problems, 'ru').map((group) => group.code)).toEqual(['bad-name', 'not-pdf', 'duplicate-file', 'system-file']);
  });

  it('shares the message of a group only when all of its problems say the same, in the language asked for', () => {
    const [same] = groupProblems([problem('bad-name', 'a.pdf'), problem('bad-name', 'b.pdf')], 'en');
    expect(same.sharedMessage).toBe(problemText(problem('bad-name', 'a.pdf'), 'en'));
    expect(same.sharedMessage).toMatch(/^The file name/);
    const [different] = groupProblems([duplicateOf('a.pdf', 'b.pdf'), duplicateOf('b.pdf', 'a.pdf')], 'ru');
    expect(different.sharedMessage).toBeNull();
  });

  it('gives no groups for no problems', () => {
    expect(groupProblems([], 'ru')).toEqual([]);
  });
});
