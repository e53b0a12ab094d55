/**
 * «По заданиям» in Excel: the `Протокол` table filtered on its `№ задания` column to one task, so moving down
 * goes from work to work on the same task; no value is changed and no row moves. Leaving the mode puts the
 * column's filter back as it was (`restoreFilterPlan`). The sheet is protected with filtering allowed, as built.
 *
 *     action             syncs
 *     showOnlyTask       2   (the column's current filter → the task's filter)
 *     restoreTaskFilter  1
 */
import { PROTOCOL_COLUMNS, PROTOCOL_SHEETS } from '../../engine';
import { failure, failureFromError, type ExcelResult } from './failures';
import { checkRequirements } from './requirements';
import { restoreFilterPlan, type SavedFilter } from './taskOrderPlan';

/** The protocol's table as built (`Protocol`), or the first table on the sheet when it was renamed. */
function protocolTable(context: Excel.RequestContext): Excel.Table {
  return context.workbook.worksheets.getItem(PROTOCOL_SHEETS.protocol).tables.getItemAt(0);
}

async function runTable<T>(batch: (column: Excel.TableColumn, context: Excel.RequestContext) => Promise<ExcelResult<T>>): Promise<ExcelResult<T>> {
  const ready = checkRequirements();
  if (!ready.ok) return ready;
  try {
    return await Excel.run(async (context) => batch(protocolTable(context).columns.getItem(PROTOCOL_COLUMNS.task.header), context));
  } catch (error) {
    const result = failureFromError(error, PROTOCOL_SHEETS.protocol);
    return result.code === 'ItemNotFound' ? failure('no-protocol-sheet', { sheet: PROTOCOL_SHEETS.protocol }, result.code) : result;
  }
}

/** Shows only `task`'s rows; resolves with the filter the column had, to put back later. */
export async function showOnlyTask(task: string): Promise<ExcelResult<{ previous: SavedFilter | null }>> {
  return runTable(async (column, context) => {
    const filter = column.filter;
    filter.load('criteria');
    await context.sync();
    const criteria = filter.criteria as unknown as SavedFilter | null | undefined;
    const previous = criteria && criteria.filterOn ? { ...criteria } : null;
    filter.applyValuesFilter([task]);
    await context.sync();
    return { ok: true, value: { previous } };
  });
}

/** Puts the column's filter back as `showOnlyTask` found it. */
export async function restoreTaskFilter(previous: SavedFilter | null): Promise<ExcelResult<void>> {
  const plan = restoreFilterPlan(previous);
  return runTable(async (column, context) => {
    if (plan.kind === 'clear') column.filter.clear();
    else column.filter.apply(plan.criteria as unknown as Excel.FilterCriteria);
    await context.sync();
    return { ok: true, value: undefined };
  });
}
