/** What stands in a published quote where the expert named someone of the commission. */
export const EXPERT_PLACEHOLDER = '[эксперт]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes the experts' names from a text: each full name (any case, any spacing), then each capitalised word of
 * a name (a surname or a first name written alone), so a quote never names an expert. Initials are left: alone
 * they name no one.
 */
export function withoutExpertNames(text: string, experts: readonly string[]): string {
  let result = text;
  const names = [...new Set(experts.map((name) => name.trim()).filter((name) => name !== ''))].sort((a, b) => b.length - a.length);
  for (const name of names) {
    const pattern = name.split(/\s+/).map(escapeRegExp).join('\\s*');
    result = result.replace(new RegExp(pattern, 'giu'), EXPERT_PLACEHOLDER);
  }
  const words = new Set(names.flatMap((name) => name.split(/[\s.]+/)).filter((word) => word.length >= 3));
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    // The name in any of its case forms (Петрова, Петровой, Петрову), bounded by non-letters; case-sensitive, so
    // a common word spelt like a name but lower-case stays.
    const stem = word.replace(/[аяь]$/u, '');
    result = result.replace(new RegExp(`(?<!\\p{L})${escapeRegExp(stem)}(?:${CASE_ENDINGS})?(?!\\p{L})`, 'gu'), EXPERT_PLACEHOLDER);
  }
  return result;
}

/** Endings of Russian names in their cases, after the stem (Петров-, Анн-, Игор-). */
const CASE_ENDINGS = ['а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'ь', 'ой', 'ою', 'ей', 'ую', 'ая', 'ом', 'ем', 'ым', 'им', 'ых', 'ого', 'ому', 'ыми', 'ий', 'ич', 'ича', 'ичу', 'ичем', 'иче', 'на', 'ны', 'не', 'ну', 'ной'].join('|');
