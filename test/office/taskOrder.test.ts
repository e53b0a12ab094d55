jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'Excel', Outlook: 'Outlook' } }));

import { PROTOCOL_COLUMNS, PROTOCOL_SHEETS, type ProtocolRow } from '../../src/engine';
import { restoreTaskFilter, showOnlyTask } from '../../src/office/excel/taskOrder';
import { restoreFilterPlan, rowsOfTask, sameTaskRow, tasksInOrder, type SavedFilter } from '../../src/office/excel/taskOrderPlan';
import { officeGlobal } from './excelMock';

function row(rowNumber: number, workCode: string, task: string): ProtocolRow {
  return { row: rowNumber, schoolCode: 'ОО-1', workCode, variant: 1, task, max: 1, schoolScore: 1, expertScore: null, difference: null, errorCode: null, explanation: null } as unknown as ProtocolRow;
}

// Two works of three tasks, then a third work that lacks task 2.
const rows = new Map(
  [row(2, 'A', '1'), row(3, 'A', '2'), row(4, 'A', '4К1'), row(5, 'B', '1'), row(6, 'B', '2'), row(7, 'B', '4К1'), row(8, 'C', '1'), row(9, 'C', '4К1')].map((r) => [r.row, r]),
);

describe('the task order plan', () => {
  it('lists tasks in sheet order, and the rows of a task', () => {
    expect(tasksInOrder(rows.values())).toEqual(['1', '2', '4К1']);
    expect(rowsOfTask(rows.values(), '4К1')).toEqual([4, 7, 9]);
  });

  it('moves to the same task of the next work, skipping a work without it', () => {
    expect(sameTaskRow(rows, 3, 1)).toBe(6);
    expect(sameTaskRow(rows, 6, 1)).toBeNull();
    expect(sameTaskRow(rows, 7, 1)).toBe(9);
    expect(sameTaskRow(rows, 9, -1)).toBe(7);
    expect(sameTaskRow(rows, 99, 1)).toBeNull();
  });

  it('puts back the expert filter, or clears the column when there was none', () => {
    expect(restoreFilterPlan(null)).toEqual({ kind: 'clear' });
    expect(restoreFilterPlan({ filterOn: 'Values', values: [] })).toEqual({ kind: 'clear' });
    const theirs: SavedFilter = { filterOn: 'Values', values: ['1', '2'] };
    expect(restoreFilterPlan(theirs)).toEqual({ kind: 'apply', criteria: theirs });
  });
});

/** The part of a table column's filter Office.js gives: criteria loaded at sync, values filter, clear, apply. */
function fakeExcel(initial: SavedFilter | null) {
  const state = { criteria: initial as SavedFilter | null, syncs: 0, sheet: '', column: '' };
  const filter = {
    criteria: undefined as unknown,
    load: () => undefined,
    applyValuesFilter: (values: string[]) => (state.criteria = { filterOn: 'Values', values }),
    clear: () => (state.criteria = null),
    apply: (criteria: SavedFilter) => (state.criteria = { ...criteria }),
  };
  const context = {
    workbook: {
      worksheets: {
        getItem: (name: string) => {
          state.sheet = name;
          return { tables: { getItemAt: () => ({ columns: { getItem: (header: string) => ((state.column = header), { filter }) } }) } };
        },
      },
    },
    sync: async () => {
      state.syncs += 1;
      filter.criteria = state.criteria ? { ...state.criteria } : { filterOn: '' };
    },
  };
  const globals = globalThis as unknown as Record<string, unknown>;
  globals.Office = officeGlobal(17);
  globals.Excel = { run: (batch: (c: typeof context) => Promise<unknown>) => batch(context) };
  return state;
}

describe('«По заданиям» in Excel', () => {
  afterEach(() => {
    delete (globalThis as unknown as Record<string, unknown>).Office;
    delete (globalThis as unknown as Record<string, unknown>).Excel;
  });

  it('filters the task column to one task and clears it again on leaving', async () => {
    const state = fakeExcel(null);
    const shown = await showOnlyTask('4К1');
    expect(shown).toEqual({ ok: true, value: { previous: null } });
    expect(state.sheet).toBe(PROTOCOL_SHEETS.protocol);
    expect(state.column).toBe(PROTOCOL_COLUMNS.task.header);
    expect(state.criteria).toEqual({ filterOn: 'Values', values: ['4К1'] });
    expect(state.syncs).toBe(2);
    expect((await restoreTaskFilter(null)).ok).toBe(true);
    expect(state.criteria).toBeNull();
  });

  it('gives back the filter the expert had on the column', async () => {
    const state = fakeExcel({ filterOn: 'Values', values: ['1', '2'] });
    const shown = await showOnlyTask('2');
    if (!shown.ok) throw new Error(shown.problem);
    expect(state.criteria).toEqual({ filterOn: 'Values', values: ['2'] });
    await restoreTaskFilter(shown.value.previous);
    expect(state.criteria).toEqual({ filterOn: 'Values', values: ['1', '2'] });
  });
});
