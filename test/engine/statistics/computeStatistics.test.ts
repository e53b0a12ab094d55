import { computeStatistics, type MarksScale, type StatisticsGroup } from '../../../src/engine/statistics';
import { fourWorks } from './fourWorks';
import { totalsRows, workRows } from './rows';

/** School B of another municipality, checked by another expert: works (0, 0) and (14, 14), tasks worth 6, 6, 2. */
function schoolB() {
  const place = { municipality: 'Аларский район', school: 'МБОУ «Школа Б»', schoolCode: 'ОО-02', expert: 'Петров П. И.' };
  return [
    ...workRows('b1', [['1', 6, 0, 0], ['2', 6, 0, 0], ['3', 2, 0, 0]], place),
    ...workRows('b2', [['1', 6, 6, 6], ['2', 6, 6, 6], ['3', 2, 2, 2]], place),
  ];
}

function placeOf(group: StatisticsGroup) {
  return [group.level, group.municipality, group.school, group.schoolCode, group.expert];
}

// D of the region (6 works): sqrt(1505 / 60), worked out in smd.test.ts.
const REGION_D = Math.sqrt(1505 / 60);

describe('computeStatistics', () => {
  const { groups, tasks, unscoredWorks, problems } = computeStatistics([...fourWorks(), ...schoolB()]);

  it('gives the region, then municipalities, schools and experts of each test, sorted by name', () => {
    expect(groups.map(placeOf)).toEqual([
      ['region', null, null, null, null],
      ['municipality', 'Аларский район', null, null, null],
      ['municipality', 'Боханский район', null, null, null],
      ['school', 'Аларский район', 'МБОУ «Школа Б»', 'ОО-02', null],
      ['school', 'Боханский район', 'МБОУ «СОШ № 1»', 'ОО-01', null],
      ['expert', null, null, null, 'Иванова А. П.'],
      ['expert', null, null, null, 'Петров П. И.'],
    ]);
    expect(unscoredWorks).toEqual([]);
    expect(problems).toEqual([]);
    expect(tasks).toHaveLength(3);
  });

  it('fills every field of the region group, as the --json prints it', () => {
    // S: 10, 7, 5, 12, 0, 14 (sum 48); E: 8, 7, 6, 12, 0, 14 (sum 47).
    const region = groups[0];
    expect(region).toEqual({
      level: 'region',
      municipality: null,
      school: null,
      schoolCode: null,
      expert: null,
      subject: 'русский язык',
      grade: 4,
      works: 6,
      worksChanged: 3,
      tasks: 18,
      tasksChanged: 5,
      schoolMean: 8,
      expertMean: 47 / 6,
      meanDifference: 1 / 6,
      exactTotals: 4 / 6, // w2, w4, b1, b2
      adjacentTotals: 5 / 6, // all but w1 (S − E = 2)
      smd: expect.any(Number), // below
      pearson: null,
      qwk: null,
      marksLowered: null,
      marksConfirmed: null,
      marksRaised: null,
      marksMatrix: null,
      objectiveShare: 4 / 6, // no scale: S = E
      errorCodes: { 1: 1, 2: 1, 3: 2, 4: 2, 5: 0, 6: 0, 7: 0 },
      flags: [],
      notEnoughData: {
        pearson: 'too-few-works',
        qwk: 'too-few-works',
        marksLowered: 'no-scale',
        marksConfirmed: 'no-scale',
        marksRaised: 'no-scale',
        marksMatrix: 'no-scale',
      },
    });
  });

  it("gives the region's smd, (mean E − mean S) / D = (47 / 6 − 8) / D", () => {
    expect(groups[0].smd).toBeCloseTo(-1 / 6 / REGION_D, 12);
  });

  it("measures each school's smd against the region's D", () => {
    const [schoolB, schoolA] = groups.filter((group) => group.level === 'school');
    expect(schoolA.smd).toBeCloseTo(-0.25 / REGION_D, 12); // mean E 8.25 − mean S 8.5
    expect(schoolB.smd).toBe(0);
  });

  it('counts error codes at every level', () => {
    const codes = (group: StatisticsGroup) => group.errorCodes;
    const none = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 };
    const schoolA = { 1: 1, 2: 1, 3: 2, 4: 2, 5: 0, 6: 0, 7: 0 };
    expect(groups.map(codes)).toEqual([schoolA, none, schoolA, none, schoolA, schoolA, none]);
  });

  it('flags a school below the objective-share target and not the one on it', () => {
    const [schoolB, schoolA] = groups.filter((group) => group.level === 'school');
    expect(schoolA.objectiveShare).toBe(0.5);
    expect(schoolA.flags).toEqual(['objectiveShare']);
    expect(schoolB.flags).toEqual([]);
    expect(groups.filter((group) => group.level !== 'school').every((group) => group.flags.length === 0)).toBe(true);
  });
});

describe('computeStatistics with ten works of a school', () => {
  // S = 1…10, E = 0…9: every work one point kinder at school.
  // meanDifference = 1; objectiveShare (no scale) = 0; pearson = 1;
  // qwk: Σ(S − E)² = 10, ΣS = 55, ΣE = 45, ΣS² = 385, ΣE² = 285, n ΣS² + n ΣE² − 2 ΣS ΣE = 3850 + 2850 − 4950 = 1750,
  //      κ = 1 − 10 × 10 / 1750 = 33 / 35 ≈ 0.942857;
  // smd: var S = var E = 82.5 / 9, D = sqrt(82.5 / 9) ≈ 3.027650, smd = −1 / D ≈ −0.330289.
  const pairs: [number, number][] = Array.from({ length: 10 }, (_, index) => [index + 1, index]);

  it('gives kappa and correlation and fires objectiveShare, smd and meanDifference but not qwk', () => {
    const [, , school] = computeStatistics(totalsRows(pairs)).groups;
    expect(school.level).toBe('school');
    expect(school.meanDifference).toBe(1);
    expect(school.pearson).toBe(1);
    expect(school.qwk).toBeCloseTo(33 / 35, 12);
    expect(school.smd).toBeCloseTo(-1 / Math.sqrt(82.5 / 9), 12);
    expect(school.flags).toEqual(['objectiveShare', 'smd', 'meanDifference']);
    expect(school.notEnoughData).toMatchObject({ marksConfirmed: 'no-scale' });
    expect(school.notEnoughData.qwk).toBeUndefined();
  });

  it('shows no kappa and no correlation for nine works, says why, and fires no smd flag', () => {
    const [, , school] = computeStatistics(totalsRows(pairs.slice(0, 9))).groups;
    expect([school.qwk, school.pearson]).toEqual([null, null]);
    expect(school.notEnoughData).toMatchObject({ qwk: 'too-few-works', pearson: 'too-few-works' });
    expect(Math.abs(school.smd!)).toBeGreaterThan(0.15);
    expect(school.flags).toEqual(['objectiveShare', 'meanDifference']);
  });

  it('takes its thresholds from the settings', () => {
    const settings = { objectiveShareTarget: 0, smdLimit: 0.5, meanDifferenceLimit: 1.5 };
    const [, , school] = computeStatistics(totalsRows(pairs), { settings }).groups;
    expect(school.flags).toEqual([]);
  });
});

/** Russian, grade 4, 2026: «2» 0–9, «3» 10–15, «4» 16–20, «5» 21–24. */
const RUSSIAN_4: MarksScale = { subject: 'Русский язык', grade: 4, lowest3: 10, lowest4: 16, lowest5: 21, max: 24, source: { file: 'шкалы.xlsx', cell: 'A2' } };

describe('computeStatistics with a marks scale', () => {
  // (16, 15) lowered 4 → 3; (21, 20) lowered 5 → 4; (12, 14) confirmed 3; (9, 10) raised 2 → 3; (24, 24) confirmed 5.
  const rows = totalsRows([[16, 15], [21, 20], [12, 14], [9, 10], [24, 24]]);

  it('counts marks lowered, confirmed and raised and takes objectiveShare from confirmed marks', () => {
    const { groups, problems } = computeStatistics(rows, { scales: [RUSSIAN_4] });
    expect(problems).toEqual([]);
    for (const group of groups) {
      expect([group.marksLowered, group.marksConfirmed, group.marksRaised, group.objectiveShare]).toEqual([2, 2, 1, 0.4]);
      expect(group.marksMatrix).toEqual([[0, 1, 0, 0], [0, 1, 0, 0], [0, 1, 0, 0], [0, 0, 1, 1]]);
    }
  });

  it('reports a scale whose maximum is not the sum of task maxima, and does not use it', () => {
    const works = [...workRows('v1', [['1', 10, 5, 5], ['2', 10, 6, 5]]), ...workRows('v2', [['1', 12, 5, 5], ['2', 10, 3, 3]], { variant: 2 })];
    const { groups, problems } = computeStatistics(works, { scales: [RUSSIAN_4] });
    expect(problems).toEqual([
      {
        archive: 'шкалы.xlsx',
        path: '',
        problem: 'scale-maximum-mismatch',
        message: expect.stringContaining('(24) не равен сумме максимальных баллов заданий: 20 (вариант 1), 22 (вариант 2)'),
        cell: 'A2',
      },
    ]);
    expect(problems[0].message).toContain('русский язык, 4 класс');
    const [region] = groups;
    expect([region.marksLowered, region.marksConfirmed, region.marksRaised, region.marksMatrix]).toEqual([null, null, null, null]);
    expect(region.notEnoughData.marksConfirmed).toBe('scale-mismatch');
    expect(region.objectiveShare).toBe(0.5); // S = E in v2 only
  });

  it('uses a scale only for its own test', () => {
    const { groups } = computeStatistics(totalsRows([[16, 15]], { grade: 5 }), { scales: [RUSSIAN_4] });
    expect(groups[0].notEnoughData.marksConfirmed).toBe('no-scale');
  });
});

describe('computeStatistics with partly scored works', () => {
  it('lists them and counts them nowhere', () => {
    const rows = [...fourWorks(), ...workRows('w5', [['1', 6, 6, ''], ['2', 6, 6, 0], ['3', 2, 2, 2]])];
    const { groups, tasks, unscoredWorks } = computeStatistics(rows);
    expect(unscoredWorks.map((work) => [work.workCode, work.unscoredTasks])).toEqual([['w5', ['1']]]);
    expect(groups.every((group) => group.works === 4 && group.tasks === 12)).toBe(true);
    expect(tasks.every((task) => task.rows === 4)).toBe(true);
  });

  it('gives no groups for a test whose works are all partly scored', () => {
    const { groups, unscoredWorks } = computeStatistics(workRows('w1', [['1', 2, 1, '']]));
    expect(groups).toEqual([]);
    expect(unscoredWorks).toHaveLength(1);
  });
});

describe('computeStatistics with a task row given twice', () => {
  it('keeps the first row and reports the second', () => {
    const rows = workRows('0402', [['1', 2, 2, 2], ['1', 2, 2, 0]]);
    const { groups, problems } = computeStatistics(rows);
    expect(groups[0].tasksChanged).toBe(0);
    expect(problems.map((problem) => problem.problem)).toEqual(['duplicate-task-row']);
    expect(problems[0].message).toContain('Задание 1 работы 0402 (ОО ОО-01), русский язык, 4 класс, встречается дважды');
  });
});

describe('computeStatistics over several tests', () => {
  it('orders tests by subject, then grade, each with its own region', () => {
    const rows = [...totalsRows([[1, 1]], { subject: 'русский язык', grade: 5 }), ...totalsRows([[1, 1]], { subject: 'математика', grade: 6 }), ...totalsRows([[1, 1]], { subject: 'русский язык', grade: 4 })];
    const regions = computeStatistics(rows).groups.filter((group) => group.level === 'region');
    expect(regions.map((group) => [group.subject, group.grade])).toEqual([
      ['математика', 6],
      ['русский язык', 4],
      ['русский язык', 5],
    ]);
  });
});
