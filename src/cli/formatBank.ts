import { countProblems, problemText, summariseBank, type Bank, type DocumentKind, type Language } from '../engine';
import { cliTexts } from './texts';

/** The readable report of `recheck index` (Russian, or English): totals, schools by municipality, then the problems by code, largest group first. */
export function formatBank(bank: Bank, archives: number, language: Language = 'ru'): string {
  const text = cliTexts(language);
  const lines: string[] = [];
  const pages = bank.works.reduce((sum, work) => sum + work.pages, 0);
  lines.push(text.bankTotals(archives, bank.works.length, pages, bank.documents.length, bank.problems.length));

  let municipality: string | null = null;
  for (const school of summariseBank(bank)) {
    if (school.municipality !== municipality) {
      municipality = school.municipality;
      lines.push('', municipality || text.noMunicipality);
    }
    const scans = text.scans(school.works, school.kind === 'classroom');
    const documents = (Object.keys(text.documents) as DocumentKind[])
      .filter((kind) => school.documents[kind] > 0)
      .map((kind) => `${text.documents[kind]}: ${school.documents[kind]}`);
    const missingSheet = school.documents['score-sheet'] === 0 ? text.noScoreSheet : '';
    lines.push(
      `  ${text.schoolLine(school.school, school.subject, school.grade)}: ${scans}, ${text.pages(school.pages)}` +
        (documents.length ? `; ${documents.join(', ')}` : '') +
        missingSheet,
    );
  }

  if (bank.problems.length > 0) {
    lines.push('', text.problemsTitle(bank.problems.length));
    for (const { code, problems } of countProblems(bank.problems)) {
      lines.push(`  ${text.filesOfCode(code, problems.length)}`);
      for (const problem of problems) {
        lines.push(`    ${problem.archive}: ${problem.path || text.wholeArchive}`, `      ${problemText(problem, language)}`);
      }
    }
  } else {
    lines.push('', text.noProblems);
  }
  return `${lines.join('\n')}\n`;
}
