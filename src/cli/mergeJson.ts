import { problemDetails, problemText, PROTOCOL_PROBLEM_PLACE, type Language, type MergedProtocol, type Problem, type StatisticsResult } from '../engine';
import { problemJson } from './texts';

/**
 * The documented `recheck merge --json` object, field by field (issue 8, section 5), so that internal additions
 * never leak into scripts' input. Shares are fractions 0…1 and means unrounded.
 */
export function mergeJson(protocols: readonly MergedProtocol[], rows: number, statistics: StatisticsResult, problems: readonly Problem[], language: Language) {
  return {
    protocols: protocols.map((p) => ({
      file: p.file, package: p.packageId, expert: p.expert, round: p.round, state: p.state,
      problems: p.problems.map((problem) => ({
        problem: problem.problem, details: problemDetails(problem, PROTOCOL_PROBLEM_PLACE), message: problemText(problem, language),
        cell: problem.cell, work: problem.work, task: problem.task,
      })),
    })),
    works: statistics.groups.filter((g) => g.level === 'region').reduce((sum, g) => sum + g.works, 0),
    rows,
    groups: statistics.groups.map((g) => ({
      level: g.level, municipality: g.municipality, school: g.school, schoolCode: g.schoolCode, expert: g.expert, subject: g.subject, grade: g.grade,
      works: g.works, worksChanged: g.worksChanged, tasks: g.tasks, tasksChanged: g.tasksChanged, schoolMean: g.schoolMean, expertMean: g.expertMean,
      meanDifference: g.meanDifference, exactTotals: g.exactTotals, adjacentTotals: g.adjacentTotals, smd: g.smd, pearson: g.pearson, qwk: g.qwk,
      marksLowered: g.marksLowered, marksConfirmed: g.marksConfirmed, marksRaised: g.marksRaised, objectiveShare: g.objectiveShare,
      errorCodes: g.errorCodes, flags: g.flags,
    })),
    tasks: statistics.tasks.map((t) => ({
      subject: t.subject, grade: t.grade, variant: t.variant, task: t.task, max: t.max, rows: t.rows, schoolMean: t.schoolMean,
      expertMean: t.expertMean, exact: t.exact, schoolHigher: t.schoolHigher, errorCodes: t.errorCodes, hardest: t.hardest,
    })),
    problems: problems.map((problem) => problemJson(problem, language)),
  };
}
