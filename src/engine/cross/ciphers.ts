/**
 * The schools' ciphers: `Ш-` and three digits drawn at random (seeded) — not in the order of the names, not
 * from the names, so a cipher says nothing about its school. One cipher per school across all its tests.
 */
import { seededRandom, shuffled } from '../assignment/seededRandom';

export function assignCiphers(schools: readonly string[], seed: number): Map<string, string> {
  const unique = [...new Set(schools)].sort((a, b) => a.localeCompare(b));
  const size = unique.length <= 900 ? 900 : 9000;
  const numbers = shuffled(Array.from({ length: size }, (_, i) => i + size / 9), seededRandom(seed, 'cross-ciphers'));
  return new Map(unique.map((school, index) => [school, `Ш-${numbers[index]}`]));
}
