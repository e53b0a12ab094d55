import type { Problem, ProblemCode } from '../../../src/engine';
import { groupProblems } from '../../../src/taskpane/coordinator/groupProblems';

const problem = (code: ProblemCode, path: string, message = `message for ${code}`): Problem => ({ archive: 'район.zip', path, problem: code, message });

describe('grouping problems', () => {
  it('keeps every problem, grouped by code, in the original order within a group', () => {
    const problems = [problem('bad-name', 'a.pdf'), problem('system-file', 'Thumbs.db'), problem('bad-name', 'b.pdf'), problem('not-pdf', 'c.pdf')];
    const groups = groupProblems(problems);
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
    expect(groupProblems(problems).map((group) => group.code)).toEqual(['bad-name', 'not-pdf', 'duplicate-file', 'system-file']);
  });

  it('shares the message of a group only when all of its problems say the same', () => {
    const [same] = groupProblems([problem('bad-name', 'a.pdf'), problem('bad-name', 'b.pdf')]);
    expect(same.sharedMessage).toBe('message for bad-name');
    const [different] = groupProblems([problem('duplicate-code', 'a.pdf', 'first'), problem('duplicate-code', 'b.pdf', 'second')]);
    expect(different.sharedMessage).toBeNull();
  });

  it('gives no groups for no problems', () => {
    expect(groupProblems([])).toEqual([]);
  });
});
