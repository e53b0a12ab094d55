import { makeProblem, type Problem } from '../problems';
import type { Work } from './types';

/** A work candidate with a digest of its content (size and CRC-32), so an exact copy can be told from a real clash. */
export interface Candidate {
  work: Work;
  /** Which school folder the file sits in: codes must be unique per school folder, not across schools. */
  schoolKey: string;
  digest: string;
}

/**
 * The same participant code (or the same classroom) twice in one school folder.
 * An exact byte copy (the school uploaded a file twice) keeps the first file as the work and lists the copy;
 * two different files with one code are both listed, because picking one would be a guess.
 */
export function separateDuplicates(candidates: Candidate[]): { works: Work[]; problems: Problem[] } {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const identity = candidate.work.kind === 'work' ? `code:${candidate.work.code}` : `class:${candidate.work.class}`;
    const key = `${candidate.work.archive}\u0000${candidate.schoolKey}\u0000${identity}`;
    const group = groups.get(key);
    if (group) group.push(candidate);
    else groups.set(key, [candidate]);
  }

  const works: Work[] = [];
  const problems: Problem[] = [];
  for (const group of groups.values()) {
    const [first, ...others] = group;
    if (others.length === 0) {
      works.push(first.work);
      continue;
    }
    const distinct = others.filter((other) => other.digest !== first.digest);
    const copies = others.filter((other) => other.digest === first.digest);
    for (const copy of copies) {
      problems.push(makeProblem(copy.work.archive, copy.work.path, { problem: 'duplicate-file', otherPath: first.work.path }));
    }
    if (distinct.length === 0) {
      works.push(first.work);
      continue;
    }
    const clashing = [first, ...distinct];
    const owner = first.work.code !== null ? { participant: first.work.code } : { classroom: first.work.class ?? '' };
    for (const candidate of clashing) {
      const other = clashing.find((c) => c !== candidate)!;
      problems.push(makeProblem(candidate.work.archive, candidate.work.path, { problem: 'duplicate-code', ...owner, otherPath: other.work.path }));
    }
  }
  return { works, problems };
}
