import type { Bank, DocumentKind, WorkKind } from './types';

/** One line of the coordinator's overview: a school's folder for one subject and grade. */
export interface SchoolSummary {
  municipality: string;
  school: string;
  subject: string;
  grade: number;
  kind: WorkKind;
  works: number;
  pages: number;
  documents: Record<DocumentKind, number>;
}

/** Per-school counts, sorted by municipality, school, subject and grade (Russian collation). */
export function summariseBank(bank: Bank): SchoolSummary[] {
  const summaries = new Map<string, SchoolSummary>();
  const summaryFor = (municipality: string, school: string, subject: string, grade: number, kind: WorkKind) => {
    const key = [municipality, school, subject, grade].join('\u0000');
    let summary = summaries.get(key);
    if (!summary) {
      summary = {
        municipality, school, subject, grade, kind, works: 0, pages: 0,
        documents: { 'score-sheet': 0, variant: 0, criteria: 0, 'cover-letter': 0, document: 0 },
      };
      summaries.set(key, summary);
    }
    return summary;
  };

  for (const work of bank.works) {
    const summary = summaryFor(work.municipality, work.school, work.subject, work.grade, work.kind);
    summary.works += 1;
    summary.pages += work.pages;
  }
  for (const document of bank.documents) {
    summaryFor(document.municipality, document.school, document.subject, document.grade, 'work').documents[document.kind] += 1;
  }

  const collator = new Intl.Collator('ru');
  return [...summaries.values()].sort(
    (a, b) =>
      collator.compare(a.municipality, b.municipality) ||
      collator.compare(a.school, b.school) ||
      collator.compare(a.subject, b.subject) ||
      a.grade - b.grade,
  );
}
