/**
 * What needs the expert's attention, grouped by problem code with counts, in the order an expert fixes them:
 * real mistakes first, missing scores (the work still to do) last. Pure.
 */
import type { ProblemCode, ProtocolProblem } from '../../engine';

export interface AttentionGroup {
  code: ProblemCode;
  problems: ProtocolProblem[];
  /** Missing scores are progress, not a mistake: shown quietly. */
  quiet: boolean;
}

const ORDER: readonly ProblemCode[] = [
  'difference-without-code',
  'code-without-difference',
  'explanation-required',
  'score-out-of-range',
  'invalid-expert-score',
  'invalid-error-code',
  'missing-expert-score',
];

export function attentionGroups(problems: Iterable<ProtocolProblem>): AttentionGroup[] {
  const byCode = new Map<ProblemCode, ProtocolProblem[]>();
  for (const problem of problems) byCode.set(problem.problem, [...(byCode.get(problem.problem) ?? []), problem]);
  const rank = (code: ProblemCode) => {
    const index = ORDER.indexOf(code);
    return index < 0 ? ORDER.length - 1.5 : index;
  };
  return [...byCode.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([code, list]) => ({ code, problems: [...list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)), quiet: code === 'missing-expert-score' }));
}
