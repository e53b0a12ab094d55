/**
 * Preparation, stage 2 of 3 (plan → build → key): every planned package packed as a ZIP and handed to
 * `onPackage` one at a time (memory holds one package, not all). Scans and materials are read from the archives
 * only here, their PDF metadata blanked.
 */
import type { ArchiveFile } from '../archive';
import { DEFLATED, storedEntry, zipChunks, type ZipEntryData } from '../archive/writeZip';
import { scrubPdfMetadata } from '../pdf';
import { deflateRaw } from '../platformDeflate';
import { makeProblem, type Problem } from '../problems';
import { buildProtocolWorkbook } from '../protocol';
import { fileKey } from './archiveHandles';
import { coverLetterText, instructionText, packageFileName, protocolSpecOf, workPathOf, type PackagePlan } from './packageContents';
import { INSTRUCTION_PATH, materialPath, protocolFileName } from './packageLayout';
import { subjectKey, type Material, type PreparationPlan, type PrepareProgressReport } from './planPreparation';

export interface PreparedPackage {
  plan: PackagePlan;
  fileName: string;
  data: Blob;
  coverLetter: string;
}

export interface PackageSummary {
  expertId: string;
  name: string;
  subject: string;
  grade: number;
  works: number;
  package: string;
  /** Issue 11: the round of the package (2 for the second expert of a double check). */
  round: number;
}

export interface BuildOptions {
  onProgress?: (progress: PrepareProgressReport) => void;
  signal?: AbortSignal;
}

/** Packs every package of the plan; what could not be depersonalised for certain is added to `plan.problems`. */
export async function buildPackages(plan: PreparationPlan, onPackage: (pkg: PreparedPackage) => Promise<void>, options: BuildOptions = {}): Promise<PackageSummary[]> {
  const summaries: PackageSummary[] = [];
  for (const [index, pkg] of plan.packages.entries()) {
    options.signal?.throwIfAborted();
    const fileName = packageFileName(pkg);
    const data = await buildPackage(plan, pkg, plan.materials.get(subjectKey(pkg.subject, pkg.grade)) ?? []);
    await onPackage({ plan: pkg, fileName, data, coverLetter: coverLetterText(pkg, plan.deadline) });
    summaries.push({ expertId: pkg.expertId, name: pkg.expertName, subject: pkg.subject, grade: pkg.grade, works: pkg.works.length, package: fileName, round: pkg.round });
    options.onProgress?.({ stage: 'packages', done: index + 1, total: plan.packages.length });
  }
  return summaries;
}

/**
 * A PDF as an expert may receive it: the scanner's metadata (Author is often the school's computer, Title the
 * school) blanked. What could not be removed for certain is listed for the coordinator, never passed over.
 */
async function depersonalisedPdf(file: ArchiveFile, problems: Problem[]): Promise<Uint8Array> {
  const scrubbed = await scrubPdfMetadata(await file.read());
  if (scrubbed.residual.length > 0) {
    problems.push(makeProblem(file.archive, file.path, { problem: 'pdf-metadata-left', residual: scrubbed.residual }));
  }
  return scrubbed.bytes;
}

/** A deflated entry where the platform can deflate and it saves bytes; stored otherwise. */
async function deflatedEntry(name: string, data: Uint8Array): Promise<ZipEntryData> {
  const stored = storedEntry(name, data);
  const deflated = await deflateRaw(data);
  return deflated && deflated.length < data.length ? { ...stored, data: deflated, method: DEFLATED } : stored;
}

/**
 * The package as a ZIP (writeZip): every entry is at hand by then, so sizes and CRCs go in the headers and no
 * streaming writer is needed (zip.js's cost about a millisecond per entry: seconds for a region's scans).
 */
async function buildPackage(prepared: PreparationPlan, plan: PackagePlan, materials: Material[]): Promise<Blob> {
  const { schoolCodes, createdAt, deadline, files, problems } = prepared;
  const entries: ZipEntryData[] = [];
  const protocol = await buildProtocolWorkbook(protocolSpecOf(plan, schoolCodes, createdAt, deadline), prepared.secret);
  // The workbook is a ZIP already: stored, not deflated a second time.
  entries.push(storedEntry(protocolFileName(plan), protocol));
  entries.push(await deflatedEntry(INSTRUCTION_PATH, new TextEncoder().encode(`\uFEFF${instructionText(plan, deadline)}`)));
  const works = plan.works.map((scored) => ({ scored, path: workPathOf(scored, schoolCodes) })).sort((a, b) => a.path.localeCompare(b.path));
  for (const { scored, path } of works) {
    const file = files.get(fileKey(scored.work.archive, scored.work.path));
    if (!file) throw new Error(`the scan ${scored.work.path} is not in the archives the bank was indexed from`);
    // Scans are JPEG inside: deflating them again costs time and saves nothing.
    entries.push(storedEntry(path, await depersonalisedPdf(file, problems)));
  }
  const counters = { variant: 0, criteria: 0 };
  for (const material of materials) {
    counters[material.kind] += 1;
    const bytes = material.extension === '.pdf' ? await depersonalisedPdf(material.file, problems).catch(() => null) : await material.file.read().catch(() => null);
    if (bytes) entries.push(await deflatedEntry(materialPath(material.kind, counters[material.kind], material.extension), bytes));
  }
  return new Blob(zipChunks(entries, new Date(createdAt)) as Uint8Array<ArrayBuffer>[], { type: 'application/zip' });
}
