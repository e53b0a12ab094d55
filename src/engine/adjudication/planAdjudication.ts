/**
 * Issue 11: the third check. Works whose two experts' scores differ substantially go to a third expert, chosen by the
 * rules of every round (`assignWorks`): an expert of the work's subject and grade, never of the work's school or
 * municipality, never one who scored it before, a school's works together, balanced. The experts are those of the
 * key (its packages say who checks which subject and grade, where they work); the key gains the round-3 packages.
 */
import { assignWorks, type Expert, type Reviewer, type UnassignedReason } from '../assignment';
import { fileKey } from '../prepare/archiveHandles';
import { reviewsOfKey, type KeyFile, type KeyPackage, type KeyWork } from '../prepare/keyWorkbook';
import { packageFileName } from '../prepare/packageContents';
import { packageIdOf } from '../prepare/packageLayout';
import type { WorkFinal } from './finalScores';
import { workKeyOf } from './workRounds';

export const THIRD_ROUND = 3;

export interface AdjudicationOptions {
  key: KeyFile;
  /** The merge's works with their final scores (`MergeResult.finals`). */
  finals: readonly WorkFinal[];
  /** Default: the key's seed (1 when it has none). */
  seed?: number;
  /** ISO time of the round-3 packages; defaults to now. */
  createdAt?: string;
  deadline?: string;
}

/** A work sent to the third check: its expert and package, or why none could take it. */
export interface AdjudicatedWork {
  work: WorkFinal;
  thirdExpert: Reviewer | null;
  packageId: string | null;
  reason: UnassignedReason | null;
}

/** One third expert's package of one subject and grade: the works with both earlier scorings. */
export interface AdjudicationPackage {
  packageId: string;
  reviewer: Reviewer;
  subject: string;
  grade: number;
  works: WorkFinal[];
  fileName: string;
}

export interface AdjudicationPlan {
  createdAt: string;
  deadline?: string;
  works: AdjudicatedWork[];
  packages: AdjudicationPackage[];
  /** The key with the round-3 packages and reviews added (same secret: earlier protocols stay valid). */
  key: KeyFile;
}

/** Works awaiting a third expert that the key does not give one yet. */
export function worksForThirdCheck(finals: readonly WorkFinal[]): WorkFinal[] {
  return finals.filter((work) => work.status === 'awaiting-third' && !work.pending.includes(THIRD_ROUND));
}

/** The key's experts: each reviewer of its expert packages, with the subjects and grades they check. */
export function expertsOfKey(key: KeyFile): Expert[] {
  const experts = new Map<string, Expert>();
  for (const pkg of key.packages) {
    if (pkg.reviewer.kind !== 'expert') continue;
    const { id, name, school, municipality } = pkg.reviewer;
    const expert = experts.get(id) ?? { id, name, subjects: [], grades: [], school, municipality, capacity: null, row: experts.size + 1 };
    if (!expert.subjects.includes(pkg.subject)) expert.subjects.push(pkg.subject);
    if (!expert.grades!.includes(pkg.grade)) expert.grades!.push(pkg.grade);
    experts.set(id, expert);
  }
  return [...experts.values()].map((expert) => ({ ...expert, grades: expert.grades!.sort((a, b) => a - b) }));
}

export function planAdjudication(options: AdjudicationOptions): AdjudicationPlan {
  const { key } = options;
  const createdAt = options.createdAt ?? new Date().toISOString();
  const packages = new Map(key.packages.map((pkg) => [pkg.packageId, pkg]));
  const keyWorks = new Map<string, KeyWork>();
  for (const work of key.works) {
    const pkg = packages.get(work.packageId);
    if (pkg) keyWorks.set(workKeyOf(pkg.subject, pkg.grade, work.schoolCode, work.workCode), work);
  }
  const schools = new Map(key.schools.map((school) => [school.code, school]));

  const wanted = worksForThirdCheck(options.finals).filter((work) => keyWorks.has(work.key));
  const idOf = (work: WorkFinal) => {
    const known = keyWorks.get(work.key)!;
    return fileKey(known.archive, known.path);
  };
  const byId = new Map(wanted.map((work) => [idOf(work), work]));
  const experts = expertsOfKey(key);
  const assignment = assignWorks(
    wanted.map((work) => ({
      id: idOf(work), schoolKey: work.schoolCode, subject: work.subject, grade: work.grade,
      school: schools.get(work.schoolCode)?.school ?? work.school, municipality: schools.get(work.schoolCode)?.municipality ?? work.municipality,
    })),
    experts,
    { seed: options.seed ?? key.seed ?? 1, round: THIRD_ROUND, earlierReviews: reviewsOfKey(key) },
  );

  const year = createdAt.slice(0, 4);
  const planned: AdjudicationPackage[] = [];
  const placed = new Map<string, { reviewer: Reviewer; packageId: string }>();
  for (const expert of experts) {
    const groups = new Map<string, WorkFinal[]>();
    for (const id of assignment.byExpert.get(expert.id) ?? []) {
      const work = byId.get(id)!;
      const test = `${work.subject}\u0000${work.grade}`;
      groups.set(test, [...(groups.get(test) ?? []), work]);
    }
    let n = key.packages.filter((pkg) => pkg.round === THIRD_ROUND && pkg.reviewer.id === expert.id).length;
    for (const works of groups.values()) {
      n += 1;
      const packageId = packageIdOf(year, THIRD_ROUND, expert.id, n);
      const reviewer: Reviewer = { kind: 'expert', id: expert.id, name: expert.name, school: expert.school, municipality: expert.municipality };
      const { subject, grade } = works[0];
      const fileName = packageFileName({ round: THIRD_ROUND, expertId: expert.id, expertName: expert.name, subject, grade });
      planned.push({ packageId, reviewer, subject, grade, works, fileName });
      for (const work of works) placed.set(work.key, { reviewer, packageId });
    }
  }

  const works = wanted.map((work): AdjudicatedWork => {
    const place = placed.get(work.key);
    return place ? { work, thirdExpert: place.reviewer, packageId: place.packageId, reason: null } : { work, thirdExpert: null, packageId: null, reason: 'no-third-expert' };
  });
  const newPackages: KeyPackage[] = planned.map((pkg) => ({
    packageId: pkg.packageId, round: THIRD_ROUND, reviewer: pkg.reviewer, subject: pkg.subject, grade: pkg.grade, works: pkg.works.length, fileName: pkg.fileName,
  }));
  const newWorks: KeyWork[] = planned.flatMap((pkg) => pkg.works.map((work) => {
    const known = keyWorks.get(work.key)!;
    return { schoolCode: work.schoolCode, workCode: work.workCode, variant: work.variant, packageId: pkg.packageId, round: THIRD_ROUND, reviewerName: pkg.reviewer.name, archive: known.archive, path: known.path };
  }));
  return {
    createdAt, deadline: options.deadline, works, packages: planned,
    key: { ...key, packages: [...key.packages, ...newPackages], works: [...key.works, ...newWorks] },
  };
}
