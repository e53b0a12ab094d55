import { plural } from '../../engine';

/** Russian plural form for a count, the engine's rule: `pluralRu(21, 'работа', 'работы', 'работ')` → `работа`. */
export function pluralRu(count: number, one: string, few: string, many: string): string {
  return plural(count, [one, few, many]);
}

/** English plural form for a count: `pluralEn(1, 'work', 'works')` → `work`. */
export function pluralEn(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
