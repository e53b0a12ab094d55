/**
 * One returned file's own state, before duplicates are considered: is it a workbook at all, a protocol of a
 * readable format, intact (checksum), signed with this key (signature), of a package the key holds, fully scored.
 */
import { ArchiveEntryError } from '../archive';
import type { KeyFile, KeyPackage } from '../prepare/keyWorkbook';
import type { ProblemFacts } from '../problems';
import { checkProtocolRows, integrityProblems, readProtocolWorkbook, type ProtocolProblem, type ReadProtocol } from '../protocol';
import { workbookKind } from '../scoreSheets/workbookKind';
import type { InputFile } from './expandArchives';
import type { ProtocolState } from './types';

export type JudgedFile =
  | { file: string; modified?: string; state: Exclude<ProtocolState, 'merged' | 'incomplete' | 'duplicate'>; problems: ProtocolProblem[]; protocol?: ReadProtocol }
  | { file: string; modified?: string; state: 'merged' | 'incomplete'; problems: ProtocolProblem[]; protocol: ReadProtocol; pkg: KeyPackage };

function wholeFile(facts: ProblemFacts): ProtocolProblem {
  return { cell: '', work: '', task: '', ...facts };
}

const ENCRYPTED_ENTRY = new Set(['encrypted', 'wrong-password', 'unsupported-encryption']);

/** The state of a file that failed before it could be read as a workbook (an archive's problem). */
function failedState(facts: ProblemFacts): 'encrypted-workbook' | 'broken-workbook' {
  return ENCRYPTED_ENTRY.has(facts.problem) ? 'encrypted-workbook' : 'broken-workbook';
}

const WORKBOOK_NAME = /\.(xlsx|xlsm)$/i;

export async function judgeProtocolFile(input: InputFile, key: KeyFile): Promise<JudgedFile> {
  const { file, modified } = input;
  if ('failure' in input) return { file, modified, state: failedState(input.failure), problems: [wholeFile(input.failure)] };
  // A signed scan or a letter beside the protocol in a ZIP is not a protocol: said so without reading it.
  if (!WORKBOOK_NAME.test(file)) return { file, modified, state: 'not-a-protocol', problems: [wholeFile({ problem: 'not-a-protocol' })] };
  let bytes: Uint8Array;
  try {
    bytes = await input.bytes();
  } catch (error) {
    if (!(error instanceof ArchiveEntryError)) throw error;
    return { file, modified, state: failedState(error.facts), problems: [wholeFile(error.facts)] };
  }

  switch (workbookKind(bytes)) {
    case 'encrypted-workbook':
      return { file, modified, state: 'encrypted-workbook', problems: [wholeFile({ problem: 'encrypted-workbook' })] };
    case 'empty':
      return { file, modified, state: 'broken-workbook', problems: [wholeFile({ problem: 'broken-workbook', reason: 'empty-file' })] };
    case 'old-excel':
    case 'ole-unknown':
      return { file, modified, state: 'broken-workbook', problems: [wholeFile({ problem: 'broken-workbook', reason: 'old-office-format' })] };
    case 'other':
      return { file, modified, state: 'broken-workbook', problems: [wholeFile({ problem: 'broken-workbook', reason: 'not-xlsx' })] };
    case 'xlsx':
      break;
  }

  const read = await readProtocolWorkbook(bytes);
  if (!read.ok) return { file, modified, state: read.failure.problem, problems: [wholeFile(read.failure)] };
  const { protocol } = read;

  const integrity = await integrityProblems(protocol, key.secret);
  if (integrity.length > 0) {
    const foreign = integrity.every((problem) => problem.problem === 'signature-mismatch');
    return { file, modified, state: foreign ? 'foreign' : 'tampered', problems: integrity, protocol };
  }
  const pkg = key.packages.find((candidate) => candidate.packageId === protocol.meta.packageId);
  if (!pkg) {
    return { file, modified, state: 'unknown-package', problems: [wholeFile({ problem: 'unknown-package', packageId: protocol.meta.packageId })], protocol };
  }
  const problems = checkProtocolRows(protocol.rows);
  const unscored = problems.some((problem) => UNSCORED.has(problem.problem));
  return { file, modified, state: unscored ? 'incomplete' : 'merged', problems, protocol, pkg };
}

/** A row with one of these has no expert score that can be counted. */
const UNSCORED = new Set(['missing-expert-score', 'invalid-expert-score', 'score-out-of-range']);
