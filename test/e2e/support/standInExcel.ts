/**
 * A stand-in Excel host for browser tests: an in-memory workbook implementing the part of the Excel JavaScript
 * API the pane's adapter (src/office/excel) uses — `Excel.run`, `context.sync`, worksheets (`getItem`,
 * `getItemOrNullObject`, `load` of `items`), ranges (`values`, `numberFormat`, `address`, `rowIndex`, `columnIndex`, `load`,
 * `select`, `getUsedRangeOrNullObject`, `getEntireRow`, `getCell`, `getResizedRange`), `getActiveCell`,
 * `protection`, `activate`, the worksheet events `onSelectionChanged` / `onChanged`, and `Excel.createWorkbook`;
 * for the analyst's summary also `worksheets.add`, a sheet's `delete` and rename (`name =`), workbook `names`
 * (`load` of `items/name,items/formula`, `add`, `getItem().delete`), `tables.add` (name, style), `freezePanes`,
 * `format.columnWidth`, `conditionalFormats.add` (custom rule and fill), and `charts.add` / `getItem` (name, title,
 * legend, `setPosition`, `getImage` → a real PNG). Values and number formats must match their range's size, as in
 * Excel; deleting the last visible sheet fails as in Excel. Every such call is listed in `calls`.
 *
 * Queued operations and loads run in order at `context.sync()`, as Office.js does; a failed operation rejects
 * the sync with an error carrying Office's `code` (`ItemNotFound`, `AccessDenied`). The test drives it through
 * `window.__standInExcel` (see `StandInExcelApi`): select a cell, type or paste values (paste fires `onChanged`
 * without `details`, as Excel does for a multi-cell change), read cells back, count syncs.
 *
 * Injected with the stand-in office.js's `extraScript` (./standInOffice.ts).
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';

export type StandInCell = string | number | boolean;

export interface StandInSheet {
  name: string;
  /** rows[r][c] = the cell at row r + 1, column c + 1 ('' when empty). */
  rows: StandInCell[][];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
}

export interface StandInWorkbook {
  sheets: StandInSheet[];
  /** The active cell when the pane opens. */
  active: { sheet: string; row: number; column: number };
}

/** What `window.__standInExcel` offers the test (through `page.evaluate`). */
export interface StandInExcelApi {
  syncs: number;
  created: string[];
  select(address: string): Promise<void>;
  type(address: string, value: StandInCell): Promise<void>;
  paste(address: string, values: StandInCell[][]): Promise<void>;
  cell(sheet: string, address: string): StandInCell;
  selected: string[];
  /** The summary's calls in order, e.g. `worksheets.add(Recheck 1)`, `charts.add(BarClustered, Диаграммы!A2:C5)`. */
  calls: string[];
  /** The workbook as it stands: sheets in order with their values, and what is drawn on them. */
  snapshot(): StandInSnapshot;
  // Issue 9 (school view): whether a sheet is protected now.
  isProtected(sheet: string): boolean;
}

export interface StandInSnapshot {
  sheets: { name: string; rows: StandInCell[][]; frozenRows: number; formats: Record<string, string> }[];
  tables: { sheet: string; name: string; address: string; style: string }[];
  conditionalFormats: { sheet: string; address: string; type: string; formula: string; fill: string }[];
  charts: { sheet: string; name: string; type: string; source: string; seriesBy: string; title: string; position: string }[];
  names: { name: string; formula: string }[];
  images: number;
}

function plain(value: ExcelJS.CellValue): StandInCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  if (typeof value === 'object' && 'formula' in value) return plain((value.result ?? '') as ExcelJS.CellValue);
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}

/** The cells of an `.xlsx` as Excel would show them (formulas that were never computed show ''). */
export async function workbookFromXlsx(bytes: Uint8Array, active: StandInWorkbook['active']): Promise<StandInWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheets: StandInSheet[] = workbook.worksheets.map((sheet) => {
    const rows: StandInCell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const line: StandInCell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        line[column - 1] = plain(cell.value);
      });
      rows[rowNumber - 1] = Array.from(line, (value) => value ?? '');
    });
    return {
      name: sheet.name,
      rows: Array.from(rows, (line) => line ?? []),
      visibility: sheet.state === 'veryHidden' ? 'VeryHidden' : sheet.state === 'hidden' ? 'Hidden' : 'Visible',
      protected: Boolean((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
    };
  });
  return { sheets, active };
}

/** Drives the stand-in from the test. */
export function standInExcel(page: Page) {
  return {
    select: (address: string) => page.evaluate((a) => (window as unknown as { __standInExcel: StandInExcelApi }).__standInExcel.select(a), address),
    type: (address: string, value: StandInCell) =>
      page.evaluate(([a, v]) => (window as unknown as { __standInExcel: StandInExcelApi }).__standInExcel.type(a as string, v as StandInCell), [address, value] as const),
    paste: (address: string, values: StandInCell[][]) =>
      page.evaluate(([a, v]) => (window as unknown as { __standInExcel: StandInExcelApi }).__standInExcel.paste(a as string, v as StandInCell[][]), [address, values] as const),
    cell: (sheet: string, address: string) =>
      page.evaluate(([s, a]) => (window as unknown as { __standInExcel: StandInExcelApi }).__standInExcel.cell(s, a), [sheet, address] as const),
    syncs: () => page.evaluate(() => (window as unknown as { __standInExcel: StandInExcelApi }).__standInExcel.syncs),
    created: () => page.evaluate(() => (window as unknown as { __standInExcel: StandInExcelApi }).__standInExcel.created),
    selected: () => page.evaluate(() => (window as unknown as { __standInExcel: StandInExcelApi }).__standInExcel.selected),
    calls: () => page.evaluate(() => (window as unknown as { __standInExcel: StandInExcelApi }).__standInExcel.calls),
    snapshot: () => page.evaluate(() => (window as unknown as { __standInExcel: StandInExcelApi }).__standInExcel.snapshot()),
    // Issue 9 (school view).
    isProtected: (sheet: string) => page.evaluate((s) => (window as unknown as { __standInExcel: StandInExcelApi }).__standInExcel.isProtected(s), sheet),
  };
}

/** A real 8 × 4 PNG: the picture the stand-in's `Chart.getImage` returns. */
export const CHART_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAAJUlEQVR4nGNgSDmhkXIiIOVERcqJBSknTqSc+JByQiLlBAP1JADGqzMBLx3yXAAAAABJRU5ErkJggg==';

/** The stand-in as JavaScript source, for `StandInOfficeOptions.extraScript`. */
export function standInExcelScript(workbook: StandInWorkbook): string {
  return `
(function () {
  var data = ${JSON.stringify(workbook).replace(/</g, '\\u003c')};
  var MAX_ROWS = 1048576, MAX_COLUMNS = 16384;
  var sheets = {};
  data.sheets.forEach(function (sheet, index) {
    sheets[sheet.name] = newSheet(sheet.name, '{sheet-' + index + '}', sheet.rows, sheet.visibility, sheet.protected);
  });
  var sheetCount = data.sheets.length;
  function newSheet(name, id, rows, visibility, isProtected) {
    return { name: name, id: id, rows: rows, formats: {}, visibility: visibility, protected: isProtected, options: {}, selectionHandlers: [], changeHandlers: [],
      frozenRows: 0, widths: {} };
  }
  // The summary's objects: tables, conditional formats and charts by sheet id; workbook names by sheet id and address.
  var tables = [], conditionalFormats = [], charts = [], names = [];
  var images = 0;
  // A real PNG (8 × 4): what Chart.getImage gives, base64.
  var PNG = '${CHART_PNG}';
  var api = { syncs: 0, created: [], selected: [], active: data.active, calls: [] };
  window.__standInExcel = api;

  function letters(n) { var s = ''; while (n > 0) { s = String.fromCharCode(65 + ((n - 1) % 26)) + s; n = Math.floor((n - 1) / 26); } return s; }
  function number(l) { var n = 0; for (var i = 0; i < l.length; i++) n = n * 26 + (l.toUpperCase().charCodeAt(i) - 64); return n; }
  function rect(sheet, address) {
    var parts = address.replace(/\\$/g, '').split('!').pop().split(':');
    function part(text) { var m = /^([A-Za-z]*)(\\d*)$/.exec(text); if (!m) throw officeError('InvalidArgument', 'bad address ' + address);
      return { c: m[1] ? number(m[1]) : null, r: m[2] ? Number(m[2]) : null }; }
    var a = part(parts[0]), b = part(parts[1] || parts[0]);
    return { sheet: sheet, top: a.r || 1, left: a.c || 1, bottom: b.r || MAX_ROWS, right: b.c || MAX_COLUMNS };
  }
  function quoted(name) { return /^[\\p{L}\\d_]+$/u.test(name) ? name : "'" + name.replace(/'/g, "''") + "'"; }
  function addressOf(r) {
    var first = letters(r.left) + r.top, last = letters(r.right) + r.bottom;
    return quoted(r.sheet) + '!' + (first === last ? first : first + ':' + last);
  }
  function cell(sheet, row, column) { var line = sheets[sheet].rows[row - 1]; var v = line ? line[column - 1] : undefined; return v === undefined || v === null ? '' : v; }
  function setCell(sheet, row, column, value) {
    var rows = sheets[sheet].rows; while (rows.length < row) rows.push([]);
    var line = rows[row - 1] || (rows[row - 1] = []); while (line.length < column) line.push('');
    line[column - 1] = value;
  }
  function values(r) {
    if (r.bottom - r.top > 200000 || r.right - r.left > 2000) throw officeError('ResponsePayloadSizeLimitExceeded', 'too many cells: ' + addressOf(r));
    var out = []; for (var row = r.top; row <= r.bottom; row++) { var line = []; for (var c = r.left; c <= r.right; c++) line.push(cell(r.sheet, row, c)); out.push(line); } return out;
  }
  function used(r) {
    var rows = sheets[r.sheet].rows, top = Infinity, left = Infinity, bottom = 0, right = 0;
    for (var i = 0; i < rows.length; i++) { var line = rows[i] || []; for (var j = 0; j < line.length; j++) {
      var v = line[j]; if (v === '' || v === null || v === undefined) continue;
      var row = i + 1, column = j + 1; if (row < r.top || row > r.bottom || column < r.left || column > r.right) continue;
      top = Math.min(top, row); left = Math.min(left, column); bottom = Math.max(bottom, row); right = Math.max(right, column); } }
    return bottom === 0 ? null : { sheet: r.sheet, top: top, left: left, bottom: bottom, right: right };
  }
  function sheetById(id) { for (var key in sheets) if (sheets[key].id === id) return sheets[key]; return null; }
  function renameSheet(sheet, name) {
    if (sheets[name] && sheets[name] !== sheet) throw officeError('InvalidArgument', 'a sheet is already named ' + name);
    var renamed = {};
    Object.keys(sheets).forEach(function (key) { if (sheets[key] === sheet) renamed[name] = sheet; else renamed[key] = sheets[key]; });
    sheets = renamed; sheet.name = name;
  }
  function deleteSheet(sheet) {
    var visible = Object.keys(sheets).filter(function (key) { return sheets[key] !== sheet && sheets[key].visibility === 'Visible'; });
    if (visible.length === 0) throw officeError('InvalidOperation', 'a workbook must keep a visible sheet');
    delete sheets[sheet.name];
    tables = tables.filter(function (t) { return t.sheetId !== sheet.id; });
    conditionalFormats = conditionalFormats.filter(function (f) { return f.sheetId !== sheet.id; });
    charts = charts.filter(function (c) { return c.sheetId !== sheet.id; });
  }
  function sized(r, v, what) {
    if (!Array.isArray(v) || v.length !== r.bottom - r.top + 1 || v.some(function (line) { return !Array.isArray(line) || line.length !== r.right - r.left + 1; })) {
      throw officeError('InvalidArgument', what + ' do not match the size of ' + addressOf(r));
    }
  }
  function officeError(code, message) { var e = new Error(message || code); e.name = 'RichApi.Error'; e.code = code; return e; }

  function Context() { this.queue = []; this.workbook = new Workbook(this); }
  Context.prototype.sync = function () {
    api.syncs += 1;
    var queue = this.queue; this.queue = [];
    return new Promise(function (resolve, reject) {
      setTimeout(function () {
        try { queue.forEach(function (step) { step(); }); resolve(); } catch (error) { reject(error); }
      }, 0);
    });
  };

  function Workbook(context) {
    this.context = context;
    var worksheets = {
      items: undefined,
      getItem: function (name) { return new Worksheet(context, name, false); },
      getItemOrNullObject: function (name) { return new Worksheet(context, name, true); },
      // load('items/name, items/visibility'): the sheets in workbook order after the next sync.
      load: function () {
        context.queue.push(function () {
          worksheets.items = Object.keys(sheets).map(function (name) {
            var sheet = new Worksheet(context, name, false);
            sheet._loadedName = name; sheet.visibility = sheets[name].visibility; sheet.id = sheets[name].id;
            return sheet;
          });
        });
        return worksheets;
      },
      add: function (name) {
        var sheet = new Worksheet(context, name, false);
        context.queue.push(function () {
          api.calls.push('worksheets.add(' + name + ')');
          if (sheets[name]) throw officeError('ItemAlreadyExists', 'a sheet is already named ' + name);
          var created = newSheet(name, '{sheet-' + (sheetCount++) + '}', [], 'Visible', false);
          sheets[name] = created; sheet._id = created.id;
        });
        return sheet;
      },
    };
    this.worksheets = worksheets;
    var workbookNames = {
      items: undefined,
      load: function () {
        context.queue.push(function () {
          workbookNames.items = names.map(function (item) {
            var sheet = sheetById(item.sheetId);
            return { name: item.name, formula: sheet ? '=' + quoted(sheet.name) + '!' + item.address : '=#REF!' + item.address };
          });
        });
        return workbookNames;
      },
      add: function (name, range) {
        context.queue.push(function () {
          var r = range._r(); api.calls.push('names.add(' + name + ', ' + addressOf(r) + ')');
          if (names.some(function (item) { return item.name.toLowerCase() === name.toLowerCase(); })) throw officeError('InvalidArgument', 'the name exists: ' + name);
          names.push({ name: name, sheetId: sheets[r.sheet].id, address: '$' + letters(r.left) + '$' + r.top });
        });
      },
      getItem: function (name) {
        return { delete: function () { context.queue.push(function () {
          api.calls.push('names.delete(' + name + ')');
          var index = names.findIndex(function (item) { return item.name === name; });
          if (index < 0) throw officeError('ItemNotFound', 'no name ' + name);
          names.splice(index, 1);
        }); } };
      },
    };
    this.names = workbookNames;
  }
  Workbook.prototype.getActiveCell = function () {
    return new Range(this.context, function () { var a = api.active; return { sheet: a.sheet, top: a.row, left: a.column, bottom: a.row, right: a.column }; });
  };

  function Worksheet(context, name, orNull) {
    var self = this; this.context = context; this._name = name; this._orNull = orNull;
    this.protection = new Protection(context, this);
    this.onSelectionChanged = events(context, this, 'selectionHandlers');
    this.onChanged = events(context, this, 'changeHandlers');
  }
  Worksheet.prototype._sheet = function () {
    var sheet = this._id ? sheetById(this._id) : sheets[this._name];
    if (!sheet && !this._orNull) throw officeError('ItemNotFound', 'no sheet ' + this._name);
    if (sheet) this._id = sheet.id;
    return sheet || null;
  };
  Object.defineProperty(Worksheet.prototype, 'name', {
    get: function () { return this._loadedName; },
    set: function (name) { var self = this; this.context.queue.push(function () { var s = self._sheet(); api.calls.push('worksheet.name(' + s.name + ' → ' + name + ')'); renameSheet(s, name); }); },
  });
  Worksheet.prototype.load = function () {
    var self = this;
    this.context.queue.push(function () { var s = self._sheet(); self.isNullObject = !s; if (s) { self._loadedName = s.name; self.visibility = s.visibility; self.id = s.id; } });
    return this;
  };
  Worksheet.prototype.delete = function () { var self = this; this.context.queue.push(function () { var s = self._sheet(); api.calls.push('worksheet.delete(' + s.name + ')'); deleteSheet(s); }); };
  Worksheet.prototype.getRange = function (address) { var self = this; return new Range(this.context, function () { return rect(self._sheet().name, address); }); };
  Object.defineProperty(Worksheet.prototype, 'freezePanes', { get: function () {
    var self = this;
    return { freezeRows: function (count) { self.context.queue.push(function () { var s = self._sheet(); api.calls.push('freezePanes.freezeRows(' + s.name + ', ' + count + ')'); s.frozenRows = count; }); } };
  } });
  Object.defineProperty(Worksheet.prototype, 'tables', { get: function () {
    var self = this, context = this.context;
    return { add: function (address, hasHeaders) {
      var table = { _props: {} };
      ['name', 'style'].forEach(function (key) {
        Object.defineProperty(table, key, { set: function (value) { context.queue.push(function () {
          if (key === 'name' && tables.some(function (t) { return t !== table._record && t.name.toLowerCase() === String(value).toLowerCase(); })) throw officeError('InvalidArgument', 'a table is already named ' + value);
          table._record[key] = value; }); } });
      });
      context.queue.push(function () {
        var s = self._sheet(); var r = rect(s.name, address);
        api.calls.push('tables.add(' + addressOf(r) + ', ' + hasHeaders + ')');
        var overlapping = tables.some(function (t) { return t.sheetId === s.id && !(t.rect.bottom < r.top || t.rect.top > r.bottom || t.rect.right < r.left || t.rect.left > r.right); });
        if (overlapping) throw officeError('InvalidOperation', 'tables cannot overlap');
        table._record = { sheetId: s.id, rect: r, name: 'Table' + (tables.length + 1), style: 'TableStyleMedium2' };
        tables.push(table._record);
      });
      return table;
    } };
  } });
  function Chart(context, sheet, find) { this.context = context; this._sheet = sheet; this._find = find; this.title = {}; this.legend = {}; var self = this;
    ['name'].forEach(function (key) { Object.defineProperty(self, key, { set: function (value) { context.queue.push(function () { self._chart().name = value; }); } }); });
    Object.defineProperty(this.title, 'text', { set: function (value) { context.queue.push(function () { self._chart().title = value; }); } });
    Object.defineProperty(this.legend, 'position', { set: function (value) { context.queue.push(function () { self._chart().legend = value; }); } });
  }
  Chart.prototype._chart = function () { if (!this._record) this._record = this._find(); return this._record; };
  Chart.prototype.setPosition = function (start, end) { var self = this; this.context.queue.push(function () { self._chart().position = start + ':' + end; }); };
  Chart.prototype.getImage = function () {
    var self = this, result = { value: undefined };
    this.context.queue.push(function () { var c = self._chart(); api.calls.push('chart.getImage(' + c.name + ')'); images += 1; result.value = PNG; });
    return result;
  };
  Object.defineProperty(Worksheet.prototype, 'charts', { get: function () {
    var self = this, context = this.context;
    return {
      add: function (type, range, seriesBy) {
        var chart = new Chart(context, self, function () { throw officeError('ItemNotFound', 'the chart was not added'); });
        context.queue.push(function () {
          var s = self._sheet(); var r = range._r();
          api.calls.push('charts.add(' + type + ', ' + addressOf(r) + ')');
          chart._record = { sheetId: s.id, name: 'Chart ' + (charts.length + 1), type: type, source: addressOf(r), seriesBy: seriesBy, title: '', legend: '', position: '' };
          charts.push(chart._record);
        });
        return chart;
      },
      getItem: function (name) {
        return new Chart(context, self, function () {
          var s = self._sheet();
          var found = charts.find(function (c) { return c.sheetId === s.id && c.name === name; });
          if (!found) throw officeError('ItemNotFound', 'no chart ' + name);
          return found;
        });
      },
    };
  } });
  Worksheet.prototype.activate = function () { var self = this; this.context.queue.push(function () { var s = self._sheet(); api.active = { sheet: s.name, row: api.active.row, column: api.active.column }; }); };
  function events(context, worksheet, list) {
    return { add: function (handler) {
      var sheet = sheets[worksheet._name]; if (!sheet) throw officeError('ItemNotFound');
      sheet[list].push(handler);
      return { context: context, remove: function () { context.queue.push(function () { var i = sheet[list].indexOf(handler); if (i >= 0) sheet[list].splice(i, 1); }); } };
    } };
  }
  function Protection(context, worksheet) { this.context = context; this.worksheet = worksheet; }
  Protection.prototype.load = function () { var self = this; this.context.queue.push(function () { var s = self.worksheet._sheet(); self.protected = s.protected; self.options = s.options; }); return this; };
  Protection.prototype.protect = function () { var self = this; this.context.queue.push(function () { var s = self.worksheet._sheet(); if (s.protected) throw officeError('InvalidOperation', 'already protected'); s.protected = true; }); };
  Protection.prototype.unprotect = function () { var self = this; this.context.queue.push(function () { var s = self.worksheet._sheet(); if (!s.protected) throw officeError('InvalidOperation', 'not protected'); s.protected = false; }); };

  function Range(context, resolve) { this.context = context; this._resolve = resolve; this._rect = undefined; }
  Range.prototype._r = function () { if (this._rect === undefined) this._rect = this._resolve(); return this._rect; };
  Range.prototype.load = function () {
    var self = this;
    this.context.queue.push(function () {
      var r = self._r(); self.isNullObject = !r; if (!r) return;
      self.address = addressOf(r); self.rowIndex = r.top - 1; self.columnIndex = r.left - 1;
      self.rowCount = r.bottom - r.top + 1; self.columnCount = r.right - r.left + 1;
      self._values = values(r);
    });
    return this;
  };
  Object.defineProperty(Range.prototype, 'values', {
    get: function () { return this._values; },
    set: function (v) {
      var self = this;
      this.context.queue.push(function () {
        var r = self._r(); var s = sheets[r.sheet];
        if (s.protected) throw officeError('AccessDenied', 'the sheet is protected');
        sized(r, v, 'values');
        v.forEach(function (line, i) { line.forEach(function (value, j) { setCell(r.sheet, r.top + i, r.left + j, value); }); });
      });
    },
  });
  Object.defineProperty(Range.prototype, 'numberFormat', {
    get: function () { return this._numberFormat; },
    set: function (v) {
      var self = this;
      this.context.queue.push(function () { var r = self._r(); sized(r, v, 'number formats'); v.forEach(function (line, i) { line.forEach(function (f, j) { sheets[r.sheet].formats[(r.top + i) + ',' + (r.left + j)] = f; }); }); });
    },
  });
  Object.defineProperty(Range.prototype, 'format', { get: function () {
    var self = this, format = {};
    Object.defineProperty(format, 'columnWidth', { set: function (width) { self.context.queue.push(function () {
      var r = self._r(); for (var c = r.left; c <= r.right; c++) sheets[r.sheet].widths[c] = width; }); } });
    return format;
  } });
  Object.defineProperty(Range.prototype, 'conditionalFormats', { get: function () {
    var self = this;
    return { add: function (type) {
      var rule = {}, fill = {};
      var format = { custom: { rule: rule, format: { fill: fill } } };
      self.context.queue.push(function () {
        var r = self._r(); api.calls.push('conditionalFormats.add(' + type + ', ' + addressOf(r) + ')');
        conditionalFormats.push({ sheetId: sheets[r.sheet].id, address: addressOf(r), type: type, rule: rule, fill: fill });
      });
      return format;
    } };
  } });
  Range.prototype.getUsedRangeOrNullObject = function () { var self = this; return new Range(this.context, function () { return used(self._r()); }); };
  Range.prototype.getEntireRow = function () { var self = this; return new Range(this.context, function () { var r = self._r(); return { sheet: r.sheet, top: r.top, left: 1, bottom: r.bottom, right: MAX_COLUMNS }; }); };
  Range.prototype.getCell = function (row, column) { var self = this; return new Range(this.context, function () { var r = self._r(); return { sheet: r.sheet, top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column }; }); };
  Range.prototype.getResizedRange = function (rows, columns) { var self = this; return new Range(this.context, function () { var r = self._r(); return { sheet: r.sheet, top: r.top, left: r.left, bottom: r.bottom + rows, right: r.right + columns }; }); };
  Range.prototype.select = function () {
    var self = this;
    this.context.queue.push(function () { var r = self._r(); api.active = { sheet: r.sheet, row: r.top, column: r.left }; api.selected.push(addressOf(r)); });
  };

  window.Excel = {
    run: function (first, second) {
      var batch = typeof first === 'function' ? first : second;
      var context = typeof first === 'function' ? new Context() : (first instanceof Context ? first : new Context());
      return Promise.resolve().then(function () { return batch(context); });
    },
    createWorkbook: function (base64) { api.created.push(base64); return Promise.resolve(); },
    RequestContext: Context,
  };

  function fire(sheet, list, event) {
    return Promise.all(sheets[sheet][list].map(function (handler) { return Promise.resolve(handler(event)); })).then(function () {});
  }
  function plainAddress(r) { var first = letters(r.left) + r.top, last = letters(r.right) + r.bottom; return first === last ? first : first + ':' + last; }
  /** A click on a cell of the active sheet. */
  api.select = function (address) {
    var r = rect(api.active.sheet, address);
    api.active = { sheet: r.sheet, row: r.top, column: r.left };
    return fire(r.sheet, 'selectionHandlers', { address: plainAddress(r), type: 'WorksheetSelectionChanged', worksheetId: sheets[r.sheet].id });
  };
  function change(address, block, details) {
    var r = rect(api.active.sheet, address);
    var before = cell(r.sheet, r.top, r.left);
    block.forEach(function (line, i) { line.forEach(function (value, j) { setCell(r.sheet, r.top + i, r.left + j, value); }); });
    var event = { address: plainAddress(r), changeType: 'RangeEdited', source: 'Local', type: 'WorksheetChanged', worksheetId: sheets[r.sheet].id };
    if (details) event.details = { valueBefore: before, valueAfter: block[0][0], valueTypeBefore: 'String', valueTypeAfter: 'Double' };
    return fire(r.sheet, 'changeHandlers', event);
  }
  /** The expert types one value into a cell: onChanged with details. */
  api.type = function (address, value) { return change(address, [[value]], true); };
  /** A block pasted: onChanged without details (Excel gives none for a multi-cell change). */
  api.paste = function (address, block) { return change(address, block, false); };
  api.snapshot = function () {
    function sheetName(id) { var s = sheetById(id); return s ? s.name : null; }
    return {
      sheets: Object.keys(sheets).map(function (key) { var s = sheets[key]; return { name: s.name, rows: s.rows.map(function (line) { return (line || []).slice(); }), frozenRows: s.frozenRows, formats: s.formats }; }),
      tables: tables.map(function (t) { return { sheet: sheetName(t.sheetId), name: t.name, address: addressOf(Object.assign({}, t.rect, { sheet: sheetName(t.sheetId) })), style: t.style }; }),
      conditionalFormats: conditionalFormats.map(function (f) { return { sheet: sheetName(f.sheetId), address: f.address, type: f.type, formula: f.rule.formula, fill: f.fill.color }; }),
      charts: charts.map(function (c) { return { sheet: sheetName(c.sheetId), name: c.name, type: c.type, source: c.source, seriesBy: c.seriesBy, title: c.title, position: c.position }; }),
      names: names.map(function (item) { var s = sheetById(item.sheetId); return { name: item.name, formula: s ? '=' + quoted(s.name) + '!' + item.address : '=#REF!' + item.address }; }),
      images: images,
    };
  };
  api.cell = function (sheet, address) { var r = rect(sheet, address); return cell(sheet, r.top, r.left); };

  // Issue 9 (school view): whether a sheet is protected now.
  api.isProtected = function (sheet) { return sheets[sheet].protected; };
})();
`;
}
