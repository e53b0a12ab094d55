/**
 * Issue 11: the round-3 packages as ZIPs. Each holds a protocol showing both earlier experts' scores read-only
 * beside the third expert's column (`ProtocolSpec.earlierRounds`), the works' scans and the materials — taken from
 * the earlier rounds' packages, which are already depersonalised — and an instruction that says the third score is
 * final. The earlier experts are never named: the columns say «Балл 1-го эксперта», «Балл 2-го эксперта».
 */
import { readArchive, type ArchiveCodecs, type ArchiveFile, type ArchiveInput } from '../archive';
import { storedEntry, zipChunks, type ZipEntryData } from '../archive/writeZip';
import { makeProblem, type Problem } from '../problems';
import { buildProtocolWorkbook, type ProtocolSpec, type ProtocolWork } from '../protocol';
import { earlierRoundHeader } from '../protocol/earlierScores';
import { coverLetterText, instructionText } from '../prepare/packageContents';
import { INSTRUCTION_PATH, protocolFileName, workPathInPackage } from '../prepare/packageLayout';
import type { KeyFile } from '../prepare/keyWorkbook';
import type { Task } from '../scores';
import type { AdjudicationPackage, AdjudicationPlan } from './planAdjudication';
import { workKeyOf } from './workRounds';

export interface AdjudicationPackageFile {
  plan: AdjudicationPackage;
  fileName: string;
  data: Blob;
  coverLetter: string;
}

export interface BuildAdjudicationOptions {
  /** The earlier rounds' packages, each named as the key names it (`Файл пакета`). */
  earlierPackages: readonly ArchiveInput[];
  /** The key's signing secret: round-3 protocols are signed like every other. */
  secret: string;
  codecs?: ArchiveCodecs;
  signal?: AbortSignal;
}

/** The two earlier rounds a third expert sees, in order. */
const EARLIER_ROUNDS = [1, 2];

/** The protocol of a round-3 package: the school's scores as always, and both earlier scores beside. */
export function adjudicationSpec(pkg: AdjudicationPackage, createdAt: string, deadline?: string): ProtocolSpec {
  const works: ProtocolWork[] = pkg.works
    .map((work) => {
      const byRound = new Map(work.rounds.map((round) => [round.round, new Map(round.rows.map((row) => [row.task, row.expertScore]))]));
      return {
        schoolCode: work.schoolCode, workCode: work.workCode, variant: work.variant,
        tasks: work.rounds[0].rows.map((row) => ({
          task: row.task, max: row.max, schoolScore: row.schoolScore,
          earlier: EARLIER_ROUNDS.map((round) => byRound.get(round)?.get(row.task) ?? { kind: 'empty' as const }),
        })),
      };
    })
    .sort((a, b) => a.schoolCode.localeCompare(b.schoolCode) || a.workCode.localeCompare(b.workCode, undefined, { numeric: true }));
  const variantTasks: Record<number, Task[]> = {};
  for (const work of works) variantTasks[work.variant] ??= work.tasks.map((task) => ({ task: task.task, max: task.max }));
  return {
    packageId: pkg.packageId, round: 3, reviewer: 'expert', expert: pkg.reviewer.name, subject: pkg.subject, grade: pkg.grade,
    createdAt, deadline, works, variantTasks, earlierRounds: EARLIER_ROUNDS.map(earlierRoundHeader),
  };
}

/** The instruction of a round-3 package: the usual one, and what the earlier columns are. */
export function adjudicationInstruction(pkg: AdjudicationPackage, deadline?: string): string {
  return [
    instructionText(pkg, deadline).trimEnd(),
    '',
    'Третья проверка:',
    '  эти работы уже проверили два эксперта, и их баллы существенно разошлись. Их баллы — в столбцах',
    `  «${earlierRoundHeader(1)}» и «${earlierRoundHeader(2)}» (только для чтения). Проверьте работу сами строго по критериям:`,
    '  ваш балл — окончательный. Код ошибки, как обычно, ставится при расхождении с баллом ОО.',
    '',
  ].join('\r\n');
}

/** Builds every round-3 package of the plan; scans that cannot be found are listed in the returned problems. */
export async function buildAdjudicationPackages(
  plan: AdjudicationPlan,
  onPackage: (pkg: AdjudicationPackageFile) => Promise<void>,
  options: BuildAdjudicationOptions,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const files = await packageFiles(options.earlierPackages, options.codecs);
  const packageOf = new Map(plan.key.packages.map((pkg) => [pkg.packageId, pkg]));
  // Where each work's scan was: the earlier packages that hold it, by work key.
  const earlierFiles = new Map<string, string[]>();
  for (const work of plan.key.works) {
    const pkg = packageOf.get(work.packageId);
    if (!pkg || work.round >= 3) continue;
    const id = workKeyOf(pkg.subject, pkg.grade, work.schoolCode, work.workCode);
    earlierFiles.set(id, [...(earlierFiles.get(id) ?? []), pkg.fileName]);
  }
  for (const pkg of plan.packages) {
    options.signal?.throwIfAborted();
    const spec = adjudicationSpec(pkg, plan.createdAt, plan.deadline);
    const entries: ZipEntryData[] = [storedEntry(protocolFileName(pkg), await buildProtocolWorkbook(spec, options.secret))];
    entries.push(storedEntry(INSTRUCTION_PATH, new TextEncoder().encode(`\uFEFF${adjudicationInstruction(pkg, plan.deadline)}`)));
    const sources = new Set<string>();
    for (const work of pkg.works) {
      const path = workPathInPackage(work.schoolCode, work.workCode, work.variant);
      const from = (earlierFiles.get(work.key) ?? []).find((fileName) => files.get(fileName)?.has(path));
      if (from === undefined) {
        problems.push(makeProblem(pkg.fileName, path, { problem: 'earlier-scan-missing', participant: work.workCode, schoolCode: work.schoolCode, packageFile: (earlierFiles.get(work.key) ?? [''])[0] }));
        continue;
      }
      sources.add(from);
      entries.push(storedEntry(path, await files.get(from)!.get(path)!.read()));
    }
    entries.push(...(await materialsOf(files, sources, plan.key, pkg)));
    await onPackage({
      plan: pkg, fileName: pkg.fileName,
      data: new Blob(zipChunks(entries, new Date(plan.createdAt)) as Uint8Array<ArrayBuffer>[], { type: 'application/zip' }),
      coverLetter: coverLetterText({ ...pkg, expertName: pkg.reviewer.name }, plan.deadline),
    });
  }
  return problems;
}

/** The earlier packages' files: package file name → entry path → file. */
async function packageFiles(inputs: readonly ArchiveInput[], codecs?: ArchiveCodecs): Promise<Map<string, Map<string, ArchiveFile>>> {
  const result = new Map<string, Map<string, ArchiveFile>>();
  for (const input of inputs) {
    const entries = new Map<string, ArchiveFile>();
    for await (const item of readArchive(input, { codecs, maxDepth: 0 })) if (item.type === 'file') entries.set(item.file.path, item.file);
    result.set(input.name, entries);
  }
  return result;
}

/** `Материалы/…` of an earlier package of the same test: the one the scans came from, else any. */
async function materialsOf(files: Map<string, Map<string, ArchiveFile>>, sources: Set<string>, key: KeyFile, pkg: AdjudicationPackage): Promise<ZipEntryData[]> {
  const sameTest = key.packages.filter((other) => other.subject === pkg.subject && other.grade === pkg.grade && other.round < 3).map((other) => other.fileName);
  const from = [...sources, ...sameTest].find((fileName) => files.has(fileName));
  if (from === undefined) return [];
  const entries: ZipEntryData[] = [];
  for (const [path, file] of files.get(from)!) if (path.startsWith('Материалы/')) entries.push(storedEntry(path, await file.read()));
  return entries;
}
