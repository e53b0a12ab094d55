import type { UnassignedFacts, UnassignedReason } from '../assignment/types';
import type { ProblemCode, ProblemFacts } from '../problems';

/** The languages the product speaks: Russian first, English where Office is not Russian. */
export type Language = 'ru' | 'en';

/**
 * Everything the engine's data says to a person, in one language. Records over every code: a code without
 * text does not compile.
 */
export interface Wording {
  /** What is wrong and what the coordinator (or the expert) should do about it. */
  problems: { [C in ProblemCode]: (facts: ProblemFacts<C>) => string };
  /** Why no expert could take a work, and what the coordinator can do. */
  unassigned: { [R in UnassignedReason]: (facts: UnassignedFacts) => string };
}
