/** Small pieces both languages join their sentences with. */
import type { EntryFailureReason } from '../problems';

/** A reason phrase with the reader's own words after it, when it gave some. */
export function withDetail(phrase: string, detail: string | undefined, separator = ': '): string {
  return detail ? `${phrase}${separator}${detail}` : phrase;
}

/** ` (text)`, or nothing for no text. */
export function inBrackets(text: string | undefined): string {
  return text ? ` (${text})` : '';
}

/** Why an entry did not unpack, in the words of one language; the compression method follows its phrase. */
export function entryReason(phrases: Record<EntryFailureReason, string>, reason: EntryFailureReason | undefined, detail: string | undefined): string | undefined {
  if (!reason) return undefined;
  return withDetail(phrases[reason], detail, reason === 'unsupported-compression' ? ' ' : ': ');
}
