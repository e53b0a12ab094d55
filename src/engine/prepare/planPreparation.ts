/**
 * Preparation, stage 1 of 3 (plan → build → key): from a bank already indexed, the school score sheets are read
 * and joined with the scans, the experts' list is read, the schools get their ciphers and the works their
 * reviewers for this round. Nothing is packed yet; the plan says what every package will hold.
 */
import type { ArchiveCodecs, ArchiveFile, ArchiveInput } from '../archive';
import { assignCopies, assignSchoolCodes, assignWorks, expertReviewer, readExpertList, type Assignment, type Expert, type Review } from '../assignment';
import type { UnassignedFacts, UnassignedReason } from '../assignment/types';
import type { Bank, SchoolDocument } from '../bank/types';
import type { Problem } from '../problems';
import { readScoreSheet, type ScoreSheet } from '../scoreSheets';
import { collectFiles, fileKey } from './archiveHandles';
import { joinSheets, type ScoredWork } from './joinSheets';
import type { PackagePlan } from './packageContents';
import { packageIdOf } from './packageLayout';

export interface NamedBlob { name: string; data: Blob }

export type PrepareStage = 'index' | 'sheets' | 'packages';

export interface PrepareProgressReport { stage: PrepareStage; done: number; total: number }

export interface PlanOptions {
  /** The bank as indexed from `archives` (the pane's bank view, or `indexArchives`). */
  bank: Bank;
  /** The archives the bank was indexed from: the scans and sheets are read from them. */
  archives: ArchiveInput[];
  password?: string;
  /** The host's CRC-32 and inflate, for the files read from the archives (see ReadArchiveOptions). */
  codecs?: ArchiveCodecs;
  /** Score sheets the coordinator adds by hand, named like the school folder. */
  extraSheets?: NamedBlob[];
  experts: NamedBlob;
  seed: number;
  /** The round prepared (default 1). */
  round?: number;
  /** Reviews of earlier rounds (from their keys): their reviewers do not get the same works again. */
  earlierReviews?: readonly Review[];
  /**
   * Issue 11: 2 — the chosen works (`share`) go to two independent experts at once, as rounds 1 and 2 of this key
   * (see assignCopies). Default 1. Only for round 1.
   */
  copies?: 1 | 2;
  /** Issue 11: with `copies` 2, the share (0…1) of each test's works scored twice, chosen by the seed. Default 1. */
  share?: number;
  /** ISO date the protocols are due, for the instruction and cover letters. */
  deadline?: string;
  /** ISO time; defaults to now. */
  createdAt?: string;
  /** The signing secret; a fresh random one by default. */
  secret?: string;
  onProgress?: (progress: PrepareProgressReport) => void;
  signal?: AbortSignal;
}

export interface KeySchoolRow { code: string; municipality: string; school: string; subject: string; grade: number; works: number }

/** A variant or criteria file for the packages of one subject and grade. */
export interface Material { kind: 'variant' | 'criteria'; file: ArchiveFile; extension: string }

/** A work no expert could take: where it is, why, and the facts its wording mentions (`unassignedText`). */
export interface PreparedUnassigned extends UnassignedFacts {
  archive: string;
  path: string;
  reason: UnassignedReason;
}

export interface PreparationPlan {
  createdAt: string;
  seed: number;
  secret: string;
  deadline?: string;
  round: number;
  bank: Bank;
  experts: Expert[];
  /** School key (see joinSheets) → Код ОО. */
  schoolCodes: Map<string, string>;
  schools: KeySchoolRow[];
  packages: PackagePlan[];
  /** This round's reviews (both rounds' with two copies); work ids are `fileKey(archive, path)`. */
  reviews: Review[];
  unassigned: PreparedUnassigned[];
  problems: Problem[];
  /** Handles to the scans and materials, read when the packages are built. */
  files: Map<string, ArchiveFile>;
  /** Materials by `subjectKey`. */
  materials: Map<string, Material[]>;
}

export function subjectKey(subject: string, grade: number): string {
  return `${subject}\u0000${grade}`;
}

export async function planPreparation(options: PlanOptions): Promise<PreparationPlan> {
  const { bank, signal } = options;
  const createdAt = options.createdAt ?? new Date().toISOString();
  const round = options.round ?? 1;
  const problems: Problem[] = [...bank.problems];

  const materialKinds = new Set<SchoolDocument['kind']>(['variant', 'criteria']);
  const wanted = new Set<string>([
    ...bank.works.map((w) => fileKey(w.archive, w.path)),
    ...bank.documents.filter((d) => d.kind === 'score-sheet' || materialKinds.has(d.kind)).map((d) => fileKey(d.archive, d.path)),
  ]);
  const files = await collectFiles(options.archives, wanted, options.password, options.codecs);

  const sheets: ScoreSheet[] = [];
  const sheetSources = [
    ...bank.documents.filter((d) => d.kind === 'score-sheet').map((d) => ({ archive: d.archive, path: d.path, read: () => files.get(fileKey(d.archive, d.path))?.read() })),
    ...(options.extraSheets ?? []).map((s) => ({ archive: '', path: s.name, read: async () => new Uint8Array(await s.data.arrayBuffer()) })),
  ];
  for (const [index, source] of sheetSources.entries()) {
    signal?.throwIfAborted();
    const bytes = await Promise.resolve(source.read()).catch(() => undefined);
    if (!bytes) continue; // unreadable entries are already problems of the bank
    const result = await readScoreSheet(bytes, { archive: source.archive, path: source.path });
    problems.push(...result.problems);
    if (result.ok) sheets.push(result.sheet);
    options.onProgress?.({ stage: 'sheets', done: index + 1, total: sheetSources.length });
  }

  const joined = joinSheets(bank.works, sheets);
  problems.push(...joined.problems);

  const expertList = await readExpertList(new Uint8Array(await options.experts.data.arrayBuffer()), options.experts.name);
  problems.push(...expertList.problems);
  const experts = expertList.experts;

  const bySchool = new Map<string, ScoredWork[]>();
  for (const scored of joined.scored) bySchool.set(scored.schoolKey, [...(bySchool.get(scored.schoolKey) ?? []), scored]);
  const schoolCodes = assignSchoolCodes(
    [...bySchool.values()].map(([s]) => ({ key: s.schoolKey, municipality: s.work.municipality, school: s.work.school })),
    options.seed,
  );
  const byId = new Map(joined.scored.map((s) => [fileKey(s.work.archive, s.work.path), s]));
  const assignable = joined.scored.map((s) => ({
    id: fileKey(s.work.archive, s.work.path), schoolKey: s.schoolKey, school: s.work.school,
    municipality: s.work.municipality, subject: s.work.subject, grade: s.work.grade,
  }));
  const copies = options.copies ?? 1;
  if (copies === 2 && round !== 1) throw new RangeError('two copies are prepared as rounds 1 and 2 of one key');
  // Each round of this key with the round it hands out: one round, or rounds 1 and 2 of a double re-check.
  const rounds: Array<{ round: number; assignment: Assignment }> = copies === 2
    ? assignCopies(assignable, experts, { seed: options.seed, copies, share: options.share }).rounds.map((assignment, index) => ({ round: index + 1, assignment }))
    : [{ round, assignment: assignWorks(assignable, experts, { seed: options.seed, round, earlierReviews: options.earlierReviews }) }];

  const unassigned = rounds.flatMap((r) => r.assignment.unassigned).map((u) => {
    const scored = byId.get(u.workId);
    const { workId, ...facts } = u;
    return { ...facts, archive: scored?.work.archive ?? '', path: scored?.work.path ?? workId };
  });
  const schools = [...bySchool.values()].map((works) => {
    const { work, schoolKey } = works[0];
    return { code: schoolCodes.get(schoolKey) ?? '', municipality: work.municipality, school: work.school, subject: work.subject, grade: work.grade, works: works.length };
  }).sort((a, b) => a.code.localeCompare(b.code));

  return {
    createdAt, seed: options.seed, secret: options.secret ?? randomSecret(), deadline: options.deadline, round,
    bank, experts, schoolCodes, schools,
    packages: rounds.flatMap((r) => planPackages(r.assignment.byExpert, experts, byId, createdAt, r.round)),
    reviews: rounds.flatMap((r) => r.assignment.reviews),
    unassigned, problems, files,
    materials: materialsBySubject(bank.documents.filter((d) => materialKinds.has(d.kind)), files),
  };
}

/** One package per reviewer, subject and grade of the round; ids say nothing about schools (packageIdOf). */
function planPackages(byExpert: Map<string, string[]>, experts: Expert[], works: Map<string, ScoredWork>, createdAt: string, round: number): PackagePlan[] {
  const plans: PackagePlan[] = [];
  const year = createdAt.slice(0, 4);
  for (const expert of experts) {
    const groups = new Map<string, ScoredWork[]>();
    for (const id of byExpert.get(expert.id) ?? []) {
      const scored = works.get(id);
      if (!scored) continue;
      const key = subjectKey(scored.work.subject, scored.work.grade);
      groups.set(key, [...(groups.get(key) ?? []), scored]);
    }
    let n = 0;
    for (const group of groups.values()) {
      n += 1;
      plans.push({
        packageId: packageIdOf(year, round, expert.id, n), round, reviewer: expertReviewer(expert),
        expertId: expert.id, expertName: expert.name,
        subject: group[0].work.subject, grade: group[0].work.grade, works: group,
      });
    }
  }
  return plans;
}

/** Variants and criteria per subject and grade; the same file sent by several schools goes in once. */
function materialsBySubject(documents: SchoolDocument[], files: Map<string, ArchiveFile>): Map<string, Material[]> {
  const result = new Map<string, Material[]>();
  const seen = new Set<string>();
  for (const document of documents) {
    const file = files.get(fileKey(document.archive, document.path));
    if (!file || (document.kind !== 'variant' && document.kind !== 'criteria')) continue;
    const key = subjectKey(document.subject, document.grade);
    const identity = `${key}\u0000${file.size}:${file.crc32}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    const extension = /\.[^./]+$/.exec(document.path)?.[0].toLowerCase() ?? '';
    result.set(key, [...(result.get(key) ?? []), { kind: document.kind, file, extension }]);
  }
  return result;
}

function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
