/**
 * Issue 11, the worker's «Подготовить третью проверку»: the returned protocols merged against the key, the works
 * whose two experts differ substantially given to a third expert, their round-3 packages built (scans from the
 * earlier packages) and the key with round 3. A thin call of the engine; packages stay Blobs.
 */
import {
  buildAdjudicationPackages, buildKeyWorkbook, mergeProtocols, planAdjudication, readKeyWorkbook, type AdjudicationSettings, type Problem,
} from '../../engine';

export interface AdjudicationRequest {
  /** Returned protocols (`.xlsx`, or ZIPs of them). */
  protocols: File[];
  key: File;
  /** The earlier rounds' packages, named as the key names them. */
  earlierPackages: File[];
  /** `YYYY-MM-DD`, or empty. */
  deadline: string;
  settings?: Partial<AdjudicationSettings>;
}

/** One work sent to the third check, as the pane lists it: plain data, no scores of other experts named. */
export interface AdjudicatedWorkSummary {
  schoolCode: string;
  workCode: string;
  subject: string;
  grade: number;
  totals: number[];
  thirdExpert: string | null;
  packageId: string | null;
}

export interface AdjudicationResult {
  /** false: the key could not be read (nothing else was done). */
  keyRead: boolean;
  works: AdjudicatedWorkSummary[];
  packages: { packageId: string; fileName: string; expertName: string; works: number; data: Blob; coverLetter: string }[];
  keyWorkbook: Blob | null;
  problems: Problem[];
}

export async function adjudicationInWorker(request: AdjudicationRequest, signal: AbortSignal, onProgress: (done: number) => void): Promise<AdjudicationResult> {
  const keyRead = await readKeyWorkbook(new Uint8Array(await request.key.arrayBuffer()));
  if (!keyRead.ok) return { keyRead: false, works: [], packages: [], keyWorkbook: null, problems: [] };
  const merged = await mergeProtocols(
    request.protocols.map((file) => ({ file: file.name, data: file, modified: new Date(file.lastModified).toISOString() })),
    keyRead.key,
    { onProgress, adjudication: request.settings },
  );
  signal.throwIfAborted();
  const plan = planAdjudication({ key: keyRead.key, finals: merged.finals, deadline: request.deadline || undefined });
  const packages: AdjudicationResult['packages'] = [];
  const problems = await buildAdjudicationPackages(
    plan,
    async (pkg) => {
      packages.push({ packageId: pkg.plan.packageId, fileName: pkg.fileName, expertName: pkg.plan.reviewer.name, works: pkg.plan.works.length, data: pkg.data, coverLetter: pkg.coverLetter });
    },
    { earlierPackages: request.earlierPackages.map((file) => ({ name: file.name, data: file })), secret: keyRead.key.secret, signal },
  );
  const keyBytes = await buildKeyWorkbook(plan.key);
  signal.throwIfAborted();
  return {
    keyRead: true,
    works: plan.works.map((entry) => ({
      schoolCode: entry.work.schoolCode, workCode: entry.work.workCode, subject: entry.work.subject, grade: entry.work.grade,
      totals: entry.work.rounds.filter((round) => round.round < 3).map((round) => round.total),
      thirdExpert: entry.thirdExpert?.name ?? null, packageId: entry.packageId,
    })),
    packages,
    keyWorkbook: new Blob([keyBytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    problems,
  };
}
