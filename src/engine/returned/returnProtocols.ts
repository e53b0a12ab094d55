/**
 * Returning the protocols (issue 9): from the merged data, per municipality, one workbook per school and test,
 * the municipal summary and the cover letter with the deadline by the production calendar. Pure: data in,
 * files (name and bytes) out; the CLI writes them to folders, the pane to ZIPs.
 */
import { storedZip } from '../archive/writeZip';
import { returnDeadlines, RUSSIAN_CALENDAR, type ProductionCalendar, type ReturnDeadlines } from '../calendar';
import type { MergeResult } from '../merge/types';
import type { KeyFile } from '../prepare/keyWorkbook';
import { makeProblem, type Problem } from '../problems';
import { DEFAULT_STATISTICS_SETTINGS, type StatisticsResult, type StatisticsSettings } from '../statistics';
import type { MarksScale } from '../statistics/marksScale';
import { buildReturnedWorkbook } from './buildReturnedWorkbook';
import { coverLetter, LETTER_FILE, SUMMARY_FILE } from './coverLetter';
import { buildMunicipalSummary, summaryOrder, type SummarySchool } from './municipalSummary';
import { schoolReturns } from './schoolReturns';
import type { SchoolReturn } from './types';

export interface ReturnInput {
  merged: Pick<MergeResult, 'rows' | 'comments' | 'protocols'>;
  statistics: StatisticsResult;
  key: KeyFile;
  scales?: readonly MarksScale[];
  /** When the municipalities receive the protocols (ISO date): the 10 working days count from it. */
  received: string;
  /** The last day of the test period (ISO date), when known: the re-check ends 60 calendar days later. */
  testPeriodEnd?: string | null;
  /** Written into the workbooks' properties (ISO). */
  createdAt: string;
  settings?: Partial<StatisticsSettings>;
  calendar?: ProductionCalendar;
}

export interface ReturnOptions {
  /** Told after each school's workbook is built, with how many of `total` are done. */
  onProgress?: (done: number, total: number) => void;
}

export interface ReturnedFile {
  /** The file's name inside the municipality's folder or ZIP. */
  name: string;
  data: Uint8Array;
}

export interface ReturnedSchool {
  school: string;
  schoolCode: string;
  subject: string;
  grade: number;
  file: string;
  works: number;
  worksChanged: number;
  flagged: boolean;
}

export interface ReturnedMunicipality {
  municipality: string;
  /** A folder and ZIP name safe on every system. */
  folder: string;
  deadlines: ReturnDeadlines;
  /** Flagged first. */
  schools: ReturnedSchool[];
  /** The schools' workbooks, the summary, the cover letter. */
  files: ReturnedFile[];
}

export interface ReturnResult {
  municipalities: ReturnedMunicipality[];
  problems: Problem[];
}

const NO_MUNICIPALITY = 'Без муниципалитета';

/** A name for a file or folder: no path separators or characters Windows refuses, no trailing dots or spaces. */
export function safeFileName(name: string): string {
  const visible = [...name.normalize('NFC')].map((char) => (char.charCodeAt(0) < 32 ? '_' : char)).join('');
  const cleaned = visible.replace(/[\\/:*?"<>|]/g, '_').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  return cleaned.slice(0, 120) || '_';
}

function schoolFileName(school: SchoolReturn): string {
  return `${safeFileName(`${school.school} (${school.schoolCode}) — ${school.subject}, ${school.grade} класс`)}.xlsx`;
}

export async function returnProtocols(input: ReturnInput, options: ReturnOptions = {}): Promise<ReturnResult> {
  const calendar = input.calendar ?? RUSSIAN_CALENDAR;
  const statisticsSettings: StatisticsSettings = { ...DEFAULT_STATISTICS_SETTINGS, ...input.settings };
  const deadlines = returnDeadlines(input.received, input.testPeriodEnd ?? null, calendar);
  const problems = deadlineProblems(deadlines, calendar);
  for (const protocol of input.merged.protocols) {
    if (protocol.state !== 'merged' && protocol.state !== 'incomplete' && protocol.state !== 'duplicate')
      problems.push(makeProblem(protocol.file, '', { problem: 'protocol-left-out', state: protocol.state }));
  }

  const schools = schoolReturns({ rows: input.merged.rows, comments: input.merged.comments, statistics: input.statistics, key: input.key, scales: input.scales });
  const byMunicipality = new Map<string, SchoolReturn[]>();
  for (const school of schools) {
    const name = school.municipality || NO_MUNICIPALITY;
    byMunicipality.set(name, [...(byMunicipality.get(name) ?? []), school]);
  }
  const settings = { deadlines, createdAt: input.createdAt, statisticsSettings };
  const municipalities: ReturnedMunicipality[] = [];
  let done = 0;
  for (const [municipality, list] of byMunicipality) {
    const ordered = [...list].sort(summaryOrder);
    const files: ReturnedFile[] = [];
    const summarySchools: SummarySchool[] = [];
    for (const school of ordered) {
      const file = schoolFileName(school);
      files.push({ name: file, data: await buildReturnedWorkbook(school, settings) });
      summarySchools.push({ school, file });
      done += 1;
      options.onProgress?.(done, schools.length);
    }
    files.push({ name: SUMMARY_FILE, data: await buildMunicipalSummary(municipality, summarySchools, deadlines, statisticsSettings) });
    files.push({ name: LETTER_FILE, data: new TextEncoder().encode(`\uFEFF${coverLetter(municipality, summarySchools, deadlines)}`) });
    municipalities.push({
      municipality,
      folder: safeFileName(municipality),
      deadlines,
      schools: summarySchools.map(({ school, file }) => ({
        school: school.school,
        schoolCode: school.schoolCode,
        subject: school.subject,
        grade: school.grade,
        file,
        works: school.schoolGroup?.works ?? 0,
        worksChanged: school.schoolGroup?.worksChanged ?? 0,
        flagged: school.flags.length > 0,
      })),
      files,
    });
  }
  return { municipalities, problems };
}

function deadlineProblems(deadlines: ReturnDeadlines, calendar: ProductionCalendar): Problem[] {
  const problems: Problem[] = [];
  for (const year of deadlines.missingYears) problems.push(makeProblem('', '', { problem: 'calendar-year-missing', year }));
  for (const year of deadlines.unconfirmedYears) problems.push(makeProblem('', '', { problem: 'calendar-year-unconfirmed', year, note: calendar.years.get(year)?.note ?? '' }));
  if (deadlines.recheckLate && deadlines.recheckDue)
    problems.push(makeProblem('', '', { problem: 'recheck-late', received: deadlines.received, recheckDue: deadlines.recheckDue }));
  return problems;
}

/** A municipality's files as one ZIP (stored: workbooks are compressed already). */
export function municipalityZip(municipality: ReturnedMunicipality): Uint8Array {
  return storedZip(municipality.files.map((file) => ({ name: `${municipality.folder}/${file.name}`, data: file.data })));
}
