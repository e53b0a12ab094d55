/**
 * The analyst's summary written into the open workbook (issue 8, section 3): the sheets the engine lays out
 * (src/engine/summary) — Свод, Журнал, Статистика, Комментарии as Excel tables, Справка as text — and Диаграммы with
 * the native charts over their values. Never touches the analyst's own sheets (see summaryOwnership.ts); merging
 * again replaces the summary's sheets whole, so no row is written twice and the charts follow the new values.
 *
 * Syncs, whatever the number of rows: 1 (what is there) + 1 (new sheets in, old ones out) + one per 4 MB of
 * values (many small sheets share one) + 1 (tables, formats, highlight, charts).
 */
import { CHARTS_SHEET, columnLetters, EXPERT_AGREEMENT_SHEET, RETURNED_SHEETS, SUMMARY_SHEETS, type SummaryChart, type SummarySheet } from '../../engine';
import { failure, failureFromError, type ExcelResult } from './failures';
import { queueCharts } from './summaryCharts';
import { planOwnership, summaryMark, type LoadedName } from './summaryOwnership';
import { checkSummaryRequirements } from './summaryRequirements';
import { chartBlocks, chartPlaces, groupUnderBudget, summarySheetBlocks, type ValueBlock } from './summaryValues';

/**
 * Every sheet the summary may own. A sheet's mark is its place in this list, so a sheet added later goes at the end
 * and earlier marks stay valid. The experts' consistency (issue 11) is written only when works were scored twice, the
 * schools' answers (issue 9) only when given.
 */
export const SUMMARY_SHEET_NAMES: readonly string[] = [...SUMMARY_SHEETS, CHARTS_SHEET, EXPERT_AGREEMENT_SHEET, RETURNED_SHEETS.answers];

const HIGHLIGHT = '#FFC7CE';
/** Points per character of a column's width (Calibri 11). */
const POINTS_PER_CHARACTER = 7;

export interface WrittenSummary {
  sheets: string[];
  charts: string[];
  /** Whether sheets of an earlier summary were replaced. */
  replaced: boolean;
  syncs: number;
}

function writeValues(context: Excel.RequestContext, blocks: readonly ValueBlock[]): void {
  for (const block of blocks) {
    const range = context.workbook.worksheets.getItem(block.sheet).getRange(block.address);
    range.numberFormat = block.formats;
    range.values = block.values;
  }
}

function queueTable(sheet: Excel.Worksheet, summary: SummarySheet): void {
  const last = columnLetters(summary.columns.length);
  if (summary.table) {
    // A table needs a row under its header: an empty summary gets a blank one.
    const table = sheet.tables.add(`A1:${last}${Math.max(2, summary.rows.length + 1)}`, true);
    table.name = summary.table;
    table.style = 'TableStyleLight9';
    sheet.freezePanes.freezeRows(1);
  }
  summary.columns.forEach((column, index) => {
    const letter = columnLetters(index + 1);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = column.width * POINTS_PER_CHARACTER;
  });
  if (summary.highlightColumn !== null && summary.rows.length > 0) {
    const flag = columnLetters(summary.highlightColumn + 1);
    const format = sheet.getRange(`A2:${last}${summary.rows.length + 1}`).conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    format.custom.rule.formula = `=LEN($${flag}2)>0`;
    format.custom.format.fill.color = HIGHLIGHT;
  }
}

/**
 * Writes the summary sheets and charts into the open workbook, replacing an earlier summary of ours. A sheet of the
 * analyst's own with one of our names stops the write before anything changes (`sheet-name-taken`).
 */
export async function writeSummary(sheets: readonly SummarySheet[], charts: readonly SummaryChart[]): Promise<ExcelResult<WrittenSummary>> {
  const ready = checkSummaryRequirements();
  if (!ready.ok) return ready;
  const names = [...sheets.map((sheet) => sheet.name), CHARTS_SHEET];
  const places = chartPlaces(charts);
  const groups = groupUnderBudget([...sheets.flatMap((sheet) => summarySheetBlocks(sheet)), ...chartBlocks(CHARTS_SHEET, places)]);
  let syncs = 0;
  try {
    return await Excel.run(async (context): Promise<ExcelResult<WrittenSummary>> => {
      const sync = async () => {
        syncs += 1;
        await context.sync();
      };
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      const workbookNames = context.workbook.names;
      workbookNames.load('items/name,items/formula');
      await sync();
      const loaded: LoadedName[] = workbookNames.items.map((item) => ({ name: item.name, formula: String(item.formula ?? '') }));
      const plan = planOwnership(SUMMARY_SHEET_NAMES, worksheets.items.map((sheet) => sheet.name), loaded);
      if (plan.taken !== null) return failure('sheet-name-taken', { sheet: plan.taken });

      // New sheets first under temporary names: a workbook must keep a sheet, even one holding only our old summary.
      const added = names.map((name, index) => {
        const sheet = worksheets.add(`Recheck ${index + 1}`);
        return { name, sheet };
      });
      for (const mark of plan.marks) workbookNames.getItem(mark).delete();
      for (const old of plan.ours) worksheets.getItem(old).delete();
      added.forEach(({ name, sheet }) => {
        sheet.name = name;
        workbookNames.add(summaryMark(SUMMARY_SHEET_NAMES.indexOf(name)), sheet.getRange('A1'));
      });
      await sync();

      for (const group of groups) {
        writeValues(context, group);
        await sync();
      }

      sheets.forEach((summary, index) => queueTable(added[index].sheet, summary));
      const chartsSheet = added[added.length - 1].sheet;
      chartsSheet.getRange('A:A').format.columnWidth = 40 * POINTS_PER_CHARACTER;
      queueCharts(chartsSheet, places);
      added[0].sheet.activate();
      await sync();
      return { ok: true, value: { sheets: names, charts: charts.map((chart) => chart.name), replaced: plan.ours.length > 0, syncs } };
    });
  } catch (error) {
    return failureFromError(error);
  }
}
