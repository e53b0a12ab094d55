/** Today's date where the analyst is, `YYYY-MM-DD` (not UTC's: after midnight in Irkutsk it is already tomorrow). */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
