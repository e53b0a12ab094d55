import { checkProtocolRows, protocolRowFromCells, type CellInput, type ProtocolRow } from '../../../src/engine/protocol';
import { problemText } from '../../../src/engine/wording';

/** A row as the add-in would build it from cell values: school 2 of max 3 unless told otherwise. */
function row(cells: { school?: CellInput; expert?: CellInput; code?: CellInput; explanation?: CellInput; max?: CellInput } = {}): ProtocolRow {
  return protocolRowFromCells(12, {
    schoolCode: 'ОО-07',
    workCode: '0402',
    variant: 1,
    task: '4К1',
    max: cells.max ?? 3,
    schoolScore: cells.school ?? 2,
    expertScore: cells.expert ?? null,
    errorCode: cells.code ?? null,
    explanation: cells.explanation ?? null,
  });
}

function codes(rows: ProtocolRow[]): string[] {
  return checkProtocolRows(rows).map((problem) => problem.problem);
}

describe('the per-row rules of a protocol', () => {
  it('accepts an agreeing score with no code', () => {
    expect(codes([row({ expert: 2 })])).toEqual([]);
  });

  it('accepts a differing score with a code 1–5 and no explanation', () => {
    expect(codes([row({ expert: 1, code: 3 })])).toEqual([]);
  });

  it('treats X and 0 as agreeing, in either direction and in Latin or Cyrillic', () => {
    expect(codes([row({ school: 'X', expert: 0 }), row({ school: 0, expert: 'Х' }), row({ school: 'x', expert: 'х' })])).toEqual([]);
  });

  it('accepts scores typed as text, with a comma or spaces around them', () => {
    expect(codes([row({ expert: ' 2 ' }), row({ expert: '1,0', code: '2' })])).toEqual([]);
  });

  it('reports a missing expert score at the Балл эксперта cell with the work, the task and the maximum', () => {
    const [problem] = checkProtocolRows([row()]);
    expect(problem).toMatchObject({ cell: 'Протокол!G12', work: 'ОО-07/0402', task: '4К1', problem: 'missing-expert-score', row: 12 });
    expect(problemText(problem)).toContain('от 0 до 3');
  });

  it('reports a score above the maximum, a negative one and a fraction as out of range', () => {
    expect(codes([row({ expert: 4 }), row({ expert: -1 }), row({ expert: 1.5 })])).toEqual(['score-out-of-range', 'score-out-of-range', 'score-out-of-range']);
    expect(problemText(checkProtocolRows([row({ expert: 4 })])[0])).toContain('4');
  });

  it('reports text that is not a score, quoting it', () => {
    const [problem] = checkProtocolRows([row({ expert: 'два' })]);
    expect(problem).toMatchObject({ problem: 'invalid-expert-score', cell: 'Протокол!G12' });
    expect(problemText(problem)).toContain('«два»');
  });

  it('reports a difference without a code at the Код ошибки cell', () => {
    const [problem] = checkProtocolRows([row({ expert: 3 })]);
    expect(problem).toMatchObject({ problem: 'difference-without-code', cell: 'Протокол!I12' });
  });

  it('reports a code where the scores agree, and a code where the expert gave no score', () => {
    expect(codes([row({ expert: 2, code: 1 })])).toEqual(['code-without-difference']);
    expect(codes([row({ code: 1 })])).toEqual(['missing-expert-score', 'code-without-difference']);
    expect(codes([row({ school: 'X', expert: 0, code: 1 })])).toEqual(['code-without-difference']);
  });

  it('reports a code outside 1–7 or one that is not a number', () => {
    expect(codes([row({ expert: 1, code: 8 }), row({ expert: 1, code: 0 }), row({ expert: 1, code: '3, 4' }), row({ expert: 1, code: 2.5 })])).toEqual([
      'invalid-error-code',
      'invalid-error-code',
      'invalid-error-code',
      'invalid-error-code',
    ]);
  });

  it('requires an explanation for codes 6 and 7 only', () => {
    expect(codes([row({ expert: 1, code: 6 }), row({ expert: 1, code: 7, explanation: '   ' })])).toEqual(['explanation-required', 'explanation-required']);
    expect(codes([row({ expert: 1, code: 6, explanation: 'Не учтена орфография' }), row({ expert: 1, code: 5 })])).toEqual([]);
    expect(checkProtocolRows([row({ expert: 1, code: 7 })])[0].cell).toBe('Протокол!J12');
  });

  it('does not judge the difference of a score it cannot read', () => {
    expect(codes([row({ expert: 'abc', code: 3 })])).toEqual(['invalid-expert-score']);
  });

  it('writes every message in Russian and says what to do', () => {
    const rows = [row(), row({ expert: 9 }), row({ expert: '?' }), row({ expert: 3 }), row({ expert: 2, code: 1 }), row({ expert: 1, code: 9 }), row({ expert: 1, code: 6 })];
    for (const problem of checkProtocolRows(rows)) {
      expect(problemText(problem)).toMatch(/[А-Яа-яЁё]/);
      expect(problemText(problem).length).toBeGreaterThan(40);
    }
  });
});
