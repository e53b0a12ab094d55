/**
 * The schools' filled «Причины и меры» read back (`recheck merge --answers`) for a sheet of the analyst's summary
 * workbook (src/engine/summary/answersSheet.ts): which schools answered, what reasons they found and what they plan.
 * A school of the statistics that sent nothing is listed as not answered.
 */
import { ArchiveEntryError } from '../archive';
import { expandArchives } from '../merge/expandArchives';
import type { MergeInput, MergeOptions } from '../merge/types';
import { makeProblem, type Problem } from '../problems';
import type { StatisticsResult } from '../statistics';
import { testKey } from '../statistics/testKey';
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

export const ANSWERS_HEADERS = ['Муниципалитет', 'Школа', 'Код ОО', 'Предмет', 'Класс', 'Ответ получен', 'Что выявлено', 'Подробности', 'Выявленные причины', 'Планируемые меры', 'Ответственный', 'Срок', 'Файл'];

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
