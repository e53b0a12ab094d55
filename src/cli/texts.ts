/**
 * The CLI's own report lines in Russian (default) and English (`--lang en`). Problems and unassigned works
 * are worded by the engine (`problemText`, `unassignedText`); this holds only the frame around them.
 */
import { counted, problemDetails, problemText, type DocumentKind, type Language, type Problem } from '../engine';
import { UsageError, type ParsedArgs } from './args';

export interface CliTexts {
  archiveUnreadable: (archive: string, message: string) => string;
  // recheck index
  bankTotals: (archives: number, works: number, pages: number, documents: number, problems: number) => string;
  noMunicipality: string;
  scans: (count: number, classroom: boolean) => string;
  pages: (count: number) => string;
  documents: Record<DocumentKind, string>;
  noScoreSheet: string;
  schoolLine: (school: string, subject: string, grade: number) => string;
  problemsTitle: (count: number) => string;
  filesOfCode: (code: string, count: number) => string;
  wholeArchive: string;
  noProblems: string;
  // recheck prepare
  prepareTotals: (works: number, experts: number, packages: number) => string;
  packagesTitle: string;
  packageLine: (name: string, subject: string, grade: number, works: number, path: string) => string;
  unassignedTitle: (count: number) => string;
  keyLine: (path: string) => string;
  lettersLine: (path: string) => string;
  // recheck check
  protocolComplete: (works: number, rows: number) => string;
  protocolNeedsAttention: (problems: number, works: number, rows: number) => string;
  signatureNotChecked: string;
  task: (task: string) => string;
}

const ru: CliTexts = {
  archiveUnreadable: (archive, message) => `Архив ${archive} не читается: ${message}`,
  bankTotals: (archives, works, pages, documents, problems) =>
    `Архивов: ${archives}. Работ: ${works}, страниц: ${pages}. Документов школ: ${documents}. Проблем: ${problems}.`,
  noMunicipality: '(муниципалитет не указан)',
  scans: (count, classroom) => (classroom ? counted(count, ['скан класса', 'скана класса', 'сканов классов']) : counted(count, ['работа', 'работы', 'работ'])),
  pages: (count) => counted(count, ['страница', 'страницы', 'страниц']),
  documents: {
    'score-sheet': 'протокол школы',
    variant: 'варианты',
    criteria: 'критерии',
    'cover-letter': 'сопроводительное письмо',
    document: 'другие документы',
  },
  noScoreSheet: ' — нет протокола школы (.xlsx)',
  schoolLine: (school, subject, grade) => `${school} — ${subject}, ${grade} класс`,
  problemsTitle: (count) => `Проблемы (${count}):`,
  filesOfCode: (code, count) => `${code} — ${counted(count, ['файл', 'файла', 'файлов'])}`,
  wholeArchive: '(весь архив)',
  noProblems: 'Проблем нет: все файлы распознаны.',
  prepareTotals: (works, experts, packages) => `Работ в банке: ${works}. Экспертов: ${experts}. Пакетов: ${packages}.`,
  packagesTitle: 'Пакеты:',
  packageLine: (name, subject, grade, works, path) => `${name} — ${subject}, ${grade} класс: ${counted(works, ['работа', 'работы', 'работ'])} → ${path}`,
  unassignedTitle: (count) => `Не распределены (${count}):`,
  keyLine: (path) => `Ключ (храните у себя, экспертам не отправляйте): ${path}`,
  lettersLine: (path) => `Письма экспертам: ${path}`,
  protocolComplete: (works, rows) => `Протокол заполнен полностью: ${works} работ, ${rows} строк.`,
  protocolNeedsAttention: (problems, works, rows) => `Протокол требует внимания: ${problems} замечаний (работ ${works}, строк ${rows}).`,
  signatureNotChecked: 'Подпись не проверялась: укажите --key с ключом координатора.',
  task: (task) => `задание ${task}`,
};

function englishCount(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const en: CliTexts = {
  archiveUnreadable: (archive, message) => `Archive ${archive} cannot be read: ${message}`,
  bankTotals: (archives, works, pages, documents, problems) =>
    `Archives: ${archives}. Works: ${works}, pages: ${pages}. School documents: ${documents}. Problems: ${problems}.`,
  noMunicipality: '(no municipality given)',
  scans: (count, classroom) => (classroom ? englishCount(count, 'class scan', 'class scans') : englishCount(count, 'work', 'works')),
  pages: (count) => englishCount(count, 'page', 'pages'),
  documents: {
    'score-sheet': 'school score sheet',
    variant: 'variants',
    criteria: 'criteria',
    'cover-letter': 'cover letter',
    document: 'other documents',
  },
  noScoreSheet: ' — no school score sheet (.xlsx)',
  schoolLine: (school, subject, grade) => `${school} — ${subject}, grade ${grade}`,
  problemsTitle: (count) => `Problems (${count}):`,
  filesOfCode: (code, count) => `${code} — ${englishCount(count, 'file', 'files')}`,
  wholeArchive: '(whole archive)',
  noProblems: 'No problems: every file was recognised.',
  prepareTotals: (works, experts, packages) => `Works in the bank: ${works}. Experts: ${experts}. Packages: ${packages}.`,
  packagesTitle: 'Packages:',
  packageLine: (name, subject, grade, works, path) => `${name} — ${subject}, grade ${grade}: ${englishCount(works, 'work', 'works')} → ${path}`,
  unassignedTitle: (count) => `Not assigned (${count}):`,
  keyLine: (path) => `Key (keep it yourself, never send it to experts): ${path}`,
  lettersLine: (path) => `Letters to experts: ${path}`,
  protocolComplete: (works, rows) => `The protocol is complete: ${englishCount(works, 'work', 'works')}, ${englishCount(rows, 'row', 'rows')}.`,
  protocolNeedsAttention: (problems, works, rows) =>
    `The protocol needs attention: ${englishCount(problems, 'remark', 'remarks')} (${englishCount(works, 'work', 'works')}, ${englishCount(rows, 'row', 'rows')}).`,
  signatureNotChecked: 'The signature was not checked: give --key with the coordinator’s key.',
  task: (task) => `task ${task}`,
};

export function cliTexts(language: Language): CliTexts {
  return language === 'en' ? en : ru;
}

/** `--lang ru|en` (Russian when absent). */
export function languageOf(args: ParsedArgs): Language {
  const value = args.options.get('lang');
  if (value === undefined || value === 'ru') return 'ru';
  if (value === 'en') return 'en';
  throw new UsageError(`--lang: ru или en (Russian or English), не «${String(value)}».`);
}

/** A problem as `--json` prints it: code, details and the message in the chosen language. */
export function problemJson(problem: Problem, language: Language) {
  return {
    archive: problem.archive,
    path: problem.path,
    ...(problem.cell ? { cell: problem.cell } : {}),
    problem: problem.problem,
    details: problemDetails(problem),
    message: problemText(problem, language),
  };
}
