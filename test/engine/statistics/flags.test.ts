import { DEFAULT_STATISTICS_SETTINGS } from '../../../src/engine/statistics';
import { schoolFlags, type FlaggedMeasures } from '../../../src/engine/statistics/flags';

/** A school no rule flags: on target, kappa at its bar, SMD at its limit, mean difference just under a point. */
const CLEAN: FlaggedMeasures = { works: 10, objectiveShare: 0.9, qwk: 0.7, smd: 0.15, meanDifference: 0.99 };

function flagsOf(changes: Partial<FlaggedMeasures>) {
  return schoolFlags({ ...CLEAN, ...changes }, DEFAULT_STATISTICS_SETTINGS);
}

describe('schoolFlags with the default thresholds', () => {
  it('fires nothing at the boundaries themselves', () => {
    expect(flagsOf({})).toEqual([]);
    expect(flagsOf({ smd: -0.15 })).toEqual([]);
  });

  it('fires objectiveShare below the 0.90 target, not at it', () => {
    expect(flagsOf({ objectiveShare: 0.9 })).toEqual([]);
    expect(flagsOf({ objectiveShare: 0.8999 })).toEqual(['objectiveShare']);
    expect(flagsOf({ objectiveShare: 26 / 29 })).toEqual(['objectiveShare']); // 0.8966: 26 of 29 works
    expect(flagsOf({ objectiveShare: 27 / 30 })).toEqual([]); // exactly 0.9
  });

  it('fires qwk below 0.70 with at least 10 works, not at 0.70 and not with 9 works', () => {
    expect(flagsOf({ qwk: 0.6999 })).toEqual(['qwk']);
    expect(flagsOf({ qwk: 1 - 30 / 100 })).toEqual([]); // κ = 0.7 exactly
    expect(flagsOf({ qwk: 0.2, works: 9 })).toEqual([]);
  });

  it('fires smd when |smd| is above 0.15 with at least 10 works, either sign, not with 9 works', () => {
    expect(flagsOf({ smd: 0.1501 })).toEqual(['smd']);
    expect(flagsOf({ smd: -0.1501 })).toEqual(['smd']);
    expect(flagsOf({ smd: 1.5 / 10 })).toEqual([]); // 1.5 points over D = 10: exactly 0.15
    expect(flagsOf({ smd: -0.9, works: 9 })).toEqual([]);
  });

  it('fires meanDifference at one point and above, whatever the number of works', () => {
    expect(flagsOf({ meanDifference: 1 })).toEqual(['meanDifference']);
    expect(flagsOf({ meanDifference: 3, works: 2 })).toEqual(['meanDifference']);
    expect(flagsOf({ meanDifference: 0.99 })).toEqual([]);
    expect(flagsOf({ meanDifference: -5 })).toEqual([]); // the expert gave more: not grading too kindly
  });

  it('lists every rule that fired, in a fixed order', () => {
    expect(flagsOf({ objectiveShare: 0.5, qwk: 0.3, smd: -0.4, meanDifference: 2 })).toEqual(['objectiveShare', 'qwk', 'smd', 'meanDifference']);
  });

  it('fires nothing for a measure with no value', () => {
    expect(flagsOf({ objectiveShare: null, qwk: null, smd: null, meanDifference: null })).toEqual([]);
  });

  it('reads its thresholds from the settings', () => {
    const strict = { ...DEFAULT_STATISTICS_SETTINGS, objectiveShareTarget: 0.95, qwkMinimum: 0.8, smdLimit: 0.1, meanDifferenceLimit: 0.5, minimumWorks: 5 };
    expect(schoolFlags({ works: 5, objectiveShare: 0.94, qwk: 0.79, smd: 0.11, meanDifference: 0.5 }, strict)).toEqual(['objectiveShare', 'qwk', 'smd', 'meanDifference']);
    expect(schoolFlags({ works: 4, objectiveShare: 0.95, qwk: 0.79, smd: 0.11, meanDifference: 0.49 }, strict)).toEqual([]);
  });
});
