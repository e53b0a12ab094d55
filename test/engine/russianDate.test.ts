import { formatDeadline } from '../../src/engine/prepare/packageContents';
import { russianDate } from '../../src/engine/russianDate';

describe('dates written the Russian way', () => {
  it('turns an ISO date into day.month.year', () => {
    expect(russianDate('2026-06-19')).toBe('19.06.2026');
  });

  it('reads the date at the start of a timestamp', () => {
    expect(russianDate('2026-06-19T10:15:00.000Z')).toBe('19.06.2026');
  });

  it('leaves what is not an ISO date as it is', () => {
    expect(russianDate('19.06.2026')).toBe('19.06.2026');
    expect(russianDate('завтра')).toBe('завтра');
  });

  // The instruction's old copy split on '-', which turned a timestamp into "до 19T10:15:00.000Z.06.2026".
  it('gives the package instruction the same date as the protocol and the pane', () => {
    expect(formatDeadline('2026-06-19')).toBe('до 19.06.2026');
    expect(formatDeadline('2026-06-19T10:15:00.000Z')).toBe('до 19.06.2026');
    expect(formatDeadline(undefined)).toBe('в срок, указанный координатором');
  });
});
