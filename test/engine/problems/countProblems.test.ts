import { countProblems, problemDetails, PROTOCOL_PROBLEM_PLACE, type Problem, type ProtocolProblem } from '../../../src/engine';

const at = (path: string) => ({ archive: 'Район.zip', path });
const problems: Problem[] = [
  { ...at('a/1.pdf'), problem: 'not-pdf', looksLike: 'jpeg' },
  { ...at('a/2.pdf'), problem: 'broken-pdf', reason: 'cut' },
  { ...at('b/3.pdf'), problem: 'not-pdf', looksLike: 'heic' },
  { ...at('b/4.pdf'), problem: 'not-pdf', looksLike: 'jpeg' },
  { ...at('c/5.pdf'), problem: 'broken-pdf', reason: 'no-pages' },
  { ...at('c/6.pdf'), problem: 'empty-file' },
];

describe('counting problems', () => {
  it('counts by code, largest group first, every problem kept', () => {
    const groups = countProblems(problems);
    expect(groups.map((group) => [group.code, group.count])).toEqual([
      ['not-pdf', 3],
      ['broken-pdf', 2],
      ['empty-file', 1],
    ]);
    expect(groups[0].problems.map((problem) => problem.path)).toEqual(['a/1.pdf', 'b/3.pdf', 'b/4.pdf']);
    expect(groups.every((group) => Object.keys(group.details).length === 0)).toBe(true);
  });

  it('counts by code and details, never splitting a group by where the problems are; ties keep the order first seen', () => {
    const groups = countProblems(problems, 'details');
    expect(groups.map((group) => [group.code, group.details, group.count])).toEqual([
      ['not-pdf', { looksLike: 'jpeg' }, 2],
      ['broken-pdf', { reason: 'cut' }, 1],
      ['not-pdf', { looksLike: 'heic' }, 1],
      ['broken-pdf', { reason: 'no-pages' }, 1],
      ['empty-file', {}, 1],
    ]);
  });

  it('treats equal details as equal whatever the order of their fields and of nested objects', () => {
    const a: Problem = { ...at('x.xlsx'), problem: 'unknown-column', header: '1 (1б)', duplicateOf: { task: '1', header: '1 (1б)' } };
    const b: Problem = { ...at('y.xlsx'), cell: 'Лист1!C1', problem: 'unknown-column', duplicateOf: { header: '1 (1б)', task: '1' }, header: '1 (1б)' };
    expect(countProblems([a, b], 'details').map((group) => group.count)).toEqual([2]);
  });

  it('keeps a detail that a protocol problem would take for its place, such as a score sheet row', () => {
    const first: Problem = { ...at('s.xlsx'), problem: 'duplicate-row', participant: '40001', row: 4, otherRow: 2, identical: true };
    expect(problemDetails(first)).toEqual({ participant: '40001', row: 4, otherRow: 2, identical: true });
  });

  it('leaves out the place of protocol problems when told which fields are the place', () => {
    const rows: ProtocolProblem[] = [
      { cell: 'Протокол!G2', work: 'ОО-01/0402', task: '1', row: 2, problem: 'missing-expert-score', max: 2 },
      { cell: 'Протокол!G3', work: 'ОО-01/0402', task: '2', row: 3, problem: 'missing-expert-score', max: 2 },
      { cell: 'Протокол!G4', work: 'ОО-01/0403', task: '1', row: 4, problem: 'missing-expert-score', max: 3 },
    ];
    expect(countProblems(rows, 'details', PROTOCOL_PROBLEM_PLACE).map((group) => [group.details, group.count])).toEqual([
      [{ max: 2 }, 2],
      [{ max: 3 }, 1],
    ]);
  });

  it('gives nothing for no problems', () => {
    expect(countProblems([])).toEqual([]);
  });
});
