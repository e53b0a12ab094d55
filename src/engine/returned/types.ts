import type { ReturnDeadlines } from '../calendar';
import type { FlagName, StatisticsGroup, StatisticsSettings } from '../statistics';
import type { Mark } from '../statistics/marksScale';
import type { ScoreValue } from '../scores';

/** One task of one work, as the school reads it: no expert name, the expert's code only. */
export interface ReturnedTask {
  task: string;
  max: number;
  schoolScore: ScoreValue;
  expertScore: ScoreValue;
  errorCode: number | null;
  explanation: string;
}

/** How the expert's total compares with the school's: by marks when a scale exists, else by points. */
export type WorkOutcome = 'confirmed' | 'lowered' | 'raised' | 'unscored';

export interface ReturnedWork {
  workCode: string;
  variant: number;
  /** The reviewer's code from the key (`Э01`), never a name. */
  expertCode: string;
  tasks: ReturnedTask[];
  /** Totals; `expertTotal` null while a task is unscored. */
  schoolTotal: number;
  expertTotal: number | null;
  tasksChanged: number;
  schoolMark: Mark | null;
  expertMark: Mark | null;
  outcome: WorkOutcome;
}

/** A task of the test over the school's works, beside the region. */
export interface ReturnedTaskSummary {
  task: string;
  max: number;
  rows: number;
  /** Shares 0…1 of task rows whose points differ. */
  schoolChanged: number;
  regionChanged: number | null;
  /** Share of the school's rows where the school gave more than the expert. */
  schoolHigher: number;
  errorCodes: Record<number, number>;
  /** Experts in the region who marked the task hardest (+). */
  hardest: number;
  /** What the experts who checked this school wrote on the reasons of difficulties, verbatim. */
  reasons: string[];
}

/** A row of «Причины и меры» prepared for the school: a flagged task, an error code found, a flag of the school. */
export interface AnswerItem {
  topic: string;
  details: string;
}

/** Everything one school's workbook for one test holds. */
export interface SchoolReturn {
  municipality: string;
  school: string;
  schoolCode: string;
  subject: string;
  grade: number;
  works: ReturnedWork[];
  tasks: ReturnedTaskSummary[];
  schoolGroup: StatisticsGroup | null;
  municipalityGroup: StatisticsGroup | null;
  regionGroup: StatisticsGroup | null;
  flags: FlagName[];
  hasScale: boolean;
  answerItems: AnswerItem[];
}

export interface ReturnSettings {
  deadlines: ReturnDeadlines;
  createdAt: string;
  statisticsSettings: StatisticsSettings;
}
