/**
 * Problems counted by code and by code with details, for statistics: how many archives were damaged, how many
 * scans were photos, which participants lack a row. Pure; the place of a problem never splits a group.
 */
import type { ProblemCode, ProblemFacts } from './problems';

export interface ProblemCount<T> {
  code: ProblemCode;
  /** The details shared by the group (every field but the code and the place); empty when grouped by code only. */
  details: Record<string, unknown>;
  count: number;
  problems: T[];
}

/** The fields that say where a bank problem (`Problem`) is, not what it is. */
export const PROBLEM_PLACE: ReadonlySet<string> = new Set(['archive', 'path', 'cell']);
/** The fields that say where a protocol problem (`ProtocolProblem`) is. */
export const PROTOCOL_PROBLEM_PLACE: ReadonlySet<string> = new Set(['cell', 'work', 'task', 'row']);

/** The details of a problem: its own facts without code or place. */
export function problemDetails(problem: ProblemFacts, place: ReadonlySet<string> = PROBLEM_PLACE): Record<string, unknown> {
  return Object.fromEntries(Object.entries(problem).filter(([key]) => key !== 'problem' && !place.has(key)));
}

/** JSON with keys sorted at every level: equal details give equal keys whatever their field order. */
function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableKey(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Groups problems by code (`by: 'code'`) or by code and details (`by: 'details'`), largest group first, ties in
 * order of first appearance. `place`: the fields that locate a problem, left out of the details
 * ({@link PROBLEM_PLACE} for bank problems, the default; {@link PROTOCOL_PROBLEM_PLACE} for protocol problems).
 */
export function countProblems<T extends ProblemFacts>(
  problems: Iterable<T>,
  by: 'code' | 'details' = 'code',
  place: ReadonlySet<string> = PROBLEM_PLACE,
): ProblemCount<T>[] {
  const groups = new Map<string, ProblemCount<T>>();
  for (const problem of problems) {
    const details = by === 'details' ? problemDetails(problem, place) : {};
    const key = `${problem.problem}\u0000${by === 'details' ? stableKey(details) : ''}`;
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      group.problems.push(problem);
    } else {
      groups.set(key, { code: problem.problem, details, count: 1, problems: [problem] });
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}
