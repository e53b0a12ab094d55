/**
 * Why a measure has no value. The pane and the report show "not enough data" with the reason, never a
 * misleading figure:
 * - `no-works`: the group has no fully scored works;
 * - `too-few-works`: fewer works than the measure needs (kappa and correlation: fewer than 10 by default);
 * - `zero-variance`: the totals do not vary, so the measure divides by zero;
 * - `no-scale`: no marks scale for the test;
 * - `scale-mismatch`: the test's scale does not fit its tasks (its maximum differs from the sum of task maxima).
 */
export type NotEnoughDataReason = 'no-works' | 'too-few-works' | 'zero-variance' | 'no-scale' | 'scale-mismatch';

/** A measure's value, or null with the reason it is not given. */
export type Measure<T = number> = { value: T; reason?: undefined } | { value: null; reason: NotEnoughDataReason };

export function measured<T>(value: T): Measure<T> {
  return { value };
}

export function notEnoughData<T = number>(reason: NotEnoughDataReason): Measure<T> {
  return { value: null, reason };
}
