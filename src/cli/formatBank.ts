import { counted, summariseBank, type Bank, type DocumentKind, type Problem } from '../engine';

const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  'score-sheet': 'протокол школы',
  variant: 'варианты',
  criteria: 'критерии',
  'cover-letter': 'сопроводительное письмо',
  document: 'другие документы',
};

/** The readable Russian report of `recheck index`: totals, schools by municipality, then every problem. */
export function formatBank(bank: Bank, archives: number): string {
  const lines: string[] = [];
  const pages = bank.works.reduce((sum, work) => sum + work.pages, 0);
  lines.push(
    `Архивов: ${archives}. Работ: ${bank.works.length}, страниц: ${pages}. ` +
      `Документов школ: ${bank.documents.length}. Проблем: ${bank.problems.length}.`,
  );

  let municipality: string | null = null;
  for (const school of summariseBank(bank)) {
    if (school.municipality !== municipality) {
      municipality = school.municipality;
      lines.push('', municipality || '(муниципалитет не указан)');
    }
    const scans = school.kind === 'classroom'
      ? counted(school.works, ['скан класса', 'скана класса', 'сканов классов'])
      : counted(school.works, ['работа', 'работы', 'работ']);
    const documents = (Object.keys(DOCUMENT_LABELS) as DocumentKind[])
      .filter((kind) => school.documents[kind] > 0)
      .map((kind) => `${DOCUMENT_LABELS[kind]}: ${school.documents[kind]}`);
    const missingSheet = school.documents['score-sheet'] === 0 ? ' — нет протокола школы (.xlsx)' : '';
    lines.push(
      `  ${school.school} — ${school.subject}, ${school.grade} класс: ${scans}, ${counted(school.pages, ['страница', 'страницы', 'страниц'])}` +
        (documents.length ? `; ${documents.join(', ')}` : '') +
        missingSheet,
    );
  }

  if (bank.problems.length > 0) {
    lines.push('', `Проблемы (${bank.problems.length}):`);
    for (const [code, problems] of groupByCode(bank.problems)) {
      lines.push(`  ${code} — ${counted(problems.length, ['файл', 'файла', 'файлов'])}`);
      for (const problem of problems) {
        lines.push(`    ${problem.archive}: ${problem.path || '(весь архив)'}`, `      ${problem.message}`);
      }
    }
  } else {
    lines.push('', 'Проблем нет: все файлы распознаны.');
  }
  return `${lines.join('\n')}\n`;
}

function groupByCode(problems: Problem[]): Map<string, Problem[]> {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const group = groups.get(problem.problem) ?? [];
    group.push(problem);
    groups.set(problem.problem, group);
  }
  return groups;
}
