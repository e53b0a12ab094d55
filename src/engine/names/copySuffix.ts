/**
 * Marks that file managers and browsers add to copies: 'x (1)', 'x(2)', 'x - копия', 'x - Copy (2)',
 * macOS 'x copy 2' / 'x копия', and the old Windows prefix 'Копия x' / 'Copy of x'.
 */
const COPY_SUFFIX = /(?:\s*\(\d{1,3}\)|\s*[-–—]\s*(?:копия|copy)(?:\s*\(\d{1,3}\))?|\s+(?:копия|copy)(?:\s+\d{1,3})?)\s*$/iu;
const COPY_PREFIX = /^\s*(?:копия|copy)(?:\s*\(\d{1,3}\))?(?:\s+of)?\s+(?=\S)/iu;

/** A name (without extension) with every copy mark removed: '4002_вар.1 - копия (2)' → '4002_вар.1'. */
export function stripCopyMarks(stem: string): string {
  let name = stem.trim();
  for (;;) {
    const stripped = name.replace(COPY_SUFFIX, '').replace(COPY_PREFIX, '').trim();
    if (stripped === name || stripped === '') return name;
    name = stripped;
  }
}
