import { unassignedText, type Language } from '../../../engine';
import type { UnassignedWork } from './Preparation.types';

export interface UnassignedGroup {
  reason: UnassignedWork['reason'];
  /** Why, and what to do, in the pane's language (the same for the works of one school, subject and grade). */
  message: string;
  works: UnassignedWork[];
}

/** Works no expert could take, grouped by their message (one school's works share it); every work is kept. */
export function groupUnassigned(works: readonly UnassignedWork[], language: Language): UnassignedGroup[] {
  const groups = new Map<string, UnassignedGroup>();
  for (const work of works) {
    const message = unassignedText(work, language);
    const key = `${work.reason}\u0000${message}`;
    const group = groups.get(key);
    if (group) group.works.push(work);
    else groups.set(key, { reason: work.reason, message, works: [work] });
  }
  return [...groups.values()];
}
