import { problemText, type Language, type Problem, type ProblemCode } from '../../engine';

export interface ProblemGroup {
  code: ProblemCode;
  problems: Problem[];
  /** The message when every problem of the group says the same; null when they differ (then each shows its own). */
  sharedMessage: string | null;
}

/** Codes that ask the coordinator to act come first; what needs no action (copies, system files) comes last. */
const LAST: readonly ProblemCode[] = ['duplicate-file', 'system-file'];

/**
 * Problems grouped by code, biggest actionable group first; every problem is kept, in its original order.
 * Texts are worded in the pane's `language`.
 */
export function groupProblems(problems: readonly Problem[], language: Language): ProblemGroup[] {
  const byCode = new Map<ProblemCode, Problem[]>();
  for (const problem of problems) {
    const group = byCode.get(problem.problem);
    if (group) group.push(problem);
    else byCode.set(problem.problem, [problem]);
  }
  const rank = (code: ProblemCode) => (LAST.includes(code) ? 1 + LAST.indexOf(code) : 0);
  return [...byCode.entries()]
    .sort(([codeA, a], [codeB, b]) => rank(codeA) - rank(codeB) || b.length - a.length)
    .map(([code, group]) => ({ code, problems: group, sharedMessage: sharedText(group.map((problem) => problemText(problem, language))) }));
}

/** The one text every item says, or null when they differ. */
export function sharedText(texts: readonly string[]): string | null {
  return texts.length > 0 && texts.every((text) => text === texts[0]) ? texts[0] : null;
}
