/**
 * What each sheet of the summary workbook holds (issue 8, section 3): Свод (a row per work and task), Журнал (a row
 * per file), Статистика (section 2's groups; flagged schools highlighted), Комментарии (verbatim), Справка (the
 * report's text and figures). Pure data for both writers: the CLI's ExcelJS and the pane's Office.js.
 */
import type { MergeComment, MergedProtocol, MergeRow } from '../merge';
import { ERROR_CODES } from '../protocol/errorCodes';
import { reportBlocks, type ReportInput } from '../report';
import type { ScoreValue } from '../scores';
import type { ExpertAgreement, StatisticsGroup, StatisticsResult } from '../statistics';
import { problemText, type Language } from '../wording';
import type { SchoolAnswers } from '../returned/answersSummary';
import { answersSheet } from './answersSheet';
import { sizedColumns } from './columns';
import { expertAgreementSheet } from './expertAgreementSheet';
import { reportSheetRows } from './reportSheet';
import { STATE_LABELS } from './stateLabels';
import type { SummaryCell, SummaryFormat, SummarySheet } from './types';

/** The sheets in workbook order. */
export const SUMMARY_SHEETS = ['Свод', 'Журнал', 'Статистика', 'Комментарии', 'Справка'] as const;

export interface SummaryInput {
  protocols: readonly MergedProtocol[];
  rows: readonly MergeRow[];
  comments: readonly MergeComment[];
  statistics: StatisticsResult;
  /** For the Справка sheet: the report's metadata and comments (charts are not drawn on a sheet). */
  report: Omit<ReportInput, 'statistics' | 'charts'>;
  language: Language;
  /** Issue 11: the experts' consistency; its sheet is added only when some work was scored twice. */
  experts?: ExpertAgreement;
  /** Issue 9: the schools' returned answers; the sheet «Причины и меры» is added when they were given. */
  answers?: readonly SchoolAnswers[];
}

function score(value: ScoreValue): SummaryCell {
  return value.kind === 'score' ? value.value : value.kind === 'no-answer' ? 'X' : null;
}

function points(value: ScoreValue): number | null {
  return value.kind === 'score' ? value.value : value.kind === 'no-answer' ? 0 : null;
}

const LEVELS: Record<StatisticsGroup['level'], string> = { region: 'регион', municipality: 'муниципалитет', school: 'школа', expert: 'эксперт' };

const CODE_TEXT = new Map(ERROR_CODES.map((entry) => [entry.code, entry.text]));

type Spec = ReadonlyArray<readonly [string, SummaryFormat]>;

function sheet(name: string, table: string | null, spec: Spec, rows: SummaryCell[][], highlightColumn: number | null = null): SummarySheet {
  return { name, table, columns: sizedColumns(spec, rows), rows, highlightColumn };
}

const SVOD: Spec = [
  ['Муниципалитет', 'text'], ['Школа', 'text'], ['Код ОО', 'text'], ['Предмет', 'text'], ['Класс', 'integer'], ['Код работы', 'text'],
  ['Вариант', 'integer'], ['№ задания', 'text'], ['Макс. балл', 'integer'], ['Балл ОО', 'general'], ['Балл эксперта', 'general'],
  ['Расхождение', 'integer'], ['Код ошибки', 'integer'], ['Текст кода', 'text'], ['Пояснение', 'text'], ['Эксперт', 'text'],
  ['Пакет', 'text'], ['Тур', 'integer'], ['Файл', 'text'],
];

export function svodSheet(rows: readonly MergeRow[]): SummarySheet {
  return sheet('Свод', 'Svod', SVOD, rows.map((row) => {
    const school = points(row.schoolScore);
    const expert = points(row.expertScore);
    return [
      row.municipality, row.school, row.schoolCode, row.subject, row.grade, row.workCode, row.variant, row.task, row.max,
      score(row.schoolScore), score(row.expertScore), school !== null && expert !== null ? expert - school : null,
      row.errorCode, row.errorCode !== null ? (CODE_TEXT.get(row.errorCode) ?? null) : null, row.explanation || null, row.expert, row.packageId, row.round, row.file,
    ];
  }));
}

const JOURNAL: Spec = [['Файл', 'text'], ['Состояние', 'text'], ['Код состояния', 'text'], ['Пакет', 'text'], ['Эксперт', 'text'], ['Тур', 'integer'], ['Причина', 'text']];

export function journalSheet(protocols: readonly MergedProtocol[], language: Language): SummarySheet {
  return sheet('Журнал', 'Zhurnal', JOURNAL, protocols.map((p) => [
    p.file, STATE_LABELS[language][p.state], p.state, p.packageId, p.expert, p.round,
    p.problems.map((problem) => `${problem.cell ? `${problem.cell}: ` : ''}${problemText(problem, language)}`).join('\n') || null,
  ]));
}

const STATISTICS: Spec = [
  ['Уровень', 'text'], ['Муниципалитет', 'text'], ['Школа', 'text'], ['Код ОО', 'text'], ['Эксперт', 'text'], ['Предмет', 'text'], ['Класс', 'integer'],
  ['Работ', 'integer'], ['Изменено работ', 'integer'], ['Заданий', 'integer'], ['Изменено заданий', 'integer'],
  ['Средний балл ОО', 'decimal'], ['Средний балл эксперта', 'decimal'], ['Средняя разность', 'decimal'], ['Совпадение сумм', 'percent'],
  ['Расхождение сумм ≤ 1', 'percent'], ['SMD', 'decimal'], ['Pearson', 'decimal'], ['QWK', 'decimal'],
  ['Отметка понижена', 'integer'], ['Отметка подтверждена', 'integer'], ['Отметка повышена', 'integer'], ['Доля объективно оценённых', 'percent'],
  ...ERROR_CODES.map((entry) => [`Код ${entry.code}`, 'integer'] as const), ['Флаги', 'text'],
];

export function statisticsSheet(statistics: StatisticsResult): SummarySheet {
  const rows = statistics.groups.map((g): SummaryCell[] => [
    LEVELS[g.level], g.municipality, g.school, g.schoolCode, g.expert, g.subject, g.grade, g.works, g.worksChanged, g.tasks, g.tasksChanged,
    g.schoolMean, g.expertMean, g.meanDifference, g.exactTotals, g.adjacentTotals, g.smd, g.pearson, g.qwk,
    g.marksLowered, g.marksConfirmed, g.marksRaised, g.objectiveShare,
    ...ERROR_CODES.map((entry) => (g.errorCodes as Record<string, number>)[String(entry.code)] ?? 0), g.flags.join(', ') || null,
  ]);
  return sheet('Статистика', 'Statistika', STATISTICS, rows, STATISTICS.length - 1);
}

const COMMENTS: Spec = [
  ['Предмет', 'text'], ['Класс', 'integer'], ['№ задания', 'text'], ['Варианты', 'text'], ['Наибольшие затруднения (+)', 'text'], ['Возможные причины', 'text'],
  ['Мнение эксперта', 'text'], ['Затруднения при работе', 'text'], ['Эксперт', 'text'], ['Пакет', 'text'], ['Файл', 'text'],
];

export function commentsSheet(comments: readonly MergeComment[]): SummarySheet {
  return sheet('Комментарии', 'Kommentarii', COMMENTS, comments.map((c) => [
    c.subject, c.grade, c.task || null, c.variants.join(', ') || null, c.hardest ? '+' : null, c.reasons || null, c.opinion || null, c.difficulties || null,
    c.expert, c.packageId, c.file,
  ]));
}

export function reportSheet(statistics: StatisticsResult, report: SummaryInput['report']): SummarySheet {
  const rows = reportSheetRows(reportBlocks({ ...report, statistics }));
  const width = rows.reduce((max, row) => Math.max(max, row.length), 1);
  // Text throughout: a figure such as «−0,12» or a line starting with «=» stays as written.
  const spec: Spec = Array.from({ length: width }, () => ['', 'text'] as const);
  const columns = sizedColumns(spec, rows.map((row) => (row.length > 1 ? row : [])));
  columns[0].width = Math.max(columns[0].width, 40);
  return { name: 'Справка', table: null, columns, rows: rows.map((row) => [...row, ...new Array<SummaryCell>(width - row.length).fill(null)]), highlightColumn: null };
}

/** Every sheet of the summary, in workbook order. */
export function summarySheets(input: SummaryInput): SummarySheet[] {
  return [
    svodSheet(input.rows),
    journalSheet(input.protocols, input.language),
    statisticsSheet(input.statistics),
    commentsSheet(input.comments),
    reportSheet(input.statistics, input.report),
    ...(input.experts && input.experts.tests.length > 0 ? [expertAgreementSheet(input.experts)] : []),
    ...(input.answers ? [answersSheet(input.answers, input.statistics)] : []),
  ];
}
