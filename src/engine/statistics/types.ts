import type { ScoreValue } from '../scores';

/** Where a work comes from and who checked it: shared by every row of the work. */
export interface WorkPlace {
  municipality: string;
  /** The school's real name (from the key). */
  school: string;
  /** The depersonalised Код ОО. */
  schoolCode: string;
  expert: string;
  subject: string;
  grade: number;
  /** The participant code. */
  workCode: string;
  variant: number;
}

/** One task of one work as the merge hands it over, with both scorings. */
export interface MergedRow extends WorkPlace {
  task: string;
  max: number;
  schoolScore: ScoreValue;
  expertScore: ScoreValue;
  /** Error codes the expert gave for the task (1–7; others are not counted). */
  errorCodes: readonly number[];
  /** The expert marked this task hardest for pupils (`+` on the Комментарии sheet). */
  hardest?: boolean;
}

/** A task of a fully scored work, in points (`X` is 0). */
export interface ScoredTask {
  task: string;
  max: number;
  school: number;
  expert: number;
  errorCodes: readonly number[];
  hardest: boolean;
}

/** A work whose every task is scored by both the school and the expert: it enters the statistics. */
export interface ScoredWork extends WorkPlace {
  /** Sum of the task maxima of the work's variant. */
  max: number;
  /** School total S: sum of the school's points over the work's tasks. */
  schoolTotal: number;
  /** Expert total E: sum of the expert's points over the work's tasks. */
  expertTotal: number;
  tasks: ScoredTask[];
}

/** A work with a task not scored by the school or the expert: listed, not counted. */
export interface UnscoredWork extends WorkPlace {
  /** The tasks missing a school or an expert score, in the order of the rows. */
  unscoredTasks: string[];
}
