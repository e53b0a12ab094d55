import { groupWorks } from '../../../src/engine/statistics';
import { fourWorks } from './fourWorks';
import { workRows } from './rows';

describe('groupWorks', () => {
  it('sums the points of every task into S and E, X counting as 0', () => {
    const { works, unscoredWorks } = groupWorks(fourWorks());
    expect(unscoredWorks).toEqual([]);
    expect(works.map((work) => [work.workCode, work.schoolTotal, work.expertTotal, work.max])).toEqual([
      ['w1', 10, 8, 14],
      ['w2', 7, 7, 14], // 3 + 4 + X(0) = 7 against 3 + 4 + 0 = 7
      ['w3', 5, 6, 14],
      ['w4', 12, 12, 14],
    ]);
    expect(works[1].tasks[2]).toMatchObject({ task: '3', school: 0, expert: 0 });
  });

  it('leaves out a work with an unscored task and lists it with the tasks left empty', () => {
    const rows = [
      ...workRows('w1', [['1', 2, 1, 1], ['2', 2, 2, 2]]),
      ...workRows('w2', [['1', 2, 1, ''], ['2', 2, 2, 2], ['3', 1, '', 0]]),
    ];
    const { works, unscoredWorks } = groupWorks(rows);
    expect(works.map((work) => work.workCode)).toEqual(['w1']);
    expect(unscoredWorks).toEqual([
      { municipality: 'Боханский район', school: 'МБОУ «СОШ № 1»', schoolCode: 'ОО-01', expert: 'Иванова А. П.', subject: 'русский язык', grade: 4, workCode: 'w2', variant: 1, unscoredTasks: ['1', '3'] },
    ]);
  });

  it('tells works apart by school, subject and grade, and takes a differently typed subject as the same test', () => {
    const rows = [
      ...workRows('0401', [['1', 2, 1, 1]]),
      ...workRows('0401', [['2', 2, 2, 1]], { subject: 'Русский  язык' }),
      ...workRows('0401', [['1', 2, 0, 0]], { schoolCode: 'ОО-02', school: 'Школа 2' }),
      ...workRows('0401', [['1', 2, 0, 0]], { grade: 5 }),
    ];
    const { works } = groupWorks(rows);
    expect(works.map((work) => [work.schoolCode, work.grade, work.tasks.length])).toEqual([
      ['ОО-01', 4, 2],
      ['ОО-02', 4, 1],
      ['ОО-01', 5, 1],
    ]);
  });

  it('keeps the first of two rows for the same task of a work and hands the second back', () => {
    const rows = [...workRows('w1', [['1', 2, 1, 1], ['1', 2, 2, 0]])];
    const { works, duplicateRows } = groupWorks(rows);
    expect(works[0].tasks).toHaveLength(1);
    expect([works[0].schoolTotal, works[0].expertTotal]).toEqual([1, 1]);
    expect(duplicateRows).toEqual([rows[1]]);
  });
});
