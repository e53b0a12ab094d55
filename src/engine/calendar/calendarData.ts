/**
 * The Russian production calendar as data: the statutory public holidays (Labour Code, art. 112) and, per year,
 * the transfers of days off the government decrees (JSON files in ./data, one a year, edited when a decree is
 * published). No npm package fits: the maintained holiday libraries know the public holidays of Russia but not
 * the government's yearly transfers (working Saturdays, days off moved to May or December), and the services
 * that do are online.
 */
import statutory from './data/statutory.json';
import year2024 from './data/2024.json';
import year2025 from './data/2025.json';
import year2026 from './data/2026.json';
import year2027 from './data/2027.json';

/** "Перенести выходной день с `from` на `to`": `to` becomes a day off; `from` a working day unless it is a holiday. */
export interface DayOffTransfer {
  from: string;
  to: string;
}

export interface CalendarYear {
  year: number;
  /** The decree (or the rule) the transfers come from. */
  source: string;
  /** false while the year's decree is not entered: its transfers may be missing. */
  confirmed: boolean;
  transfers: DayOffTransfer[];
  note?: string;
}

export interface ProductionCalendar {
  /** Statutory holidays as `MM-DD`, the same every year. */
  holidays: readonly string[];
  years: ReadonlyMap<number, CalendarYear>;
}

/** A calendar of the given years (later ones replace earlier ones of the same year). */
export function productionCalendar(years: readonly CalendarYear[], holidays: readonly string[] = statutory.holidays): ProductionCalendar {
  return { holidays, years: new Map(years.map((entry) => [entry.year, entry])) };
}

/** The calendar Recheck ships: the years in ./data. */
export const RUSSIAN_CALENDAR: ProductionCalendar = productionCalendar([year2024, year2025, year2026, year2027]);
