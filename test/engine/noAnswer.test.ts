import { parseScoreCell as parseProtocolScore } from '../../src/engine/protocol/cellValues';
import { canonicalScore } from '../../src/engine/protocol/canonical';
import { expertScoreValidationFormula } from '../../src/engine/protocol/layout';
import { parseScoreCell as parseSchoolScore } from '../../src/engine/scoreSheets/cells';
import { isNoAnswerMark, noAnswerFormula } from '../../src/engine/scores';

const MARKS = ['X', 'x', 'Х', 'х'];
const NOT_MARKS = ['', 'XX', 'Y', 'Ч', '0', 'X1', '×'];

describe('X/Х means no answer', () => {
  it('accepts Latin and Cyrillic X in either case, and nothing else', () => {
    expect(MARKS.map(isNoAnswerMark)).toEqual([true, true, true, true]);
    expect(NOT_MARKS.map(isNoAnswerMark)).toEqual(NOT_MARKS.map(() => false));
  });

  it('reads the same in a school score sheet, in a protocol and in the checksum text', () => {
    for (const mark of MARKS) {
      expect(parseSchoolScore(mark, 3)).toEqual({ value: { kind: 'no-answer' } });
      expect(parseSchoolScore(` ${mark} `, 3)).toEqual({ value: { kind: 'no-answer' } });
      expect(parseProtocolScore(mark)).toEqual({ kind: 'no-answer' });
      expect(canonicalScore(mark)).toBe('X');
    }
    for (const text of NOT_MARKS.filter((value) => !/^\d+$/.test(value) && value !== '')) {
      expect(parseSchoolScore(text, 3)).toEqual({ problem: 'not-a-score' });
      expect(parseProtocolScore(text)).toEqual({ kind: 'invalid', text });
    }
  });

  it('is the same rule in the protocol sheet\'s formulas', () => {
    expect(noAnswerFormula('G2')).toBe('OR(G2="X",G2="Х")');
    expect(expertScoreValidationFormula(2)).toContain(noAnswerFormula('G2'));
  });
});
