import { progressPhase } from '../../../../src/taskpane/coordinator/prepare/progressPhase';

describe('progressPhase', () => {
  it('is starting before the first report', () => {
    expect(progressPhase(null)).toEqual({ phase: 'starting', value: undefined });
  });

  it('counts the files of the archives without a bar value, as their total is unknown', () => {
    expect(progressPhase({ stage: 'index', done: 42, total: 0 })).toEqual({ phase: 'index', files: 42, value: undefined });
  });

  it('shows the school sheets as N of M', () => {
    expect(progressPhase({ stage: 'sheets', done: 1, total: 4 })).toEqual({ phase: 'sheets', done: 1, total: 4, value: 0.25 });
  });

  it('moves on to assigning once the last sheet is read, before the first package is reported', () => {
    expect(progressPhase({ stage: 'sheets', done: 4, total: 4 })).toEqual({ phase: 'assigning', value: undefined });
  });

  it('shows the packages as N of M', () => {
    expect(progressPhase({ stage: 'packages', done: 2, total: 3 })).toEqual({ phase: 'packages', done: 2, total: 3, value: 2 / 3 });
    expect(progressPhase({ stage: 'packages', done: 3, total: 3 }).value).toBe(1);
  });
});
