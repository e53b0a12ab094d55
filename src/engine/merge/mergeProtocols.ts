/**
 * Reading the returned protocols (issue 8, section 1): every file given — an `.xlsx`, or each entry of a ZIP —
 * ends in exactly one state with its reason; the rows of the kept protocols come back joined with the key.
 * A file's own defect decides its state before duplicates are considered. Pure: bytes and the key in, data out.
 */
import { expectedRounds, finalScores } from '../adjudication';
import type { KeyFile } from '../prepare/keyWorkbook';
import type { ProtocolProblem, ReadProtocol } from '../protocol';
import { workLabel } from '../protocol/checkRows';
import { expandArchives } from './expandArchives';
import { mergedComments, mergedRows } from './joinWithKey';
import { judgeProtocolFile, type JudgedFile } from './judgeProtocolFile';
import { resolveDuplicates, type AcceptedFile } from './resolveDuplicates';
import type { MergedProtocol, MergeInput, MergeOptions, MergeResult, ProtocolState } from './types';

export async function mergeProtocols(inputs: readonly MergeInput[], key: KeyFile, options: MergeOptions = {}): Promise<MergeResult> {
  const judged: JudgedFile[] = [];
  for await (const input of expandArchives(inputs, options)) {
    judged.push(await judgeProtocolFile(input, key));
    options.onProgress?.(judged.length);
  }
  const accepted = judged.filter((file): file is AcceptedFile => file.state === 'merged' || file.state === 'incomplete');
  const { kept, duplicates } = resolveDuplicates(accepted);

  const protocols = judged.map((file): MergedProtocol => {
    const duplicate = duplicates.get(file as AcceptedFile);
    return duplicate ? summary(file, 'duplicate', [duplicate]) : summary(file, file.state, file.problems);
  });
  const rows = kept.flatMap((file) => mergedRows(file.file, file.protocol, file.pkg, key));
  const comments = kept.flatMap((file) => mergedComments(file.file, file.protocol, file.pkg));
  const finals = finalScores(rows, expectedRounds(key), options.adjudication);
  return { protocols, rows, comments, finals: finals.works, finalRows: finals.rows };
}

function summary(file: JudgedFile, state: ProtocolState, problems: ProtocolProblem[]): MergedProtocol {
  const protocol: ReadProtocol | undefined = file.protocol;
  const pkg = 'pkg' in file ? file.pkg : undefined;
  return {
    file: file.file,
    state,
    packageId: protocol?.meta.packageId ?? null,
    expert: pkg?.reviewer.name || protocol?.meta.expert || null,
    round: pkg?.round ?? protocol?.meta.round ?? null,
    subject: protocol?.meta.subject ?? null,
    grade: protocol?.meta.grade ?? null,
    completedAt: protocol?.meta.completedAt ?? null,
    works: protocol ? new Set(protocol.rows.map((row) => workLabel(row.schoolCode, row.workCode))).size : 0,
    rows: protocol?.rows.length ?? 0,
    problems,
  };
}
