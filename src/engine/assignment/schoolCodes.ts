import { seededRandom } from './seededRandom';

export interface SchoolToCode {
  /** The bank's own key of the school, e.g. municipality + school; the map returned is keyed by it. */
  key: string;
  municipality: string;
  school: string;
}

const PREFIX = 'ОО-';

/**
 * A cipher (Код ОО) for every school: `ОО-` and a number of one fixed width (3 digits, 100…999; 4 digits
 * when there are more than 900 schools), so no code is shorter or longer than another.
 *
 * Why a package cannot be traced back to its school:
 * - The number is not computed from the school (no hash or encoding of its name or key): it is drawn from a
 *   seeded random permutation of all numbers of that width. A hash could be reversed by hashing the public
 *   register of schools; a random draw holds nothing to reverse.
 * - Schools are first put in a fixed order (sorted by key, so the order the archives arrived in plays no
 *   part), then each takes the next number of the permutation: the codes follow neither alphabetical nor
 *   archive order, and do not start at 1 or run 1…n, so they do not count the schools either.
 * - The only link back is this map, which goes into the coordinator's key workbook only. Recomputing it needs
 *   the seed and the exact list of schools of the whole bank, both of which stay with the coordinator; the
 *   seed should be random (not a date or a counter) and is stored only in the key workbook.
 *
 * The same schools and seed always give the same codes. Keys given twice get one code.
 */
export function assignSchoolCodes(schools: readonly SchoolToCode[], seed: number): Map<string, string> {
  const keys = [...new Set(schools.map((school) => school.key))].sort(compareText);
  let digits = 3;
  while (9 * 10 ** (digits - 1) < keys.length) digits += 1;

  const random = seededRandom(seed, 'school-codes');
  const codes = new Map<string, string>();
  const numbers = drawDistinct(10 ** (digits - 1), 10 ** digits - 1, keys.length, random);
  keys.forEach((key, index) => codes.set(key, `${PREFIX}${numbers[index]}`));
  return codes;
}

/**
 * `count` distinct whole numbers from `low…high`, in random order: the first `count` of a seeded
 * permutation, drawn by a partial Fisher–Yates over a sparse map, so 4-digit ranges cost no more than 3-digit ones.
 */
function drawDistinct(low: number, high: number, count: number, random: () => number): number[] {
  const size = high - low + 1;
  const swapped = new Map<number, number>();
  const drawn: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const other = index + Math.floor(random() * (size - index));
    const atOther = swapped.get(other) ?? other;
    swapped.set(other, swapped.get(index) ?? index);
    drawn.push(low + atOther);
  }
  return drawn;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

