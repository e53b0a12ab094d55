/**
 * A kept protocol's rows and comments joined with the coordinator's key: the real school and municipality behind
 * each Код ОО, the reviewer's name and round of the package.
 */
import type { KeyFile, KeyPackage, KeySchool } from '../prepare/keyWorkbook';
import type { ProtocolRow, ProtocolTaskComment, ReadProtocol } from '../protocol';
import { isErrorCode } from '../protocol/errorCodes';
import type { ScoreValue } from '../scores';
import type { MergeComment, MergeRow } from './types';

function schoolOf(key: KeyFile, code: string, subject: string, grade: number): KeySchool | undefined {
  const schools = key.schools.filter((school) => school.code === code);
  return schools.find((school) => school.subject === subject && school.grade === grade) ?? schools[0];
}

function countedScore(score: ProtocolRow['expertScore']): ScoreValue {
  return score.kind === 'invalid' ? { kind: 'empty' } : score;
}

/** A task is hardest for a row when the expert marked it `+` for the row's variant (or for every variant). */
function hardestOf(comments: readonly ProtocolTaskComment[], row: ProtocolRow): boolean {
  return comments.some((comment) => comment.hardest && comment.task === row.task && (comment.variants.length === 0 || comment.variants.includes(row.variant)));
}

export function mergedRows(file: string, protocol: ReadProtocol, pkg: KeyPackage, key: KeyFile): MergeRow[] {
  const { meta } = protocol;
  const subject = pkg.subject || meta.subject;
  const grade = pkg.grade || meta.grade;
  return protocol.rows.map((row) => {
    const school = schoolOf(key, row.schoolCode, subject, grade);
    const errorCode = typeof row.errorCode === 'number' ? row.errorCode : null;
    return {
      municipality: school?.municipality ?? '',
      school: school?.school ?? '',
      schoolCode: row.schoolCode,
      expert: pkg.reviewer.name || meta.expert,
      subject,
      grade,
      workCode: row.workCode,
      variant: row.variant,
      task: row.task,
      max: row.max,
      schoolScore: row.schoolScore,
      expertScore: countedScore(row.expertScore),
      errorCodes: errorCode !== null && isErrorCode(errorCode) ? [errorCode] : [],
      hardest: hardestOf(protocol.comments.tasks, row),
      packageId: pkg.packageId,
      round: pkg.round,
      file,
      sheetRow: row.row,
      errorCode,
      explanation: row.explanation,
    };
  });
}

/** Every comment the expert wrote, verbatim: the task rows with any text or `+`, then the general remarks. */
export function mergedComments(file: string, protocol: ReadProtocol, pkg: KeyPackage): MergeComment[] {
  const place = { file, packageId: pkg.packageId, expert: pkg.reviewer.name || protocol.meta.expert, subject: pkg.subject || protocol.meta.subject, grade: pkg.grade || protocol.meta.grade };
  const comments: MergeComment[] = protocol.comments.tasks
    .filter((comment) => comment.hardest || comment.reasons !== '' || comment.opinion !== '' || comment.difficulties !== '')
    .map((comment) => ({ ...place, task: comment.task, variants: comment.variants, hardest: comment.hardest, reasons: comment.reasons, opinion: comment.opinion, difficulties: comment.difficulties }));
  const { generalOpinion, generalDifficulties } = protocol.comments;
  if (generalOpinion !== '' || generalDifficulties !== '') {
    comments.push({ ...place, task: '', variants: [], hardest: false, reasons: '', opinion: generalOpinion, difficulties: generalDifficulties });
  }
  return comments;
}
