/**
 * The coordinator's preparation, end to end, in three stages: plan (`planPreparation`: sheets, join,
 * assignment) → build (`buildPackages`: one ZIP per reviewer, subject and grade) → key (`buildKeyWorkbook`).
 * Given the bank the caller already indexed, the archives are not indexed again.
 */
import type { Expert, Review } from '../assignment';
import { indexArchives } from '../bank/indexArchives';
import type { Bank } from '../bank/types';
import type { PdfOpenCheck } from '../pdf';
import type { Problem } from '../problems';
import { buildPackages, type PackageSummary, type PreparedPackage } from './buildPackages';
import { buildKeyWorkbook, keyOfPlan } from './keyWorkbook';
import { planPreparation, type PlanOptions, type PreparedUnassigned } from './planPreparation';

export type PrepareOptions = Omit<PlanOptions, 'bank'> & {
  /** The bank already indexed from `archives`; when absent the archives are indexed first. */
  bank?: Bank;
  /** The viewer's reader, for PDFs the inspector had to repair (see IndexOptions); used only when indexing here. */
  pdfOpenCheck?: PdfOpenCheck;
};

export interface PrepareResult {
  bank: Bank;
  experts: Expert[];
  packages: PackageSummary[];
  /** Works no expert could take; `unassignedText` says why and what to do. */
  unassigned: PreparedUnassigned[];
  problems: Problem[];
  /** This round's reviews (work ids: archive and path joined by a NUL). */
  reviews: Review[];
  keyWorkbook: Uint8Array;
}

export async function preparePackages(options: PrepareOptions, onPackage: (pkg: PreparedPackage) => Promise<void>): Promise<PrepareResult> {
  const bank = options.bank ?? (await indexArchives(options.archives, {
    password: options.password,
    signal: options.signal,
    pdfOpenCheck: options.pdfOpenCheck,
    codecs: options.codecs,
    onProgress: ({ done }) => options.onProgress?.({ stage: 'index', done, total: 0 }),
  }));
  if (options.bank) options.onProgress?.({ stage: 'index', done: bank.works.length + bank.documents.length, total: 0 });
  const plan = await planPreparation({ ...options, bank });
  const packages = await buildPackages(plan, onPackage, options);
  const keyWorkbook = await buildKeyWorkbook(keyOfPlan(plan, packages));
  return { bank, experts: plan.experts, packages, unassigned: plan.unassigned, problems: plan.problems, reviews: plan.reviews, keyWorkbook };
}

export type { PreparedPackage } from './buildPackages';
export type { PreparedUnassigned } from './planPreparation';
