/** The figures the analyst sees first after a merge: per test, flagged schools, files by state. Pure. */
import { DEFAULT_STATISTICS_SETTINGS, FLAG_LABELS, type FlagName, type MergedProtocol, type ProtocolState, type StatisticsResult } from '../../engine';

export interface TestHeadline {
  subject: string;
  grade: number;
  works: number;
  changed: number;
  objectiveShare: number | null;
}

export interface FlaggedSchool {
  school: string;
  municipality: string;
  subject: string;
  grade: number;
  flags: FlagName[];
  /** The rules that fired in words. */
  why: string;
}

export function testHeadlines(statistics: StatisticsResult): TestHeadline[] {
  return statistics.groups
    .filter((group) => group.level === 'region')
    .map((group) => ({ subject: group.subject, grade: group.grade, works: group.works, changed: group.worksChanged, objectiveShare: group.objectiveShare }));
}

export function flaggedSchools(statistics: StatisticsResult): FlaggedSchool[] {
  return statistics.groups
    .filter((group) => group.level === 'school' && group.flags.length > 0)
    .map((group) => ({
      school: group.school ?? '',
      municipality: group.municipality ?? '',
      subject: group.subject,
      grade: group.grade,
      flags: group.flags,
      why: group.flags.map((flag) => FLAG_LABELS[flag]).join(', '),
    }));
}

/** How many files ended in each state, in the order states first appear. */
export function stateCounts(protocols: readonly MergedProtocol[]): Array<[ProtocolState, number]> {
  const counts = new Map<ProtocolState, number>();
  for (const protocol of protocols) counts.set(protocol.state, (counts.get(protocol.state) ?? 0) + 1);
  return [...counts];
}

export const OBJECTIVE_TARGET = DEFAULT_STATISTICS_SETTINGS.objectiveShareTarget;

/** A share as the pane shows it: `87,5 %`. */
export function percentText(share: number | null, language: 'ru' | 'en'): string {
  if (share === null) return '—';
  const text = (share * 100).toFixed(1);
  return `${language === 'ru' ? text.replace('.', ',') : text} %`;
}
