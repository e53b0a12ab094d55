import { protocolFileName, type PreparedPackage, type PrepareResult } from '../../../engine';
import type { PreparedResult, ReadyPackage } from './Preparation.types';

/** The pane's copy of a package: the facts it shows and the ZIP as the engine's Blob (not copied). */
export function readyPackage(pkg: PreparedPackage): ReadyPackage {
  return {
    packageId: pkg.plan.packageId,
    expertId: pkg.plan.expertId,
    expertName: pkg.plan.expertName,
    subject: pkg.plan.subject,
    grade: pkg.plan.grade,
    works: pkg.plan.works.length,
    fileName: pkg.fileName,
    protocolName: protocolFileName(pkg.plan),
    data: pkg.data,
    coverLetter: pkg.coverLetter,
  };
}

/** Everything the result view shows, from the engine's result and the packages handed over one by one. */
export function preparedResult(result: PrepareResult, packages: ReadyPackage[], archives: number): PreparedResult {
  const withWorks = new Set(packages.map((pkg) => pkg.expertId));
  return {
    packages,
    experts: result.experts.length,
    expertsWithoutWorks: result.experts.filter((expert) => !withWorks.has(expert.id)).map((expert) => expert.name),
    works: packages.reduce((sum, pkg) => sum + pkg.works, 0),
    unassigned: result.unassigned,
    problems: result.problems,
    keyWorkbook: new Blob([result.keyWorkbook as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }),
    severalArchives: archives > 1,
  };
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
