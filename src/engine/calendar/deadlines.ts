/**
 * The deadlines of the returns (regulation, section 5): a municipality publishes its report on the reasons of
 * biased grading within 10 working days after it receives the protocols; the re-check itself ends within 60
 * calendar days after the test period.
 */
import { RUSSIAN_CALENDAR, type ProductionCalendar } from './calendarData';
import { addCalendarDays, addWorkingDays, calendarGaps } from './workingDays';

export const REPORT_WORKING_DAYS = 10;
export const RECHECK_CALENDAR_DAYS = 60;

export interface ReturnDeadlines {
  /** When the municipality received the protocols. */
  received: string;
  /** The last day for its report: the 10th working day after `received`. */
  reportDue: string;
  /** The last day of the test period, when known. */
  testPeriodEnd: string | null;
  /** The last day of the re-check: 60 calendar days after the test period. */
  recheckDue: string | null;
  /** The protocols came back after `recheckDue`. */
  recheckLate: boolean;
  /** Years counted without their decree (no file, or not confirmed): the date may move by a transfer. */
  missingYears: number[];
  unconfirmedYears: number[];
}

export function returnDeadlines(received: string, testPeriodEnd: string | null, calendar: ProductionCalendar = RUSSIAN_CALENDAR): ReturnDeadlines {
  const reportDue = addWorkingDays(received, REPORT_WORKING_DAYS, calendar);
  const recheckDue = testPeriodEnd === null ? null : addCalendarDays(testPeriodEnd, RECHECK_CALENDAR_DAYS);
  const gaps = calendarGaps(received, reportDue, calendar);
  return {
    received,
    reportDue,
    testPeriodEnd,
    recheckDue,
    recheckLate: recheckDue !== null && received > recheckDue,
    missingYears: gaps.missing,
    unconfirmedYears: gaps.unconfirmed,
  };
}
