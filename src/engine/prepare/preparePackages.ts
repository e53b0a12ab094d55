import { BlobWriter, Uint8ArrayReader, ZipWriter, TextReader } from '@zip.js/zip.js';
import type { ArchiveFile, ArchiveInput } from '../archive';
import type { PdfOpenCheck } from '../pdf';
import { assignSchoolCodes, assignWorks, readExpertList, type Expert } from '../assignment';
import { indexArchives } from '../bank/indexArchives';
import type { Bank, SchoolDocument } from '../bank/types';
import { scrubPdfMetadata } from '../pdf';
import { makeProblem, type Problem } from '../problems';
import { buildProtocolWorkbook } from '../protocol';
import { readScoreSheet, type ScoreSheet } from '../scoreSheets';
import { collectFiles, fileKey } from './archiveHandles';
import { joinSheets, type ScoredWork } from './joinSheets';
import { buildKeyWorkbook } from './keyWorkbook';
import {
  coverLetterText, instructionText, packageFileName, protocolFileName, protocolSpecOf, workPathInPackage, type PackagePlan,
} from './packageContents';

export interface NamedBlob { name: string; data: Blob }

export interface PrepareOptions {
  archives: ArchiveInput[];
  /** Score sheets the coordinator adds by hand, named like the school folder. */
  extraSheets?: NamedBlob[];
  experts: NamedBlob;
  seed: number;
  password?: string;
  /** ISO date the protocols are due, for the instruction and cover letters. */
  deadline?: string;
  /** ISO time; defaults to now. */
  createdAt?: string;
  /** The signing secret; a fresh random one by default. */
  secret?: string;
  onProgress?: (progress: { stage: 'index' | 'sheets' | 'packages'; done: number; total: number }) => void;
  signal?: AbortSignal;
  /** The viewer's reader, for PDFs the inspector had to repair (see IndexOptions). */
  pdfOpenCheck?: PdfOpenCheck;
}

export interface PreparedPackage {
  plan: PackagePlan;
  fileName: string;
  data: Blob;
  coverLetter: string;
}

export interface PrepareResult {
  bank: Bank;
  experts: Expert[];
  packages: { expertId: string; name: string; subject: string; grade: number; works: number; package: string }[];
  unassigned: { archive: string; path: string; reason: string; message: string }[];
  problems: Problem[];
  keyWorkbook: Uint8Array;
}

/**
 * The coordinator's preparation, end to end: archives → bank → school score sheets → scans joined with their
 * rows → conflict-free assignment → one package per expert, subject and grade (handed to `onPackage` one at a
 * time, so memory holds one package, not all) → the key workbook.
 */
export async function preparePackages(options: PrepareOptions, onPackage: (pkg: PreparedPackage) => Promise<void>): Promise<PrepareResult> {
  const { signal } = options;
  const createdAt = options.createdAt ?? new Date().toISOString();
  const secret = options.secret ?? randomSecret();

  const bank = await indexArchives(options.archives, {
    password: options.password,
    signal,
    pdfOpenCheck: options.pdfOpenCheck,
    onProgress: ({ done }) => options.onProgress?.({ stage: 'index', done, total: 0 }),
  });
  const problems: Problem[] = [...bank.problems];

  const materialKinds = new Set<SchoolDocument['kind']>(['variant', 'criteria']);
  const wanted = new Set<string>([
    ...bank.works.map((w) => fileKey(w.archive, w.path)),
    ...bank.documents.filter((d) => d.kind === 'score-sheet' || materialKinds.has(d.kind)).map((d) => fileKey(d.archive, d.path)),
  ]);
  const files = await collectFiles(options.archives, wanted, options.password);

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

  const schoolCodes = assignSchoolCodes(
    uniqueBy(joined.scored, (s) => s.schoolKey).map((s) => ({ key: s.schoolKey, municipality: s.work.municipality, school: s.work.school })),
    options.seed,
  );
  const byId = new Map(joined.scored.map((s) => [fileKey(s.work.archive, s.work.path), s]));
  const assignment = assignWorks(
    joined.scored.map((s) => ({
      id: fileKey(s.work.archive, s.work.path), schoolKey: s.schoolKey, school: s.work.school,
      municipality: s.work.municipality, subject: s.work.subject, grade: s.work.grade,
    })),
    experts,
    { seed: options.seed },
  );

  const plans = planPackages(assignment.byExpert, experts, byId, createdAt);
  const materials = materialsBySubject(bank.documents.filter((d) => materialKinds.has(d.kind)), files);
  const packages: PrepareResult['packages'] = [];
  const workPackage = new Map<ScoredWork, PackagePlan>();
  for (const [index, plan] of plans.entries()) {
    signal?.throwIfAborted();
    const fileName = packageFileName(plan);
    const data = await buildPackage(plan, schoolCodes, secret, createdAt, options.deadline, files, materials.get(subjectKey(plan.subject, plan.grade)) ?? [], problems);
    await onPackage({ plan, fileName, data, coverLetter: coverLetterText(plan, options.deadline) });
    packages.push({ expertId: plan.expertId, name: plan.expertName, subject: plan.subject, grade: plan.grade, works: plan.works.length, package: fileName });
    for (const scored of plan.works) workPackage.set(scored, plan);
    options.onProgress?.({ stage: 'packages', done: index + 1, total: plans.length });
  }

  const unassigned = assignment.unassigned.map((u) => {
    const scored = byId.get(u.workId)!;
    return { archive: scored.work.archive, path: scored.work.path, reason: u.reason, message: u.message };
  });

  const schoolRows = uniqueBy(joined.scored, (s) => s.schoolKey).map((s) => ({
    code: schoolCodes.get(s.schoolKey)!, municipality: s.work.municipality, school: s.work.school, subject: s.work.subject, grade: s.work.grade,
    works: joined.scored.filter((other) => other.schoolKey === s.schoolKey).length,
  })).sort((a, b) => a.code.localeCompare(b.code));
  const keyWorkbook = await buildKeyWorkbook({
    createdAt, seed: options.seed, secret, schools: schoolRows,
    plans: plans.map((plan) => ({ plan, fileName: packageFileName(plan) })), experts, workPackage, schoolCodes,
  });

  return { bank, experts, packages, unassigned, problems, keyWorkbook };
}

/** One package per expert, subject and grade; ids say nothing about schools: `<year>-<expert>-<n>`. */
function planPackages(byExpert: Map<string, string[]>, experts: Expert[], works: Map<string, ScoredWork>, createdAt: string): PackagePlan[] {
  const plans: PackagePlan[] = [];
  const year = createdAt.slice(0, 4);
  for (const expert of experts) {
    const groups = new Map<string, ScoredWork[]>();
    for (const id of byExpert.get(expert.id) ?? []) {
      const scored = works.get(id)!;
      const key = subjectKey(scored.work.subject, scored.work.grade);
      groups.set(key, [...(groups.get(key) ?? []), scored]);
    }
    let n = 0;
    for (const group of groups.values()) {
      n += 1;
      plans.push({
        packageId: `${year}-${expert.id}-${n}`, expertId: expert.id, expertName: expert.name,
        subject: group[0].work.subject, grade: group[0].work.grade, works: group,
      });
    }
  }
  return plans;
}

function subjectKey(subject: string, grade: number): string {
  return `${subject}\u0000${grade}`;
}

interface Material { kind: 'variant' | 'criteria'; file: ArchiveFile; extension: string }

/** Variants and criteria per subject and grade; the same file sent by several schools goes in once. */
function materialsBySubject(documents: SchoolDocument[], files: Map<string, ArchiveFile>): Map<string, Material[]> {
  const result = new Map<string, Material[]>();
  const seen = new Set<string>();
  for (const document of documents) {
    const file = files.get(fileKey(document.archive, document.path));
    if (!file) continue;
    const key = subjectKey(document.subject, document.grade);
    const identity = `${key}\u0000${file.size}:${file.crc32}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    const extension = /\.[^./]+$/.exec(document.path)?.[0].toLowerCase() ?? '';
    result.set(key, [...(result.get(key) ?? []), { kind: document.kind as Material['kind'], file, extension }]);
  }
  return result;
}

/**
 * A PDF as an expert may receive it: the scanner's metadata (Author is often the school's computer, Title the
 * school) blanked. What could not be removed for certain is listed for the coordinator, never passed over.
 */
async function depersonalisedPdf(file: ArchiveFile, problems: Problem[]): Promise<Uint8Array> {
  const scrubbed = await scrubPdfMetadata(await file.read());
  if (scrubbed.residual.length > 0) {
    problems.push(makeProblem(file.archive, file.path, 'pdf-metadata-left', { reason: scrubbed.residual.join(', ') }));
  }
  return scrubbed.bytes;
}

async function buildPackage(
  plan: PackagePlan, schoolCodes: Map<string, string>, secret: string, createdAt: string, deadline: string | undefined,
  files: Map<string, ArchiveFile>, materials: Material[], problems: Problem[],
): Promise<Blob> {
  const lastModDate = new Date(createdAt);
  const zip = new ZipWriter(new BlobWriter('application/zip'), { useWebWorkers: false, lastModDate, extendedTimestamp: false });
  const protocol = await buildProtocolWorkbook(protocolSpecOf(plan, schoolCodes, createdAt, deadline), secret);
  await zip.add(protocolFileName(plan), new Uint8ArrayReader(protocol));
  await zip.add('Инструкция.txt', new TextReader(`\uFEFF${instructionText(plan, deadline)}`));
  for (const scored of [...plan.works].sort((a, b) => workPathInPackage(a, schoolCodes).localeCompare(workPathInPackage(b, schoolCodes)))) {
    const bytes = await depersonalisedPdf(files.get(fileKey(scored.work.archive, scored.work.path))!, problems);
    // Scans are JPEG inside: deflating them again costs time and saves nothing.
    await zip.add(workPathInPackage(scored, schoolCodes), new Uint8ArrayReader(bytes), { level: 0 });
  }
  const counters = { variant: 0, criteria: 0 };
  for (const material of materials) {
    counters[material.kind] += 1;
    const label = material.kind === 'variant' ? 'Вариант' : 'Критерии';
    const bytes = material.extension === '.pdf' ? await depersonalisedPdf(material.file, problems).catch(() => null) : await material.file.read().catch(() => null);
    if (bytes) await zip.add(`Материалы/${label} ${counters[material.kind]}${material.extension}`, new Uint8ArrayReader(bytes));
  }
  return zip.close();
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

