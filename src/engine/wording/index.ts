/**
 * Renders the engine's data as text: a problem, an unassigned work. The CLI and the pane both call these with
 * their language; nothing else in the engine builds a sentence for a person.
 */
import type { UnassignedFacts, UnassignedReason } from '../assignment/types';
import type { ProblemFacts } from '../problems';
import { en } from './en';
import { ru } from './ru';
import type { Language, Wording } from './types';

export type { Language, Wording } from './types';

const WORDINGS: Record<Language, Wording> = { ru, en };

/** The text of a problem (any object with its code and details: a bank problem, a protocol problem). */
export function problemText(problem: ProblemFacts, language: Language = 'ru'): string {
  // The record is exhaustive over codes; TypeScript cannot correlate the code with its own entry's argument.
  const render = WORDINGS[language].problems[problem.problem] as (facts: ProblemFacts) => string;
  return render(problem);
}

/** Why no expert could take a work, and what to do. */
export function unassignedText(work: UnassignedFacts & { reason: UnassignedReason }, language: Language = 'ru'): string {
  return WORDINGS[language].unassigned[work.reason](work);
}
