/**
 * Issue 11, section 3: how far the experts agree with each other, measured on the works two experts scored
 * independently (rounds 1 and 2), with the measures school–expert agreement uses; and each expert's consistency
 * against the final scores. For the region's own use: never in anything a school receives.
 *
 * The measures are the school–expert ones with the first expert in the school's place and the second in the
 * expert's: `exact` = share of works with A = B, `adjacent` = share with |A − B| ≤ 1, `qwk` = quadratic weighted
 * kappa of A against B (null when n < minimumWorks or undefined), `smd` = (mean B − mean A) / D with D =
 * sqrt((var A + var B) / 2) over the test's doubly scored works (sample variances). Per task the same over the
 * task's points (tasks of one number are one task across variants).
 */
import { measured, notEnoughData, type Measure, type NotEnoughDataReason } from './measure';
import { qwk } from './qwk';
import { smd, standardisingDeviation } from './smd';
import { testKey } from './testKey';
import { adjacentTotals, exactTotals } from './totalsAgreement';
import type { ScoredWork } from './types';

export interface ExpertAgreementSettings {
  /** |signed mean difference against the final score| above this (points per work) flags the expert. Default 0,5. */
  expertDifferenceLimit: number;
  /** Fewer doubly scored works than this: no kappa. Default 10 (as for schools). */
  minimumWorks: number;
}

export const DEFAULT_EXPERT_AGREEMENT_SETTINGS: Readonly<ExpertAgreementSettings> = Object.freeze({ expertDifferenceLimit: 0.5, minimumWorks: 10 });

/** What the measures need of a work's rounds (the adjudication's `WorkFinal` is one). */
export interface RoundsOfWork {
  subject: string;
  grade: number;
  rounds: readonly { round: number; expert: string; expertId: string; total: number; tasks: readonly { task: string; max: number; points: number }[] }[];
  discrepancy: { substantial: boolean } | null;
  /** The final expert total; null while there is none. */
  total: number | null;
}

export type AgreementMeasureName = 'exact' | 'adjacent' | 'qwk' | 'smd';

/** Expert–expert agreement over a set of doubly scored works (or of one task's scores of them). */
export interface PairAgreement {
  works: number;
  exact: number | null;
  adjacent: number | null;
  qwk: number | null;
  smd: number | null;
  notEnoughData: Partial<Record<AgreementMeasureName, NotEnoughDataReason>>;
}

export interface TaskAgreement extends PairAgreement {
  task: string;
  max: number;
}

export interface TestAgreement extends PairAgreement {
  subject: string;
  grade: number;
  /** Works sent to a third expert (a substantial discrepancy). */
  thirdChecks: number;
  tasks: TaskAgreement[];
}

/** One expert in one test. */
export interface ExpertConsistency {
  expert: string;
  /** The code in the key (`Э01`): the report names experts only so. */
  expertId: string;
  subject: string;
  grade: number;
  /** Works the expert scored, in any round. */
  works: number;
  /** Of them, works also scored by another expert in rounds 1–2 (both scorings complete). */
  doublyScored: number;
  /** Of the doubly scored, those with a substantial discrepancy (sent to a third expert). */
  thirdChecks: number;
  /** thirdChecks / doublyScored; null without doubly scored works. */
  thirdShare: number | null;
  /**
   * Mean of (the expert's total − the final total) over their round-1/2 scorings of doubly scored works that have a
   * final score: positive — more lenient than the final, negative — more severe. Null without such works.
   */
  meanDifference: number | null;
  /** |meanDifference| > expertDifferenceLimit. */
  flagged: boolean;
}

export interface ExpertAgreement {
  tests: TestAgreement[];
  experts: ExpertConsistency[];
  settings: ExpertAgreementSettings;
}

/** A pair of scorings as the school–expert measures read it: A in the school's place, B in the expert's. */
function pair(subject: string, grade: number, a: number, b: number, max: number): ScoredWork {
  return { municipality: '', school: '', schoolCode: '', expert: '', subject, grade, workCode: '', variant: 0, max, schoolTotal: a, expertTotal: b, tasks: [] };
}

function pairAgreement(pairs: readonly ScoredWork[], minimumWorks: number): PairAgreement {
  const notEnough: PairAgreement['notEnoughData'] = {};
  const valueOf = (name: AgreementMeasureName, measure: Measure): number | null => {
    if (measure.value === null) notEnough[name] = measure.reason;
    return measure.value;
  };
  return {
    works: pairs.length,
    exact: valueOf('exact', exactTotals(pairs)),
    adjacent: valueOf('adjacent', adjacentTotals(pairs)),
    qwk: valueOf('qwk', qwk(pairs, minimumWorks)),
    smd: valueOf('smd', smd(pairs, standardisingDeviation(pairs))),
    notEnoughData: notEnough,
  };
}

/** The first two complete rounds (1 and 2) of a work, when it has both. */
function firstTwo(work: RoundsOfWork): [RoundsOfWork['rounds'][number], RoundsOfWork['rounds'][number]] | null {
  const early = work.rounds.filter((round) => round.round < 3).sort((a, b) => a.round - b.round);
  return early.length >= 2 ? [early[0], early[1]] : null;
}

export function expertAgreement(works: readonly RoundsOfWork[], settings: Partial<ExpertAgreementSettings> = {}): ExpertAgreement {
  const rules: ExpertAgreementSettings = { ...DEFAULT_EXPERT_AGREEMENT_SETTINGS, ...settings };
  const byTest = new Map<string, RoundsOfWork[]>();
  for (const work of works) {
    const key = testKey(work.subject, work.grade);
    byTest.set(key, [...(byTest.get(key) ?? []), work]);
  }
  const tests: TestAgreement[] = [];
  const experts: ExpertConsistency[] = [];
  const ordered = [...byTest.values()].sort((a, b) => a[0].subject.localeCompare(b[0].subject, 'ru') || a[0].grade - b[0].grade);
  for (const testWorks of ordered) {
    const { subject, grade } = testWorks[0];
    const doubled = testWorks.flatMap((work) => {
      const two = firstTwo(work);
      return two ? [{ work, a: two[0], b: two[1] }] : [];
    });
    if (doubled.length > 0) {
      const totals = doubled.map(({ a, b }) => pair(subject, grade, a.total, b.total, 0));
      const taskPairs = new Map<string, { max: number; pairs: ScoredWork[] }>();
      for (const { a, b } of doubled) {
        const other = new Map(b.tasks.map((task) => [task.task, task.points]));
        for (const task of a.tasks) {
          const entry = taskPairs.get(task.task) ?? { max: 0, pairs: [] };
          entry.max = Math.max(entry.max, task.max);
          entry.pairs.push(pair(subject, grade, task.points, other.get(task.task) ?? 0, task.max));
          taskPairs.set(task.task, entry);
        }
      }
      tests.push({
        subject, grade, ...pairAgreement(totals, rules.minimumWorks),
        thirdChecks: doubled.filter(({ work }) => work.discrepancy?.substantial === true).length,
        tasks: [...taskPairs].map(([task, entry]) => ({ task, max: entry.max, ...pairAgreement(entry.pairs, rules.minimumWorks) })),
      });
    }
    experts.push(...expertsOfTest(testWorks, subject, grade, rules));
  }
  return { tests, experts, settings: rules };
}

function expertsOfTest(testWorks: readonly RoundsOfWork[], subject: string, grade: number, rules: ExpertAgreementSettings): ExpertConsistency[] {
  interface Tally { expert: string; expertId: string; works: number; doublyScored: number; thirdChecks: number; differences: number[] }
  const tallies = new Map<string, Tally>();
  const tally = (expert: string, expertId: string): Tally => {
    const key = `${expertId}\u0000${expert}`;
    let entry = tallies.get(key);
    if (!entry) tallies.set(key, (entry = { expert, expertId, works: 0, doublyScored: 0, thirdChecks: 0, differences: [] }));
    return entry;
  };
  for (const work of testWorks) {
    for (const round of work.rounds) tally(round.expert, round.expertId).works += 1;
    const two = firstTwo(work);
    if (!two) continue;
    for (const round of two) {
      const entry = tally(round.expert, round.expertId);
      entry.doublyScored += 1;
      if (work.discrepancy?.substantial) entry.thirdChecks += 1;
      if (work.total !== null) entry.differences.push(round.total - work.total);
    }
  }
  return [...tallies.values()]
    .sort((a, b) => a.expertId.localeCompare(b.expertId, 'ru') || a.expert.localeCompare(b.expert, 'ru'))
    .map((entry) => {
      const mean = meanOf(entry.differences);
      return {
        expert: entry.expert, expertId: entry.expertId, subject, grade, works: entry.works, doublyScored: entry.doublyScored,
        thirdChecks: entry.thirdChecks, thirdShare: entry.doublyScored > 0 ? entry.thirdChecks / entry.doublyScored : null,
        meanDifference: mean.value, flagged: mean.value !== null && Math.abs(mean.value) > rules.expertDifferenceLimit,
      };
    });
}

function meanOf(values: readonly number[]): Measure {
  if (values.length === 0) return notEnoughData('no-works');
  return measured(values.reduce((sum, value) => sum + value, 0) / values.length);
}
