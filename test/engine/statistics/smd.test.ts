import { smd, standardisingDeviation } from '../../../src/engine/statistics';
import { fourWorks } from './fourWorks';
import { scoredWorks, totalsWorks } from './rows';

describe('smd', () => {
  it('divides mean E − mean S by D of the group itself when the group is the whole region', () => {
    // S: 10, 7, 5, 12, mean 8.5, Σ(S − mean)² = 1.5² + 1.5² + 3.5² + 3.5² = 29, var S = 29 / 3.
    // E: 8, 7, 6, 12, mean 8.25, Σ(E − mean)² = 0.25² + 1.25² + 2.25² + 3.75² = 20.75, var E = 20.75 / 3.
    // D = sqrt((29 / 3 + 20.75 / 3) / 2) = sqrt(49.75 / 6) = sqrt(8.291667) ≈ 2.879525; smd = (8.25 − 8.5) / D ≈ −0.086820.
    const works = scoredWorks(fourWorks());
    const deviation = standardisingDeviation(works);
    expect(deviation.value).toBeCloseTo(Math.sqrt(49.75 / 6), 12);
    expect(deviation.value).toBeCloseTo(2.879525, 6);
    expect(smd(works, deviation).value).toBeCloseTo(-0.25 / Math.sqrt(49.75 / 6), 12);
    expect(smd(works, deviation).value).toBeCloseTo(-0.08682, 5);
  });

  it("reads a school's bias against the region's D, not the school's own", () => {
    // Region: the four works (mean S 8.5, mean E 8.25) and two more of another school, (0, 0) and (14, 14).
    // S: 10, 7, 5, 12, 0, 14: sum 48, mean 8, Σ(S − 8)² = 4 + 1 + 9 + 16 + 64 + 36 = 130, var S = 130 / 5 = 26.
    // E: 8, 7, 6, 12, 0, 14: sum 47, ΣE² = 489, Σ(E − mean)² = 489 − 47² / 6 = 725 / 6, var E = 725 / 30.
    // D = sqrt((26 + 725 / 30) / 2) = sqrt(1505 / 60) ≈ 5.008326.
    // The school's smd = −0.25 / 5.008326 ≈ −0.049917 (against its own D it would be −0.086820).
    const school = scoredWorks(fourWorks());
    const region = [...school, ...totalsWorks([[0, 0], [14, 14]], 14)];
    const deviation = standardisingDeviation(region);
    expect(deviation.value).toBeCloseTo(Math.sqrt(1505 / 60), 12);
    expect(smd(school, deviation).value).toBeCloseTo(-0.25 / Math.sqrt(1505 / 60), 12);
    expect(smd(school, deviation).value).toBeCloseTo(-0.049917, 6);
  });

  it('is positive when the expert gave more', () => {
    // S: 1, 3; E: 2, 4. var S = var E = 2; D = sqrt(2); smd = 1 / sqrt(2).
    const works = totalsWorks([[1, 2], [3, 4]]);
    expect(smd(works, standardisingDeviation(works)).value).toBeCloseTo(1 / Math.SQRT2, 12);
  });

  it('is null with zero-variance when every total in the region is the same (D = 0)', () => {
    const works = totalsWorks([[5, 5], [5, 5], [5, 5]]);
    expect(standardisingDeviation(works)).toEqual({ value: null, reason: 'zero-variance' });
    expect(smd(works, standardisingDeviation(works))).toEqual({ value: null, reason: 'zero-variance' });
  });

  it('is null with too-few-works when the region has one work (no sample variance), and no-works for an empty group', () => {
    const one = totalsWorks([[5, 3]]);
    expect(smd(one, standardisingDeviation(one))).toEqual({ value: null, reason: 'too-few-works' });
    expect(smd([], standardisingDeviation(totalsWorks([[1, 2], [3, 4]])))).toEqual({ value: null, reason: 'no-works' });
  });
});
