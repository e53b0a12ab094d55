import type { Discrepancy, ExpertAgreement, WorkFinal } from '../engine';

/**
 * Issue 11, `recheck merge --json`: the `experts` entries (expert–expert agreement per test and task, each
 * expert's consistency) and, per work, its rounds and `final` score. Field by field, as documented in the README.
 */
export function expertsJson(agreement: ExpertAgreement) {
  const measures = (m: { works: number; exact: number | null; adjacent: number | null; qwk: number | null; smd: number | null }) => ({
    works: m.works, exact: m.exact, adjacent: m.adjacent, qwk: m.qwk, smd: m.smd,
  });
  return [
    ...agreement.tests.flatMap((test) => [
      { level: 'test', subject: test.subject, grade: test.grade, task: null, ...measures(test), thirdChecks: test.thirdChecks },
      ...test.tasks.map((task) => ({ level: 'task', subject: test.subject, grade: test.grade, task: task.task, max: task.max, ...measures(task) })),
    ]),
    ...agreement.experts.map((expert) => ({
      level: 'expert', expert: expert.expert, expertId: expert.expertId, subject: expert.subject, grade: expert.grade, works: expert.works,
      doublyScored: expert.doublyScored, thirdChecks: expert.thirdChecks, thirdShare: expert.thirdShare, meanDifference: expert.meanDifference,
      flagged: expert.flagged,
    })),
  ];
}

export function discrepancyJson(discrepancy: Discrepancy | null) {
  if (discrepancy === null) return null;
  return {
    total: discrepancy.total, largestTask: discrepancy.largestTask, rules: discrepancy.rules, substantial: discrepancy.substantial,
    tasks: discrepancy.tasks.map((task) => ({ task: task.task, points: task.points, difference: task.difference })),
  };
}

export function finalsJson(finals: readonly WorkFinal[]) {
  return finals.map((work) => ({
    schoolCode: work.schoolCode, workCode: work.workCode, subject: work.subject, grade: work.grade,
    rounds: work.rounds.map((round) => ({ round: round.round, expert: round.expert, total: round.total })),
    discrepancy: discrepancyJson(work.discrepancy), status: work.status, final: work.total,
  }));
}
