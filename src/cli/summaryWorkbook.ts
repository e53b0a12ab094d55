/**
 * `recheck merge --out SUMMARY.xlsx`: the merge as a workbook with the sheets the pane writes (issue 8, section 3)
 * — Свод, Журнал, Статистика, Комментарии — as Excel tables, without charts (those need Excel itself).
 */
import ExcelJS from 'exceljs';
import {
  ERROR_CODES, expertAgreementTable, problemText, type ExpertAgreement, type Language, type MergeComment, type MergedProtocol, type MergeRow, type ScoreValue, type StatisticsGroup, type StatisticsResult,
} from '../engine';
import { mergeTexts } from './mergeTexts';

type Cell = string | number | null;

function score(value: ScoreValue): Cell {
  return value.kind === 'score' ? value.value : value.kind === 'no-answer' ? 'X' : null;
}

function points(value: ScoreValue): number | null {
  return value.kind === 'score' ? value.value : value.kind === 'no-answer' ? 0 : null;
}

const LEVELS: Record<StatisticsGroup['level'], string> = { region: 'регион', municipality: 'муниципалитет', school: 'школа', expert: 'эксперт' };

const CODE_TEXT = new Map(ERROR_CODES.map((entry) => [entry.code, entry.text]));

function addTable(workbook: ExcelJS.Workbook, sheetName: string, tableName: string, header: string[], rows: Cell[][], highlight?: (index: number) => boolean): void {
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addTable({
    name: tableName,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: header.map((name) => ({ name, filterButton: true })),
    // ExcelJS refuses a table without rows: an empty one gets a blank row.
    rows: rows.length > 0 ? rows : [header.map(() => null)],
  });
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(header[index].length, ...rows.slice(0, 500).map((row) => String(row[index] ?? '').length));
    column.width = Math.min(60, Math.max(8, longest + 2));
  });
  if (highlight) {
    rows.forEach((_, index) => {
      if (highlight(index)) sheet.getRow(index + 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
    });
  }
}

export async function buildSummaryWorkbook(
  merged: { protocols: readonly MergedProtocol[]; rows: readonly MergeRow[]; comments: readonly MergeComment[] },
  statistics: StatisticsResult,
  language: Language,
  experts?: ExpertAgreement,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Recheck';
  addTable(workbook, 'Свод', 'Svod', [
    'Муниципалитет', 'Школа', 'Код ОО', 'Предмет', 'Класс', 'Код работы', 'Вариант', '№ задания', 'Макс. балл', 'Балл ОО', 'Балл эксперта',
    'Расхождение', 'Код ошибки', 'Текст кода', 'Пояснение', 'Эксперт', 'Пакет', 'Тур', 'Файл',
  ], merged.rows.map((row) => {
    const school = points(row.schoolScore);
    const expert = points(row.expertScore);
    return [
      row.municipality, row.school, row.schoolCode, row.subject, row.grade, row.workCode, row.variant, row.task, row.max,
      score(row.schoolScore), score(row.expertScore), school !== null && expert !== null ? expert - school : null,
      row.errorCode, row.errorCode !== null ? (CODE_TEXT.get(row.errorCode) ?? null) : null, row.explanation, row.expert, row.packageId, row.round, row.file,
    ];
  }));
  const states = mergeTexts(language).states;
  addTable(workbook, 'Журнал', 'Zhurnal', ['Файл', 'Состояние', 'Код состояния', 'Пакет', 'Эксперт', 'Тур', 'Причина'], merged.protocols.map((p) => [
    p.file, states[p.state], p.state, p.packageId, p.expert, p.round,
    p.problems.map((problem) => `${problem.cell ? `${problem.cell}: ` : ''}${problemText(problem, language)}`).join('\n') || null,
  ]));
  const groups = statistics.groups;
  addTable(workbook, 'Статистика', 'Statistika', [
    'Уровень', 'Муниципалитет', 'Школа', 'Код ОО', 'Эксперт', 'Предмет', 'Класс', 'Работ', 'Изменено работ', 'Заданий', 'Изменено заданий',
    'Средний балл ОО', 'Средний балл эксперта', 'Средняя разность', 'Совпадение сумм', 'Расхождение сумм ≤ 1', 'SMD', 'Pearson', 'QWK',
    'Отметка понижена', 'Отметка подтверждена', 'Отметка повышена', 'Доля объективно оценённых',
    ...ERROR_CODES.map((entry) => `Код ${entry.code}`), 'Флаги',
  ], groups.map((g) => [
    LEVELS[g.level], g.municipality, g.school, g.schoolCode, g.expert, g.subject, g.grade, g.works, g.worksChanged, g.tasks, g.tasksChanged,
    g.schoolMean, g.expertMean, g.meanDifference, g.exactTotals, g.adjacentTotals, g.smd, g.pearson, g.qwk,
    g.marksLowered, g.marksConfirmed, g.marksRaised, g.objectiveShare,
    ...ERROR_CODES.map((entry) => (g.errorCodes as Record<string, number>)[String(entry.code)] ?? 0), g.flags.join(', ') || null,
  ]), (index) => groups[index].flags.length > 0);
  addTable(workbook, 'Комментарии', 'Kommentarii', ['Предмет', 'Класс', '№ задания', 'Варианты', 'Наибольшие затруднения (+)', 'Возможные причины', 'Мнение эксперта', 'Затруднения при работе', 'Эксперт', 'Пакет', 'Файл'],
    merged.comments.map((c) => [c.subject, c.grade, c.task || null, c.variants.join(', ') || null, c.hardest ? '+' : null, c.reasons || null, c.opinion || null, c.difficulties || null, c.expert, c.packageId, c.file]));
  if (experts) addTable(workbook, ...expertAgreementTable(experts));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
