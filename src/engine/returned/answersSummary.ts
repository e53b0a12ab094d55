/**
 * The schools' filled «Причины и меры» read back (`recheck merge --answers`) into a sheet of the analyst's summary
 * workbook: which schools answered, what reasons they found and what they plan. A school of the statistics that
 * sent nothing is listed as not answered.
 */
import ExcelJS from 'exceljs';
import { ArchiveEntryError } from '../archive';
import { expandArchives } from '../merge/expandArchives';
import type { MergeInput, MergeOptions } from '../merge/types';
import { makeProblem, type Problem } from '../problems';
import type { StatisticsResult } from '../statistics';
import { testKey } from '../statistics/testKey';
import { RETURNED_SHEETS } from './layout';
import { readReturnedWorkbook } from './readReturnedWorkbook';
import type { ReturnedMeta, SchoolAnswer } from './returnedMeta';

export interface SchoolAnswers {
  file: string;
  meta: ReturnedMeta;
  answers: SchoolAnswer[];
}

/** Every returned workbook among the inputs (files, ZIPs of them); anything else is a problem of its file. */
export async function readSchoolAnswers(inputs: readonly MergeInput[], options: MergeOptions = {}): Promise<{ schools: SchoolAnswers[]; problems: Problem[] }> {
  const schools: SchoolAnswers[] = [];
  const problems: Problem[] = [];
  for await (const input of expandArchives(inputs, options)) {
    if ('failure' in input) {
      problems.push(makeProblem(input.file, '', { problem: 'returned-workbook-unreadable', reason: 'unreadable' }));
      continue;
    }
    if (!/\.(xlsx|xlsm)$/i.test(input.file)) continue;
    let bytes: Uint8Array;
    try {
      bytes = await input.bytes();
    } catch (error) {
      if (!(error instanceof ArchiveEntryError)) throw error;
      problems.push(makeProblem(input.file, '', { problem: 'returned-workbook-unreadable', reason: 'unreadable' }));
      continue;
    }
    const reading = await readReturnedWorkbook(bytes);
    if (reading.ok) schools.push({ file: input.file, meta: reading.meta, answers: reading.answers });
    else problems.push(makeProblem(input.file, '', { problem: 'returned-workbook-unreadable', reason: reading.reason }));
  }
  return { schools, problems };
}

const HEADERS = ['Муниципалитет', 'Школа', 'Код ОО', 'Предмет', 'Класс', 'Ответ получен', 'Что выявлено', 'Подробности', 'Выявленные причины', 'Планируемые меры', 'Ответственный', 'Срок', 'Файл'];

type Row = Array<string | number | null>;

/** The rows of the sheet: each answer of each school; a school of the statistics without a workbook, once, as not answered. */
export function answersRows(schools: readonly SchoolAnswers[], statistics: StatisticsResult): Row[] {
  const rows: Row[] = [];
  const answered = new Set<string>();
  for (const { file, meta, answers } of schools) {
    answered.add([meta.schoolCode, testKey(meta.subject, meta.grade)].join('\u0000'));
    const place = [meta.municipality, meta.school, meta.schoolCode, meta.subject, meta.grade];
    if (answers.length === 0) rows.push([...place, 'да, пустой', null, null, null, null, null, null, file]);
    for (const answer of answers) rows.push([...place, 'да', answer.topic, answer.details, answer.reasons, answer.measures, answer.responsible, answer.due, file]);
  }
  for (const group of statistics.groups) {
    if (group.level !== 'school' || answered.has([group.schoolCode, testKey(group.subject, group.grade)].join('\u0000'))) continue;
    rows.push([group.municipality, group.school, group.schoolCode, group.subject, group.grade, 'нет', null, null, null, null, null, null, null]);
  }
  return rows;
}

/** The summary workbook with the sheet «Причины и меры» added (an Excel table). */
export async function appendAnswersSheet(summary: Uint8Array, schools: readonly SchoolAnswers[], statistics: StatisticsResult): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(summary as unknown as ArrayBuffer);
  const existing = workbook.getWorksheet(RETURNED_SHEETS.answers);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(RETURNED_SHEETS.answers, { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows = answersRows(schools, statistics);
  sheet.addTable({
    name: 'Prichiny',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: HEADERS.map((name) => ({ name, filterButton: true })),
    rows: rows.length > 0 ? rows : [HEADERS.map(() => null)],
  });
  [24, 36, 10, 18, 7, 12, 26, 40, 40, 40, 20, 12, 40].forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  rows.forEach((row, index) => {
    if (row[5] === 'нет') sheet.getRow(index + 2).font = { color: { argb: 'FF9C0006' } };
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
