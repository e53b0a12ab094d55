/**
 * The coordinator's cross-check table, pure: what the pane shows per classroom (the count typed over the letter's,
 * the pages-not-a-multiple flag), what it sends the engine (typed counts, overrides), and which schools a school of
 * a test may be given to by hand. Typed text and overrides are kept by key, so a new plan loses none of them.
 */
import type { CrossOverride, CrossSchoolRoute } from '../../engine';
import type { CrossClassroomRow, CrossCount } from '../engineRun';

/** Typed counts by classroom key, as typed (a half-typed number is kept too). */
export type TypedCounts = Readonly<Record<string, string>>;
/** Checking school chosen by hand, by route key. */
export type ChosenCheckers = Readonly<Record<string, string>>;

export const CROSS_KEY_FILE_NAME = 'Ключ перекрёстной проверки.xlsx';

/** A classroom's key: the counts table names school, subject and class (the class carries the grade). */
export function classroomKey(room: Pick<CrossClassroomRow, 'school' | 'subject' | 'class'>): string {
  return [room.school, room.subject, room.class].join('\u0000');
}

export function routeKey(route: Pick<CrossSchoolRoute, 'school' | 'subject' | 'grade'>): string {
  return [route.subject, route.grade, route.school].join('\u0000');
}

/** A typed count that the engine can take: a whole number above zero. */
export function typedWorks(text: string | undefined): number | null {
  const trimmed = (text ?? '').trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const works = Number(trimmed);
  return works > 0 ? works : null;
}

export interface CountRowView {
  key: string;
  room: CrossClassroomRow;
  /** What the input shows: the typed text, else the plan's count, else empty. */
  text: string;
  /** The count in force: typed (when valid), else the plan's. */
  works: number | null;
  typed: boolean;
  /** Typed, but not a whole number above zero. */
  invalid: boolean;
  notMultiple: boolean;
}

export function countRows(classrooms: readonly CrossClassroomRow[], typed: TypedCounts): CountRowView[] {
  return classrooms.map((room) => {
    const key = classroomKey(room);
    const text = typed[key];
    const isTyped = text !== undefined;
    const valid = typedWorks(text);
    const works = isTyped ? valid : room.works;
    return {
      key, room, typed: isTyped, text: isTyped ? text : room.works === null ? '' : String(room.works), works,
      invalid: isTyped && text.trim() !== '' && valid === null, notMultiple: works !== null && room.pages % works !== 0,
    };
  });
}

/** The counts the engine is given: only what the coordinator typed, and only whole numbers (read back from the keys). */
export function typedCounts(typed: TypedCounts): CrossCount[] {
  return Object.entries(typed).flatMap(([key, text]) => {
    const works = typedWorks(text);
    const [school, subject, room] = key.split('\u0000');
    return works === null || room === undefined ? [] : [{ school, subject, class: room, works }];
  });
}

/** The other schools of the same test, by name: whom a school's classrooms may be given to by hand. */
export function checkerChoices(schools: readonly CrossSchoolRoute[], route: CrossSchoolRoute): string[] {
  return schools
    .filter((s) => s.subject === route.subject && s.grade === route.grade && s.school !== route.school)
    .map((s) => s.school)
    .sort((a, b) => a.localeCompare(b));
}

/** The hand-made pairs as the engine's overrides (one test each). */
export function overridesOf(schools: readonly CrossSchoolRoute[], chosen: ChosenCheckers): CrossOverride[] {
  return schools.flatMap((route) => {
    const checker = chosen[routeKey(route)];
    return checker ? [{ subject: route.subject, grade: route.grade, school: route.school, checker }] : [];
  });
}

/** The seed field: a whole number, else the default. */
export function seedOf(text: string, fallback: number): number {
  return /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : fallback;
}
