import type { CrossSchoolRoute } from '../../../src/engine';
import type { CrossClassroomRow } from '../../../src/taskpane/engineRun';
import { checkerChoices, classroomKey, countRows, overridesOf, routeKey, seedOf, typedCounts, typedWorks } from '../../../src/taskpane/cross/crossPrepareModel';

const room = (school: string, cls: string, pages: number, works: number | null): CrossClassroomRow => ({
  archive: `${school}.zip`, path: `${school}/${cls}.pdf`, school, subject: 'русский язык', grade: 6, class: cls, pages, works, worksFrom: works === null ? null : 'cover-letter',
});
const route = (school: string, checkedBy: string | null, subject = 'русский язык'): CrossSchoolRoute => ({ school, municipality: '', cipher: 'Ш-100', subject, grade: 6, checkedBy, works: 4 });

describe('the coordinator’s cross-check table', () => {
  it('prefills the letter’s count, lets a typed count win, and flags pages that are not a multiple of the works', () => {
    const rooms = [room('СОШ №1', '6А', 6, 3), room('СОШ №2', '6Б', 5, null), room('СОШ №3', '6В', 7, 2)];
    const typed = { [classroomKey(rooms[1])]: '2' };
    const rows = countRows(rooms, typed);
    expect(rows.map((r) => [r.text, r.works, r.typed, r.notMultiple])).toEqual([
      ['3', 3, false, false],
      ['2', 2, true, true],
      ['2', 2, false, true],
    ]);
  });

  it('keeps half-typed text, marks it invalid and sends the engine only whole numbers above zero', () => {
    const rooms = [room('СОШ №1', '6А', 6, 3), room('СОШ №2', '6Б', 4, null), room('СОШ №3', '6В', 4, 2)];
    const typed = { [classroomKey(rooms[0])]: '0', [classroomKey(rooms[1])]: ' 4 ', [classroomKey(rooms[2])]: '2a' };
    expect(countRows(rooms, typed).map((r) => r.invalid)).toEqual([true, false, true]);
    expect(typedCounts(typed)).toEqual([{ school: 'СОШ №2', subject: 'русский язык', class: '6Б', works: 4 }]);
    expect(typedWorks('')).toBeNull();
  });

  it('keeps what was typed when a new plan brings the same classrooms again', () => {
    const first = [room('СОШ №1', '6А', 6, null)];
    const typed = { [classroomKey(first[0])]: '3' };
    const again = [{ ...room('СОШ №1', '6А', 6, 3), worksFrom: 'counts' as const }, room('СОШ №2', '6А', 4, 2)];
    expect(countRows(again, typed).map((r) => r.text)).toEqual(['3', '2']);
  });

  it('offers a school only the other schools of the same test, and turns the choices into one-test overrides', () => {
    const schools = [route('А', 'Б'), route('Б', 'В'), route('В', 'А'), route('Г', null, 'математика')];
    expect(checkerChoices(schools, schools[0])).toEqual(['Б', 'В']);
    expect(checkerChoices(schools, schools[3])).toEqual([]);
    expect(overridesOf(schools, { [routeKey(schools[1])]: 'А' })).toEqual([{ subject: 'русский язык', grade: 6, school: 'Б', checker: 'А' }]);
  });

  it('reads the seed field as a whole number, else the default', () => {
    expect(seedOf(' 42 ', 1)).toBe(42);
    expect(seedOf('4.2', 1)).toBe(1);
    expect(seedOf('', 7)).toBe(7);
  });
});
