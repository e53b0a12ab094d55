import { computeStatistics } from '../../../src/engine';
import { finalScores, meanHalfUp, workKeyOf } from '../../../src/engine/adjudication';
import { roundRows, twice } from './rounds';

const SCHOOL = [2, 3, 3, 4];

describe('the final expert score of a work', () => {
  it('rounds the mean of two whole scores half up', () => {
    expect([meanHalfUp(1, 2), meanHalfUp(2, 3), meanHalfUp(0, 1), meanHalfUp(2, 2), meanHalfUp(0, 0)]).toEqual([2, 3, 1, 2, 0]);
  });

  it('is, without a substantial discrepancy, per task the mean half up and in total the sum of those', () => {
    const result = finalScores(twice('0001', SCHOOL, [2, 3, 2, 4], [1, 2, 3, 4]));
    const [work] = result.works;
    expect(work.status).toBe('mean');
    // tasks: (2+1)/2 → 2, (3+2)/2 → 3, (2+3)/2 → 3, 4: total 12 (the mean of the totals, 11 and 10, would give 11).
    expect(result.rows.map((row) => row.expertScore)).toEqual([2, 3, 3, 4].map((value) => ({ kind: 'score', value })));
    expect(work.total).toBe(12);
  });

  it('is the first expert’s with the setting "first is primary"', () => {
    const result = finalScores(twice('0001', SCHOOL, [2, 3, 2, 4], [1, 2, 3, 4]), new Map(), { finalRule: 'first' });
    expect(result.works[0]).toMatchObject({ status: 'first', total: 11 });
    expect(result.rows.map((row) => row.expert)).toEqual(Array(4).fill('Эксперт Э01'));
  });

  it('is the third expert’s where there is one, whatever the first two', () => {
    const rows = [...twice('0001', SCHOOL, [2, 3, 3, 4], [0, 0, 3, 4]), ...roundRows({ workCode: '0001', round: 3, expertId: 'Э03', school: SCHOOL, points: [1, 2, 3, 4] })];
    const result = finalScores(rows);
    expect(result.works[0]).toMatchObject({ status: 'third', total: 10, discrepancy: { substantial: true } });
    expect(result.rows.every((row) => row.round === 3 && row.expert === 'Эксперт Э03')).toBe(true);
  });

  it('is none while a third expert is awaited: the rows carry no expert score and the statistics list the work as not scored', () => {
    const rows = [...twice('0001', SCHOOL, [2, 3, 3, 4], [0, 3, 3, 4]), ...twice('0002', SCHOOL, [2, 3, 3, 4], [2, 3, 3, 4])];
    const result = finalScores(rows);
    expect(result.works.map((work) => [work.workCode, work.status, work.total])).toEqual([['0001', 'awaiting-third', null], ['0002', 'mean', 12]]);
    const statistics = computeStatistics(result.rows);
    expect(statistics.problems).toEqual([]);
    expect(statistics.unscoredWorks.map((work) => work.workCode)).toEqual(['0001']);
    expect(statistics.groups.find((group) => group.level === 'region')).toMatchObject({ works: 1, expertMean: 12 });
  });

  it('is none while a round the key gives the work has not come back', () => {
    const rows = roundRows({ workCode: '0001', round: 1, expertId: 'Э01', school: SCHOOL, points: [2, 3, 3, 4] });
    const expected = new Map([[workKeyOf('русский язык', 6, 'ОО-01', '0001'), new Set([1, 2])]]);
    expect(finalScores(rows, expected).works[0]).toMatchObject({ status: 'awaiting-second', total: null, pending: [2] });
    expect(finalScores(rows).works[0]).toMatchObject({ status: 'single', total: 12 });
  });

  it('keeps the codes of the round whose points became final, and none where the final agrees with the school', () => {
    const a = roundRows({ workCode: '0001', round: 1, expertId: 'Э01', school: SCHOOL, points: [1, 3, 3, 4], codes: [[3], [], [], []] });
    const b = roundRows({ workCode: '0001', round: 2, expertId: 'Э02', school: SCHOOL, points: [2, 2, 3, 4], codes: [[], [2], [], []] });
    const result = finalScores([...a, ...b]);
    // task 1: (1+2)/2 → 2 = school: no code; task 2: (3+2)/2 → 3 = school: no code.
    expect(result.rows.map((row) => row.errorCodes)).toEqual([[], [], [], []]);
    const c = roundRows({ workCode: '0002', round: 1, expertId: 'Э01', school: SCHOOL, points: [0, 3, 3, 4], codes: [[3], [], [], []] });
    const d = roundRows({ workCode: '0002', round: 2, expertId: 'Э02', school: SCHOOL, points: [1, 3, 3, 4], codes: [[4], [], [], []] });
    // (0+1)/2 → 1: the second expert's points and code.
    expect(finalScores([...c, ...d]).rows[0]).toMatchObject({ expertScore: { kind: 'score', value: 1 }, errorCodes: [4], expert: 'Эксперт Э02' });
  });

  it('statistics against the school use the final score while every round stays in the merged rows', () => {
    const rows = twice('0001', SCHOOL, [2, 3, 2, 4], [1, 2, 3, 4]);
    const statistics = computeStatistics(finalScores(rows).rows);
    expect(statistics.problems).toEqual([]);
    expect(statistics.groups.find((group) => group.level === 'region')).toMatchObject({ works: 1, schoolMean: 12, expertMean: 12, worksChanged: 0 });
    // Without the final score the second round would be a duplicate of every task.
    expect(computeStatistics(rows).problems.map((problem) => problem.problem)).toEqual(Array(4).fill('duplicate-task-row'));
  });
});
