import { ANSWERS_HEADERS, answersRows, type SchoolAnswers } from '../returned/answersSummary';
import { RETURNED_SHEETS } from '../returned/layout';
import type { StatisticsResult } from '../statistics';
import { sizedColumns } from './columns';
import type { SummaryFormat, SummarySheet } from './types';

const FORMATS: Record<string, SummaryFormat> = { 'Класс': 'integer' };

/**
 * Issue 9: the schools' answers («Причины и меры» of their returned workbooks) as a sheet of the summary — each
 * answer of each school, and every school of the statistics that sent nothing, as «нет».
 */
export function answersSheet(schools: readonly SchoolAnswers[], statistics: StatisticsResult): SummarySheet {
  const rows = answersRows(schools, statistics);
  const spec = ANSWERS_HEADERS.map((header) => [header, FORMATS[header] ?? 'text'] as const);
  return { name: RETURNED_SHEETS.answers, table: 'Prichiny', columns: sizedColumns(spec, rows), rows, highlightColumn: null };
}
