/**
 * The coordinator's cross-check preparation, end to end: index (unless a bank is given) → plan → packages → key.
 */
import { indexArchives } from '../bank/indexArchives';
import type { Bank } from '../bank/types';
import type { PdfOpenCheck } from '../pdf';
import { buildKeyWorkbook } from '../prepare/keyWorkbook';
import type { Problem } from '../problems';
import { buildCrossPackages, type CrossPackage } from './buildCrossPackages';
import { keyOfCrossPlan } from './crossKey';
import { planCross, type CrossPlan, type CrossPlanOptions } from './planCross';

export type CrossPrepareOptions = Omit<CrossPlanOptions, 'bank'> & {
  bank?: Bank;
  pdfOpenCheck?: PdfOpenCheck;
  onProgress?: (stage: 'index' | 'packages', done: number, total: number) => void;
};

export interface CrossPrepareResult {
  bank: Bank;
  plan: CrossPlan;
  packages: CrossPackage[];
  problems: Problem[];
  keyWorkbook: Uint8Array;
}

export async function prepareCross(options: CrossPrepareOptions, onPackage: (pkg: CrossPackage) => Promise<void>): Promise<CrossPrepareResult> {
  const bank = options.bank ?? (await indexArchives(options.archives, {
    password: options.password, signal: options.signal, pdfOpenCheck: options.pdfOpenCheck, codecs: options.codecs,
    onProgress: ({ done }) => options.onProgress?.('index', done, 0),
  }));
  const plan = await planCross({ ...options, bank });
  let done = 0;
  const packages = await buildCrossPackages(plan, async (pkg) => {
    await onPackage(pkg);
    done += 1;
    options.onProgress?.('packages', done, plan.packages.length);
  }, options.signal);
  const keyWorkbook = await buildKeyWorkbook(keyOfCrossPlan(plan, packages));
  return { bank, plan, packages, problems: plan.problems, keyWorkbook };
}
