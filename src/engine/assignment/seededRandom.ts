/**
 * A small seeded pseudo-random generator (mulberry32 over a splitmix-style mixed seed). Not for secrets:
 * it only makes orders reproducible — the same seed gives the same shuffle on every machine and engine.
 */
export type Random = () => number;

/** Mixes any number (fractional, negative, above 2³²) and a purpose label into a 32-bit state. */
function mixSeed(seed: number, purpose: string): number {
  const whole = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  let state = (whole >>> 0) ^ Math.imul(Math.floor(whole / 2 ** 32) >>> 0, 0x9e3779b1);
  for (let index = 0; index < purpose.length; index += 1) {
    state = Math.imul(state ^ purpose.charCodeAt(index), 0x85ebca6b);
    state ^= state >>> 13;
  }
  state = Math.imul(state ^ (state >>> 16), 0x7feb352d);
  state = Math.imul(state ^ (state >>> 15), 0x846ca68b);
  return (state ^ (state >>> 16)) >>> 0;
}

/** Uniform numbers in [0, 1), reproducible for a seed; `purpose` keeps independent uses of one seed apart. */
export function seededRandom(seed: number, purpose: string): Random {
  let state = mixSeed(seed, purpose);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A shuffled copy (Fisher–Yates); the input is not changed. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = items.slice();
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}
