/**
 * Counting days by the production calendar: whether a date is a working day, the n-th working day after a date,
 * and a date plus calendar days. Dates are ISO `YYYY-MM-DD` strings, counted in UTC (no time zone shifts a day).
 */
import { RUSSIAN_CALENDAR, type ProductionCalendar } from './calendarData';

const DAY_MS = 86_400_000;

function parse(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) throw new RangeError(`not an ISO date: ${date}`);
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(time).toISOString().slice(0, 10) !== match[0]) throw new RangeError(`not a date: ${date}`);
  return time;
}

function format(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days. */
export function addCalendarDays(date: string, days: number): string {
  return format(parse(date) + days * DAY_MS);
}

/** A working day: not a statutory holiday, not a day off moved there, not a weekend unless a day off was moved from it. */
export function isWorkingDay(date: string, calendar: ProductionCalendar = RUSSIAN_CALENDAR): boolean {
  const day = format(parse(date));
  if (calendar.holidays.includes(day.slice(5))) return false;
  const transfers = calendar.years.get(Number(day.slice(0, 4)))?.transfers ?? [];
  if (transfers.some((transfer) => transfer.to === day)) return false;
  if (transfers.some((transfer) => transfer.from === day)) return true;
  const weekday = new Date(parse(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The `days`-th working day after `date` (`date` itself not counted): «не позднее 10 рабочих дней после получения». */
export function addWorkingDays(date: string, days: number, calendar: ProductionCalendar = RUSSIAN_CALENDAR): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${days}`);
  let time = parse(date);
  for (let counted = 0; counted < days; ) {
    time += DAY_MS;
    if (isWorkingDay(format(time), calendar)) counted += 1;
  }
  return format(time);
}

/** Years between two dates (inclusive) the calendar has no file for, or only an unconfirmed one. */
export function calendarGaps(from: string, to: string, calendar: ProductionCalendar = RUSSIAN_CALENDAR): { missing: number[]; unconfirmed: number[] } {
  const first = Number(format(parse(from)).slice(0, 4));
  const last = Number(format(parse(to)).slice(0, 4));
  const missing: number[] = [];
  const unconfirmed: number[] = [];
  for (let year = Math.min(first, last); year <= Math.max(first, last); year += 1) {
    const entry = calendar.years.get(year);
    if (!entry) missing.push(year);
    else if (!entry.confirmed) unconfirmed.push(year);
  }
  return { missing, unconfirmed };
}

/** Whether `date` is an ISO calendar date. */
export function isIsoDate(date: string): boolean {
  try {
    parse(date);
    return /^\d{4}-\d{2}-\d{2}$/.test(date);
  } catch {
    return false;
  }
}
