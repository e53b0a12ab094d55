/**
 * Issue 11: the final expert score of every work, and the rows the statistics against the school use.
 *
 * - one complete round (and no other given by the key): that expert's score (`single`);
 * - two rounds without a substantial discrepancy: per task the mean of the two rounded half up (1,5 → 2) and the
 *   total the sum of those (`mean`), or the first expert's (`first`, the setting "first is primary");
 * - a third round: the third expert's score, whatever the first two (`third`);
 * - still waiting for a round the key gives the work, or for a third expert after a substantial discrepancy: no
 *   final score yet — the work's rows carry no expert score, so the statistics list it as not fully scored.
 */
import type { MergeRow } from '../merge/types';
import type { ScoreValue } from '../scores';
import { discrepancyOf, type Discrepancy } from './discrepancy';
import { DEFAULT_ADJUDICATION_SETTINGS, type AdjudicationSettings } from './settings';
import { workRounds, type RoundScore, type WorkRounds } from './workRounds';

/** How a work's final score came about; the `awaiting-…` works have none yet. */
export type FinalStatus = 'single' | 'mean' | 'first' | 'third' | 'awaiting-second' | 'awaiting-third' | 'unscored';

export interface WorkFinal extends WorkRounds {
  /** Between the first two complete rounds; null with fewer than two. */
  discrepancy: Discrepancy | null;
  status: FinalStatus;
  /** The final expert total; null while there is none. */
  total: number | null;
}

export interface FinalScores {
  works: WorkFinal[];
  /** One row per work and task: the final expert score in place of the expert's (empty while there is none). */
  rows: MergeRow[];
}

/** Half up: 1,5 → 2, 2,5 → 3 (the mean of two whole scores is whole or a half). */
export function meanHalfUp(a: number, b: number): number {
  return Math.floor((a + b + 1) / 2);
}

export function finalScores(rows: readonly MergeRow[], expected: ReadonlyMap<string, ReadonlySet<number>> = new Map(), settings: Partial<AdjudicationSettings> = {}): FinalScores {
  const rules: AdjudicationSettings = { ...DEFAULT_ADJUDICATION_SETTINGS, ...settings };
  const works: WorkFinal[] = [];
  const finalRows: MergeRow[] = [];
  for (const work of workRounds(rows, expected)) {
    const [first, second] = work.rounds.filter((round) => round.round < 3);
    const third = work.rounds.find((round) => round.round >= 3);
    const discrepancy = first && second ? discrepancyOf(first, second, rules) : null;
    const status: FinalStatus = third
      ? 'third'
      : work.rounds.length === 0
        ? 'unscored'
        : work.pending.length > 0
          ? (discrepancy?.substantial ? 'awaiting-third' : 'awaiting-second')
          : discrepancy === null
            ? 'single'
            : discrepancy.substantial
              ? 'awaiting-third'
              : rules.finalRule;
    const chosen = finalTaskRows(status, first, second, third);
    works.push({ ...work, discrepancy, status, total: chosen === null ? null : chosen.reduce((sum, row) => sum + points(row.expertScore), 0) });
    if (chosen !== null) finalRows.push(...chosen);
    else if (work.rounds.length === 0) finalRows.push(...work.firstRows);
    else finalRows.push(...work.rounds[0].rows.map((row) => ({ ...row, expertScore: { kind: 'empty' as const }, errorCodes: [] })));
  }
  return { works, rows: finalRows };
}

function points(score: ScoreValue): number {
  return score.kind === 'score' ? score.value : 0;
}

/** The work's rows with the final expert score, its codes and its expert taken from the round that gave it. */
function finalTaskRows(status: FinalStatus, first: RoundScore | undefined, second: RoundScore | undefined, third: RoundScore | undefined): MergeRow[] | null {
  switch (status) {
    case 'third':
      return third!.rows;
    case 'single':
    case 'first':
      return first!.rows;
    case 'mean':
      return first!.rows.map((row) => meanRow(row, second!.rows.find((other) => other.task === row.task) ?? row));
    default:
      return null;
  }
}

/** The mean of two rows of one task, half up; codes, mark and expert of the row that scored the final points. */
function meanRow(a: MergeRow, b: MergeRow): MergeRow {
  const value = meanHalfUp(points(a.expertScore), points(b.expertScore));
  const score: ScoreValue = value === 0 && a.expertScore.kind === 'no-answer' && b.expertScore.kind === 'no-answer' ? a.expertScore : { kind: 'score', value };
  const source = points(a.expertScore) === value ? a : points(b.expertScore) === value ? b : a;
  const agreesWithSchool = points(a.schoolScore) === value;
  return { ...source, expertScore: score, errorCodes: agreesWithSchool ? [] : source.errorCodes };
}
