import type { AdjudicationSettings } from '../engine';
import { UsageError, type ParsedArgs } from './args';

/** Issue 11: options of `merge` and `adjudicate` that set the adjudication thresholds and the final-score rule. */
export const ADJUDICATION_VALUED = ['task-difference', 'total-difference'] as const;
export const ADJUDICATION_FLAGS = ['first-primary'] as const;

export function adjudicationSettingsOf(args: ParsedArgs): Partial<AdjudicationSettings> {
  const settings: Partial<AdjudicationSettings> = {};
  for (const [name, field] of [['task-difference', 'taskDifference'], ['total-difference', 'totalDifference']] as const) {
    const text = args.options.get(name);
    if (text === undefined) continue;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new UsageError(`--${name} — целое число баллов, не меньше 1.`);
    settings[field] = value;
  }
  if (args.options.has('first-primary')) settings.finalRule = 'first';
  return settings;
}
