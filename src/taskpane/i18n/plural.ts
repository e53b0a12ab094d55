/** Russian plural form for a count: `pluralRu(21, 'работа', 'работы', 'работ')` → `работа`. */
export function pluralRu(count: number, one: string, few: string, many: string): string {
  const lastTwo = Math.abs(count) % 100;
  const last = lastTwo % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}

/** English plural form for a count: `pluralEn(1, 'work', 'works')` → `work`. */
export function pluralEn(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
