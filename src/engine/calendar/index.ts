/** The Russian production calendar (holidays and the decrees' transfers as data) and the deadlines of the returns. */
export { productionCalendar, RUSSIAN_CALENDAR, type CalendarYear, type DayOffTransfer, type ProductionCalendar } from './calendarData';
export { addCalendarDays, addWorkingDays, calendarGaps, isIsoDate, isWorkingDay } from './workingDays';
export { RECHECK_CALENDAR_DAYS, REPORT_WORKING_DAYS, returnDeadlines, type ReturnDeadlines } from './deadlines';
