/**
 * Which sheets of the open workbook are the summary's own. Each sheet the pane writes is marked by a workbook name
 * (`RecheckSummary1` … pointing at its A1): a sheet called `Свод` without that mark is the analyst's and is never
 * touched. Pure: the names as Office.js loads them in, a plan out.
 */
import { sheetOf } from './addresses';

/** The mark of the summary's `index`-th sheet (0-based, in workbook order). */
export function summaryMark(index: number): string {
  return `RecheckSummary${index + 1}`;
}

export interface LoadedName {
  name: string;
  /** `=Свод!$A$1`, `='Лист 1'!$A$1`, or `=#REF!…` once its sheet is gone. */
  formula: string;
}

export interface OwnershipPlan {
  /** Existing sheets of ours: replaced. */
  ours: string[];
  /** Marks to remove before writing (every mark of ours, including those whose sheet is gone). */
  marks: string[];
  /** A sheet with one of our names that is not ours: nothing is written. */
  taken: string | null;
}

export function planOwnership(sheetNames: readonly string[], present: readonly string[], names: readonly LoadedName[]): OwnershipPlan {
  const existing = new Set(present);
  const byMark = new Map(names.map((item) => [item.name, item.formula]));
  const ours: string[] = [];
  const marks: string[] = [];
  let taken: string | null = null;
  sheetNames.forEach((sheet, index) => {
    const formula = byMark.get(summaryMark(index));
    if (formula !== undefined) marks.push(summaryMark(index));
    if (!existing.has(sheet)) return;
    const marked = formula !== undefined && sheetOf(formula.replace(/^=/, '')) === sheet;
    if (marked) ours.push(sheet);
    else taken ??= sheet;
  });
  return { ours, marks, taken };
}
