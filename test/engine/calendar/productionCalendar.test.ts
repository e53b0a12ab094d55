import { addCalendarDays, addWorkingDays, calendarGaps, isWorkingDay, productionCalendar, returnDeadlines, RUSSIAN_CALENDAR } from '../../../src/engine/calendar';

function workingDaysOf(year: number): number {
  let count = 0;
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addCalendarDays(date, 1)) if (isWorkingDay(date)) count += 1;
  return count;
}

describe('the Russian production calendar', () => {
  it('counts as many working days a year as the published calendars: 248 in 2024, 247 in 2025 and 2026', () => {
    expect([workingDaysOf(2024), workingDaysOf(2025), workingDaysOf(2026)]).toEqual([248, 247, 247]);
  });

  it('keeps the New Year holidays and the day off moved from them: 1–8 January off, 9 January 2026 off too, 12 January 2026 a Monday at work', () => {
    for (let day = 1; day <= 11; day += 1) expect(isWorkingDay(`2026-01-${String(day).padStart(2, '0')}`)).toBe(false);
    expect(isWorkingDay('2026-01-12')).toBe(true);
    expect(isWorkingDay('2025-12-31')).toBe(false);
    expect(isWorkingDay('2026-12-31')).toBe(false);
  });

  it('knows the May holidays of 2025: 1–4 and 8–11 May off, 5–7 May at work', () => {
    const may = (day: number) => isWorkingDay(`2025-05-${String(day).padStart(2, '0')}`);
    expect([1, 2, 3, 4, 8, 9, 10, 11].map(may)).toEqual(Array(8).fill(false));
    expect([5, 6, 7, 12].map(may)).toEqual(Array(4).fill(true));
  });

  it('makes a transferred Saturday a working day and the day it went to a day off: 1 November 2025 at work, 3 November off', () => {
    expect(isWorkingDay('2025-11-01')).toBe(true);
    expect(isWorkingDay('2025-11-03')).toBe(false);
    expect(isWorkingDay('2024-12-28')).toBe(true);
    expect(isWorkingDay('2024-12-30')).toBe(false);
  });

  it('moves a holiday falling on a weekend to the next working day: 9 May 2026 is a Saturday, so 11 May is off', () => {
    expect(isWorkingDay('2026-05-11')).toBe(false);
    expect(isWorkingDay('2026-05-12')).toBe(true);
  });

  it('counts 10 working days after receipt across the May holidays: received 30 April 2026, due 18 May', () => {
    expect(addWorkingDays('2026-04-30', 10)).toBe('2026-05-18');
    expect(addWorkingDays('2026-12-25', 10)).toBe('2027-01-19');
    expect(addWorkingDays('2025-10-31', 1)).toBe('2025-11-01');
  });

  it('reads any year handed to it as data, not a year written into the logic', () => {
    const calendar = productionCalendar([{ year: 2030, source: 'тест', confirmed: true, transfers: [{ from: '2030-01-05', to: '2030-01-09' }] }]);
    expect(isWorkingDay('2030-01-09', calendar)).toBe(false);
    expect(isWorkingDay('2030-01-09', RUSSIAN_CALENDAR)).toBe(true);
    expect(calendarGaps('2030-12-20', '2031-01-10', calendar)).toEqual({ missing: [2031], unconfirmed: [] });
  });

  it('ends the re-check 60 calendar days after the test period and says when the protocols came back late', () => {
    const onTime = returnDeadlines('2026-05-20', '2026-05-16');
    expect(onTime).toMatchObject({ recheckDue: '2026-07-15', recheckLate: false, reportDue: '2026-06-03' });
    expect(returnDeadlines('2026-07-16', '2026-05-16').recheckLate).toBe(true);
    expect(returnDeadlines('2026-12-25', null)).toMatchObject({ recheckDue: null, unconfirmedYears: [2027] });
  });
});
