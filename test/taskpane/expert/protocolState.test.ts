import { protocolRowFromCells, type CellInput } from '../../../src/engine';
import type { OpenedProtocol } from '../../../src/office/excel';
import { allProblems, initialProtocolState, protocolReducer } from '../../../src/taskpane/expert/protocolState';
import { attentionGroups } from '../../../src/taskpane/expert/attentionGroups';
import { scoredCount, worksOfRows } from '../../../src/taskpane/expert/protocolWorks';

function row(sheetRow: number, work: string, task: string, school: CellInput, expert: CellInput = null, code: CellInput = null, explanation: CellInput = null) {
  return protocolRowFromCells(sheetRow, { schoolCode: 'ОО-01', workCode: work, variant: 1, task, max: 2, schoolScore: school, expertScore: expert, errorCode: code, explanation });
}

function opened(): OpenedProtocol {
  return {
    meta: { formatVersion: 2, packageId: 'P', round: 1, reviewer: 'expert', expert: 'Э', subject: 'русский язык', grade: 6, createdAt: '', deadline: null, completedAt: null },
    metaSheet: 'recheck',
    layout: { columns: { schoolCode: 1, workCode: 2, variant: 3, task: 4, max: 5, schoolScore: 6, expertScore: 7, difference: 8, errorCode: 9, explanation: 10 }, width: 10, lastRow: 5 },
    rows: [row(2, '40001', '1', 1), row(3, '40001', '2', 2), row(4, '40002', '1', 0), row(5, '40002', '2', 'X')],
  };
}

describe('the expert view\'s protocol state', () => {
  it('drops the completion of a protocol edited after finishing, keeps when it was, and takes a new finish', () => {
    let state = protocolReducer(initialProtocolState(opened()), { type: 'completed', at: '2026-05-01T10:00:00.000Z' });
    state = protocolReducer(state, { type: 'completion-cleared', at: '2026-05-01T10:00:00.000Z' });
    expect(state.completedAt).toBeNull();
    expect(state.completionCleared).toBe('2026-05-01T10:00:00.000Z');
    state = protocolReducer(state, { type: 'completed', at: '2026-05-02T09:00:00.000Z' });
    expect(state.completedAt).toBe('2026-05-02T09:00:00.000Z');
    expect(state.completionCleared).toBeNull();
  });

  it('starts with every task missing its score', () => {
    const state = initialProtocolState(opened());
    expect(allProblems(state).map((problem) => problem.problem)).toEqual(Array(4).fill('missing-expert-score'));
  });

  it('re-checks exactly the changed rows: a differing score flags the missing code', () => {
    let state = initialProtocolState(opened());
    state = protocolReducer(state, { type: 'rows', first: 2, last: 2, rows: [row(2, '40001', '1', 1, 2)] });
    expect(state.problems.get(2)?.map((problem) => [problem.cell, problem.problem])).toEqual([['Протокол!I2', 'difference-without-code']]);
    expect(state.problems.get(3)?.map((problem) => problem.problem)).toEqual(['missing-expert-score']);
  });

  it('clears a row\'s problems when the fix arrives, and a row read back empty is gone', () => {
    let state = initialProtocolState(opened());
    state = protocolReducer(state, { type: 'rows', first: 2, last: 3, rows: [row(2, '40001', '1', 1, 2, 3), row(3, '40001', '2', 2, 2)] });
    expect(state.problems.has(2)).toBe(false);
    expect(state.problems.has(3)).toBe(false);
    state = protocolReducer(state, { type: 'rows', first: 4, last: 4, rows: [] });
    expect(state.rows.has(4)).toBe(false);
  });

  it('counts a full check and forgets it on the next change', () => {
    let state = initialProtocolState(opened());
    const clean = [row(2, '40001', '1', 1, 1), row(3, '40001', '2', 2, 2), row(4, '40002', '1', 0, 0), row(5, '40002', '2', 'X', 0)];
    state = protocolReducer(state, { type: 'grid', layout: state.layout, rows: clean, checked: true });
    expect(state.check).toEqual({ rows: 4, works: 2, problems: 0 });
    state = protocolReducer(state, { type: 'rows', first: 5, last: 5, rows: [row(5, '40002', '2', 'X', 1)] });
    expect(state.check).toBeNull();
    expect(allProblems(state).map((problem) => problem.problem)).toEqual(['difference-without-code']);
  });

  it('groups problems with mistakes first and missing scores last', () => {
    let state = initialProtocolState(opened());
    state = protocolReducer(state, { type: 'rows', first: 2, last: 3, rows: [row(2, '40001', '1', 1, 1, 6), row(3, '40001', '2', 2, 0, 7)] });
    expect(attentionGroups(allProblems(state)).map((group) => [group.code, group.problems.length, group.quiet])).toEqual([
      ['code-without-difference', 1, false],
      ['explanation-required', 2, false],
      ['missing-expert-score', 2, true],
    ]);
  });

  it('lists works in sheet order with their first row, and counts scored tasks', () => {
    const state = initialProtocolState(opened());
    expect(worksOfRows(state.rows.values()).map((work) => [work.key, work.firstRow, work.tasks])).toEqual([
      ['ОО-01/40001', 2, 2],
      ['ОО-01/40002', 4, 2],
    ]);
    expect(scoredCount([row(2, '40001', '1', 1, 'X'), row(3, '40001', '2', 2)])).toEqual({ scored: 1, total: 2 });
  });
});
