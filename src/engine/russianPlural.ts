/** Russian noun form for a count: plural(5, ['работа', 'работы', 'работ']) → 'работ'. */
export function plural(count: number, forms: readonly [string, string, string]): string {
  const tens = Math.abs(count) % 100;
  const units = tens % 10;
  if (tens > 10 && tens < 20) return forms[2];
  if (units === 1) return forms[0];
  if (units >= 2 && units <= 4) return forms[1];
  return forms[2];
}

export function counted(count: number, forms: readonly [string, string, string]): string {
  return `${count} ${plural(count, forms)}`;
}
