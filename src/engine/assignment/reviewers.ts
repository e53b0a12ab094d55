import type { Expert, Reviewer } from './types';

/** An expert of the list as the reviewer of a package. */
export function expertReviewer(expert: Expert): Reviewer {
  return { kind: 'expert', id: expert.id, name: expert.name, school: expert.school, municipality: expert.municipality };
}
