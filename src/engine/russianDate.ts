/**
 * An ISO date as Russian documents write it: `2026-06-19` (or a timestamp starting so) → `19.06.2026`.
 * Anything else is returned as it is.
 */
export function russianDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}
