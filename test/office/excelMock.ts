/**
 * An in-memory workbook behind office-addin-mock, for the Excel adapter's unit tests.
 *
 * office-addin-mock gives the load/sync semantics (a property read before `load` + `sync` is an error
 * string); what it lacks is supplied here (ENGINEERING.md): ranges computed from a cell model, null objects,
 * worksheet events the test fires, `Office.context.requirements.isSetSupported`, and a count of
 * `context.sync()` calls (a jest spy: the mock does not count them). Writes (`range.values = …`) are applied to
 * the model at the next sync, so tests assert on outcomes.
 *
 * Test files must mock `office-addin-manifest` (the shared stub has no `OfficeApp`, which the mock reads):
 *     jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'Excel', Outlook: 'Outlook' } }));
 */
import { OfficeMockObject } from 'office-addin-mock';

export type Cell = string | number | boolean | null;

interface Rect {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

function columnNumber(letters: string): number {
  let number = 0;
  for (const char of letters.toUpperCase()) number = number * 26 + (char.charCodeAt(0) - 64);
  return number;
}

function columnLetters(number: number): string {
  let letters = '';
  for (let rest = number; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** `A1`, `A1:J5`, `A:J`, `5:7` on a sheet → a rectangle (1-based, inclusive). */
export function parseRect(sheet: string, address: string): Rect {
  const [start, end = start] = address.replace(/\$/g, '').split(':');
  const part = (text: string) => {
    const match = /^([A-Z]*)(\d*)$/i.exec(text);
    if (!match) throw new Error(`mock: bad address ${address}`);
    return { column: match[1] ? columnNumber(match[1]) : null, row: match[2] ? Number(match[2]) : null };
  };
  const a = part(start);
  const b = part(end);
  return { sheet, top: a.row ?? 1, left: a.column ?? 1, bottom: b.row ?? MAX_ROWS, right: b.column ?? MAX_COLUMNS };
}

function rectAddress(rect: Rect): string {
  const sheet = /^[\p{L}\d_]+$/u.test(rect.sheet) ? rect.sheet : `'${rect.sheet.replace(/'/g, "''")}'`;
  const first = `${columnLetters(rect.left)}${rect.top}`;
  const last = `${columnLetters(rect.right)}${rect.bottom}`;
  return `${sheet}!${first === last ? first : `${first}:${last}`}`;
}

export interface MockSheet {
  name: string;
  /** rows[r - 1][c - 1]; missing cells are empty. */
  rows: Cell[][];
  formats: Map<string, string>;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** Protected with a password: `unprotect()` without one fails with AccessDenied. */
  password: boolean;
}

export interface MockWrite {
  address: string;
  values?: Cell[][];
  numberFormat?: string[][];
}

type Handler = (event: Record<string, unknown>) => Promise<unknown> | unknown;

export interface ExcelMock {
  excel: OfficeMockObject;
  context: OfficeMockObject;
  /** The `context.sync` spy: `syncs.mock.calls.length`. */
  syncs: jest.SpyInstance;
  workbook: MockWorkbookModel;
}

export class MockWorkbookModel {
  sheets = new Map<string, MockSheet>();
  active = { sheet: '', row: 1, column: 1 };
  selected: string[] = [];
  activated: string[] = [];
  writes: MockWrite[] = [];
  /** Every `getRange(address)` a test may want to check (e.g. that no whole column is read). */
  rangeRequests: string[] = [];
  /** Rectangles whose values were sent back by a sync: what was read. */
  reads: string[] = [];
  protectionCalls: string[] = [];
  selectionHandlers: Handler[] = [];
  changeHandlers: Handler[] = [];
  /** Makes the next sync fail with this Office error code. */
  failNextSync: string | null = null;

  addSheet(name: string, rows: Cell[][], options: Partial<Omit<MockSheet, 'name' | 'rows'>> = {}): MockSheet {
    const sheet: MockSheet = { name, rows, formats: new Map(), visibility: 'Visible', protected: false, password: false, ...options };
    this.sheets.set(name, sheet);
    if (!this.active.sheet) this.active.sheet = name;
    return sheet;
  }

  cell(sheet: string, row: number, column: number): Cell {
    return this.sheets.get(sheet)?.rows[row - 1]?.[column - 1] ?? null;
  }

  setCell(sheet: string, row: number, column: number, value: Cell): void {
    const rows = this.sheets.get(sheet)!.rows;
    while (rows.length < row) rows.push([]);
    const line = rows[row - 1];
    while (line.length < column) line.push(null);
    line[column - 1] = value;
  }

  values(rect: Rect): Cell[][] {
    const values: Cell[][] = [];
    for (let row = rect.top; row <= rect.bottom; row += 1) {
      const line: Cell[] = [];
      for (let column = rect.left; column <= rect.right; column += 1) line.push(this.cell(rect.sheet, row, column) ?? '');
      values.push(line);
    }
    return values;
  }

  /** The used part of a rectangle (cells holding a value), or null when it holds none. */
  used(rect: Rect): Rect | null {
    const rows = this.sheets.get(rect.sheet)?.rows ?? [];
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    rows.forEach((line, r) => {
      line.forEach((value, c) => {
        const row = r + 1;
        const column = c + 1;
        if (value === null || value === '' || row < rect.top || row > rect.bottom || column < rect.left || column > rect.right) return;
        top = Math.min(top, row);
        left = Math.min(left, column);
        bottom = Math.max(bottom, row);
        right = Math.max(right, column);
      });
    });
    return bottom === 0 ? null : { sheet: rect.sheet, top, left, bottom, right };
  }

  async fireSelection(address: string): Promise<void> {
    for (const handler of this.selectionHandlers) await handler({ address, type: 'WorksheetSelectionChanged', worksheetId: this.active.sheet });
  }

  /** Writes values as a person would (typing or pasting), then fires `onChanged` — with `details` only for one cell. */
  async type(sheet: string, address: string, values: Cell[][]): Promise<void> {
    const rect = parseRect(sheet, address);
    values.forEach((line, r) => line.forEach((value, c) => this.setCell(sheet, rect.top + r, rect.left + c, value)));
    const single = values.length === 1 && values[0].length === 1;
    const event: Record<string, unknown> = { address, changeType: 'RangeEdited', source: 'Local', type: 'WorksheetChanged', worksheetId: sheet };
    if (single) event.details = { valueAfter: values[0][0], valueBefore: null };
    for (const handler of this.changeHandlers) await handler(event);
  }
}

/** A fresh OfficeMockObject child of `parent` (so the parent's sync reaches it), populated from `seed`. */
/** The mock's own helpers, private in its typings but the documented way to grow its object model. */
interface MockInternals {
  addMock(name: string): void;
  populate(seed: Record<string, unknown>): void;
  _properties: Map<string, { _valueBeforeLoaded: unknown }>;
}

function internals(mock: OfficeMockObject): MockInternals {
  return mock as unknown as MockInternals;
}

function attach(parent: OfficeMockObject, seed: Record<string, unknown>): OfficeMockObject {
  const name = `__child${(attach as unknown as { next: number }).next++}`;
  internals(parent).addMock(name);
  const child = parent[name] as OfficeMockObject;
  internals(child).populate(seed);
  return child;
}
(attach as unknown as { next: number }).next = 0;

export function createExcelMock(workbook: MockWorkbookModel): ExcelMock {
  const root: { context?: OfficeMockObject } = {};
  const ctx = (): OfficeMockObject => root.context!;
  const ranges: Array<{ mock: OfficeMockObject; rect: Rect; seededValues: unknown; seededFormat: unknown; writtenValues?: unknown; writtenFormat?: unknown }> = [];

  function range(rect: Rect | null): OfficeMockObject {
    if (rect === null) {
      const nothing = attach(ctx(), { address: '', values: [], rowIndex: 0, columnIndex: 0 });
      Object.defineProperty(nothing, 'isNullObject', { value: true });
      return nothing;
    }
    const bounded = rect.bottom - rect.top < 100_000 && rect.right - rect.left < 1_000;
    const values = bounded ? workbook.values(rect) : 'not loadable: whole rows or columns';
    const numberFormat = bounded ? values : [];
    const mock = attach(ctx(), {
      address: rectAddress(rect),
      values,
      numberFormat,
      rowIndex: rect.top - 1,
      columnIndex: rect.left - 1,
      rowCount: rect.bottom - rect.top + 1,
      columnCount: rect.right - rect.left + 1,
      getUsedRangeOrNullObject: () => range(workbook.used(rect)),
      getEntireRow: () => range({ ...rect, left: 1, right: MAX_COLUMNS }),
      getCell: (row: number, column: number) =>
        range({ sheet: rect.sheet, top: rect.top + row, left: rect.left + column, bottom: rect.top + row, right: rect.left + column }),
      getResizedRange: (rows: number, columns: number) => range({ ...rect, bottom: rect.bottom + rows, right: rect.right + columns }),
      select: () => {
        workbook.selected.push(rectAddress(rect));
      },
    });
    Object.defineProperty(mock, 'isNullObject', { value: false });
    const properties = internals(mock)._properties;
    ranges.push({ mock, rect, seededValues: properties.get('values')?._valueBeforeLoaded, seededFormat: properties.get('numberFormat')?._valueBeforeLoaded });
    return mock;
  }

  function worksheet(name: string, orNull: boolean): OfficeMockObject {
    const sheet = workbook.sheets.get(name);
    if (!sheet && !orNull) {
      workbook.failNextSync = 'ItemNotFound';
    }
    const mock = attach(ctx(), {
      name,
      visibility: sheet?.visibility ?? 'Visible',
      protection: {
        protected: sheet?.protected ?? false,
        options: { allowFormatCells: false },
        protect: () => {
          workbook.protectionCalls.push(`protect ${name}`);
          if (sheet) sheet.protected = true;
        },
        unprotect: () => {
          workbook.protectionCalls.push(`unprotect ${name}`);
          if (sheet?.password) workbook.failNextSync = 'AccessDenied';
          else if (sheet) sheet.protected = false;
        },
      },
      getRange: (address: string) => {
        workbook.rangeRequests.push(`${name}!${address}`);
        return range(parseRect(name, address));
      },
      activate: () => {
        workbook.activated.push(name);
      },
      onSelectionChanged: {
        add: (handler: Handler) => {
          workbook.selectionHandlers.push(handler);
          return { context: ctx(), remove: () => workbook.selectionHandlers.splice(workbook.selectionHandlers.indexOf(handler), 1) };
        },
      },
      onChanged: {
        add: (handler: Handler) => {
          workbook.changeHandlers.push(handler);
          return { context: ctx(), remove: () => workbook.changeHandlers.splice(workbook.changeHandlers.indexOf(handler), 1) };
        },
      },
    });
    Object.defineProperty(mock, 'isNullObject', { value: !sheet });
    return mock;
  }

  const excel = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItem: (name: string) => worksheet(name, false),
          getItemOrNullObject: (name: string) => worksheet(name, true),
        },
        getActiveCell: () => {
          const { sheet, row, column } = workbook.active;
          return range({ sheet, top: row, left: column, bottom: row, right: column });
        },
      },
    },
    run: async (first: unknown, second?: unknown) => {
      const batch = (typeof first === 'function' ? first : second) as (context: OfficeMockObject) => Promise<unknown>;
      return batch(ctx());
    },
  });
  const context = excel.context as OfficeMockObject;
  root.context = context;
  // The worksheet collection: `load('items/name, items/visibility')`, then `items` in workbook order.
  const worksheets = (context.workbook as OfficeMockObject).worksheets as OfficeMockObject;
  Object.defineProperty(worksheets, 'load', { value: () => worksheets });
  Object.defineProperty(worksheets, 'items', {
    get: () => [...workbook.sheets.values()].map((sheet) => {
      const mock = worksheet(sheet.name, false);
      Object.defineProperty(mock, 'name', { value: sheet.name });
      Object.defineProperty(mock, 'visibility', { value: sheet.visibility });
      return mock;
    }),
  });

  /** Before each sync: apply what the batch wrote, in order; fail as told. */
  const originalSync = context.sync.bind(context);
  const syncs = jest.spyOn(context, 'sync').mockImplementation(async () => {
    if (workbook.failNextSync) {
      const code = workbook.failNextSync;
      workbook.failNextSync = null;
      throw Object.assign(new Error(`mock: ${code}`), { name: 'RichApi.Error', code });
    }
    for (const entry of ranges) {
      const { mock, rect } = entry;
      const write: MockWrite = { address: rectAddress(rect) };
      if (Array.isArray(mock.numberFormat) && mock.numberFormat !== entry.seededFormat && mock.numberFormat !== entry.writtenFormat) {
        entry.writtenFormat = mock.numberFormat;
        write.numberFormat = mock.numberFormat as string[][];
        (mock.numberFormat as string[][]).forEach((line, r) => line.forEach((format, c) => workbook.sheets.get(rect.sheet)!.formats.set(`${r + rect.top},${c + rect.left}`, format)));
      }
      if (Array.isArray(mock.values) && mock.values !== entry.seededValues && mock.values !== entry.writtenValues) {
        entry.writtenValues = mock.values;
        write.values = mock.values as Cell[][];
        (mock.values as Cell[][]).forEach((line, r) => line.forEach((value, c) => workbook.setCell(rect.sheet, rect.top + r, rect.left + c, value)));
      }
      if (write.values || write.numberFormat) workbook.writes.push(write);
    }
    await originalSync();
    for (const entry of ranges) {
      if (entry.mock.values === entry.seededValues && !entry.writtenValues && !(entry as { read?: boolean }).read) {
        (entry as { read?: boolean }).read = true;
        workbook.reads.push(rectAddress(entry.rect));
      }
    }
  });
  return { excel, context, syncs, workbook };
}

/** `Office` as Excel presents it: host, platform and requirement sets up to `ExcelApi 1.<excelApi>`. */
export function officeGlobal(excelApi = 17) {
  return {
    context: {
      host: 'Excel',
      platform: 'PC',
      displayLanguage: 'ru-RU',
      partitionKey: undefined,
      diagnostics: { host: 'Excel', platform: 'PC', version: '16.0' },
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= excelApi,
      },
    },
  };
}

const globals = globalThis as unknown as Record<string, unknown>;

/** Puts the mock in place of `Excel` and a host in place of `Office`. */
export function installExcel(mock: ExcelMock, excelApi = 17): void {
  globals.Office = officeGlobal(excelApi);
  globals.Excel = mock.excel;
}

export function uninstallExcel(): void {
  delete globals.Office;
  delete globals.Excel;
}
