/**
 * School score sheets for tests and realistic archives: a workbook shaped like the ФИС ОКО «форма сбора
 * результатов» (sheet `Протокол`, header in row 1, one row per participant, pre-sized empty rows with an
 * `Итого баллов` formula, list validations bound to the rows, dropdown sheets `Служебный` and `Порядковый
 * номер класса`), with switches for the variations schools produce: `Код` instead of `Код участника`, two-part
 * variants, a ФИО column, a title block above the header, a whole-column validation, arbitrary cell values.
 *
 * Test-only (uses Node's Buffer through ExcelJS); independent of the reader in src/engine/scoreSheets.
 */
import ExcelJS from 'exceljs';

/** Tasks of the real 2026 English, grade 8 form (structure.txt). */
export const ENGLISH_8_TASKS = ['1 (5б)', '2 (5б)', '3 (5б)', '4К1 (3б)', '4К2 (2б)', '4К3 (3б)', '4К4 (2б)'];
export const DEFAULT_TRAILING_COLUMNS = [
  'Порядковый номер класса',
  'Отметка за предыдущий триместр/ четверть/полугодие',
  'Итого баллов',
];

export interface ScoreSheetRow {
  /**
   * Written as a number when it is a number (as schools type it), as text when a string; any other cell
   * value (a formula, a hyperlink) as given. Omit for no code.
   */
  code?: ExcelJS.CellValue;
  /** A number, or any text (`отсутствовал`, `1 вариант`…), or any cell value. Ignored when `absent`. */
  variant?: ExcelJS.CellValue;
  /** Second-part variant, for a sheet with `twoPart`. */
  variantPart2?: ExcelJS.CellValue;
  /** Writes `отсутствовал` into the variant column (and part 2 stays empty). */
  absent?: boolean;
  /**
   * Task cells: an array in task order, or a record keyed by the task's header (`4К1 (3б)`) or by its label
   * before the maximum (`4К1`). Any ExcelJS cell value: 2, 'X', 'Х', '1,5', { formula, result }…
   */
  scores?: readonly ExcelJS.CellValue[] | Readonly<Record<string, ExcelJS.CellValue>>;
  /** The ФИО cell, for a sheet with `fioColumn`. */
  name?: string;
  /** Other cells by header text, e.g. { 'Пол': 'м' }. */
  extra?: Readonly<Record<string, ExcelJS.CellValue>>;
}

export interface ScoreSheetOptions {
  /** Default `Протокол`. */
  sheetName?: string;
  /** Header of the code column: `Код участника` (default) or the older `Код`, or any typed variant. */
  codeHeader?: string;
  /** Header of the variant column (default `Вариант`); ignored with `twoPart`. */
  variantHeader?: string;
  /**
   * A two-part test: `Вариант (часть 1)` after the code and `Вариант (часть 2)` just before the task at
   * index `part2BeforeTask` (as in the 2025 form, before task 7).
   */
  twoPart?: { part2BeforeTask: number; part1Header?: string; part2Header?: string };
  /** Task headers with maxima, in column order (default: the 2026 English, grade 8 form). */
  tasks?: readonly string[];
  /** Non-task columns after the tasks (default: class number, previous mark, `Итого баллов`). */
  trailingColumns?: readonly string[];
  /** Adds a personal-data column right after the code: `true` → `ФИО`, a string → that header. */
  fioColumn?: boolean | string;
  rows?: readonly ScoreSheetRow[];
  /**
   * The form's row count below the header (default: the number of rows). The rows beyond the data are
   * empty but formatted, with the `Итого баллов` formula (result 0) as in the real form.
   */
  presizedRows?: number;
  /** Lines of a title block above the header (the header row then is `titleRows.length + 2`). */
  titleRows?: readonly string[];
  /**
   * `ranges` (default): list/whole validations bound to the form's rows, like the real form; `whole-column`:
   * the same rules on whole columns (`B:B`); `none`.
   */
  validations?: 'ranges' | 'whole-column' | 'none';
  /** Arbitrary cells written last, by address: { 'C5': { richText: [{ text: '2' }] } }. */
  cells?: Readonly<Record<string, ExcelJS.CellValue>>;
  /** Sheet visibility (default visible). */
  state?: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookOptions {
  /** Adds the dropdown sheets `Служебный` and `Порядковый номер класса` (default true). */
  serviceSheets?: boolean;
  /** Further plain sheets: name and rows of values from A1. */
  extraSheets?: ReadonlyArray<{ name: string; rows: readonly (readonly ExcelJS.CellValue[])[] }>;
}

const NAME_HEADER = 'ФИО';

function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function taskLabel(header: string): string {
  return header.replace(/\(.*$/, '').trim();
}

type Column =
  | { kind: 'code' | 'variant' | 'variant2' | 'name'; header: string }
  | { kind: 'task'; header: string; index: number }
  | { kind: 'other'; header: string };

function layout(options: ScoreSheetOptions): Column[] {
  const tasks = options.tasks ?? ENGLISH_8_TASKS;
  const columns: Column[] = [{ kind: 'code', header: options.codeHeader ?? 'Код участника' }];
  if (options.fioColumn) columns.push({ kind: 'name', header: typeof options.fioColumn === 'string' ? options.fioColumn : NAME_HEADER });
  columns.push({
    kind: 'variant',
    header: options.twoPart ? (options.twoPart.part1Header ?? 'Вариант (часть 1)') : (options.variantHeader ?? 'Вариант'),
  });
  tasks.forEach((header, index) => {
    if (options.twoPart && options.twoPart.part2BeforeTask === index) {
      columns.push({ kind: 'variant2', header: options.twoPart.part2Header ?? 'Вариант (часть 2)' });
    }
    columns.push({ kind: 'task', header, index });
  });
  for (const header of options.trailingColumns ?? DEFAULT_TRAILING_COLUMNS) columns.push({ kind: 'other', header });
  return columns;
}

function scoreFor(row: ScoreSheetRow, header: string, index: number): ExcelJS.CellValue | undefined {
  const scores = row.scores;
  if (!scores) return undefined;
  if (Array.isArray(scores)) return (scores as readonly ExcelJS.CellValue[])[index];
  const record = scores as Readonly<Record<string, ExcelJS.CellValue>>;
  return header in record ? record[header] : record[taskLabel(header)];
}

function addProtocolSheet(workbook: ExcelJS.Workbook, options: ScoreSheetOptions): void {
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Протокол', { state: options.state ?? 'visible' });
  const columns = layout(options);
  const rows = options.rows ?? [];
  const titleRows = options.titleRows ?? [];
  const headerRow = titleRows.length ? titleRows.length + 2 : 1;
  titleRows.forEach((text, i) => (sheet.getCell(i + 1, 1).value = text));

  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
  };
  columns.forEach((column, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = border;
  });

  const totalColumn = columns.findIndex((c) => c.kind === 'other' && /итого/i.test(c.header)) + 1;
  const taskColumns = columns.map((c, i) => (c.kind === 'task' ? i + 1 : 0)).filter((c) => c > 0);
  const size = Math.max(options.presizedRows ?? rows.length, rows.length);

  for (let i = 0; i < size; i++) {
    const r = headerRow + 1 + i;
    const data = rows[i];
    const excelRow = sheet.getRow(r);
    columns.forEach((column, c) => {
      const cell = excelRow.getCell(c + 1);
      cell.border = border;
      if (!data) return;
      let value: ExcelJS.CellValue | undefined;
      switch (column.kind) {
        case 'code':
          value = data.code ?? undefined;
          break;
        case 'name':
          value = data.name;
          break;
        case 'variant':
          value = data.absent ? 'отсутствовал' : (data.variant ?? undefined);
          break;
        case 'variant2':
          value = data.absent ? undefined : (data.variantPart2 ?? undefined);
          break;
        case 'task':
          value = scoreFor(data, column.header, column.index);
          break;
        case 'other':
          value = data.extra?.[column.header];
          break;
      }
      if (value !== undefined && value !== null) cell.value = value;
    });
    if (totalColumn > 0 && taskColumns.length) {
      const first = taskColumns[0];
      const refs = taskColumns.map((c) => `${columnLetter(c)}${r}`).join(',');
      const result = data ? taskColumns.reduce((sum, c) => {
        const v = excelRow.getCell(c).value;
        return sum + (typeof v === 'number' ? v : 0);
      }, 0) : 0;
      excelRow.getCell(totalColumn).value = {
        formula: `IF(LEN(${columnLetter(first)}${r})>0, SUM(${refs}), 0)`,
        result,
      } as ExcelJS.CellFormulaValue;
    }
  }

  for (const [address, value] of Object.entries(options.cells ?? {})) sheet.getCell(address).value = value;

  const validations = options.validations ?? 'ranges';
  if (validations !== 'none' && size > 0) {
    const first = headerRow + 1;
    const last = headerRow + size;
    const range = (col: number): string =>
      validations === 'whole-column' ? `${columnLetter(col)}1:${columnLetter(col)}1048576` : `${columnLetter(col)}${first}:${columnLetter(col)}${last}`;
    // One rule per range (exceljs#2820); the model is keyed by address but a range key is written as sqref.
    const add = (address: string, rule: ExcelJS.DataValidation): void => {
      (sheet as unknown as { dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void } })
        .dataValidations.add(address, rule);
    };
    columns.forEach((column, i) => {
      const col = i + 1;
      if (column.kind === 'code') {
        add(range(col), { type: 'whole', operator: 'between', allowBlank: true, showErrorMessage: true, formulae: [40001, 41500] });
      } else if (column.kind === 'variant' || column.kind === 'variant2') {
        add(range(col), { type: 'list', allowBlank: true, showErrorMessage: true, formulae: ['Служебный!$A$1:$A$3'] });
      } else if (column.kind === 'task') {
        add(range(col), { type: 'list', allowBlank: true, showErrorMessage: true, formulae: ['Служебный!$B$1:$B$7'] });
      }
    });
  }
}

/** A workbook with one or more protocol sheets (in order) and, by default, the form's dropdown sheets. */
export async function makeScoreWorkbook(sheets: readonly ScoreSheetOptions[], options: WorkbookOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ФИС ОКО';
  for (const sheet of sheets) addProtocolSheet(workbook, sheet);
  if (options.serviceSheets ?? true) {
    const service = workbook.addWorksheet('Служебный', { state: 'hidden' });
    const lists: ExcelJS.CellValue[][] = [
      [1, 2, 'отсутствовал'],
      [5, 4, 3, 2, 1, 0, 'X'],
      [3, 2, 1, 0, 'X'],
      [5, 4, 3, 2, 'нет отметки'],
    ];
    lists.forEach((list, c) => list.forEach((value, r) => (service.getCell(r + 1, c + 1).value = value)));
    const classes = workbook.addWorksheet('Порядковый номер класса', { state: 'hidden' });
    for (let i = 1; i <= 50; i++) classes.getCell(i, 1).value = i;
  }
  for (const extra of options.extraSheets ?? []) {
    const sheet = workbook.addWorksheet(extra.name);
    extra.rows.forEach((row, r) => row.forEach((value, c) => {
      if (value !== undefined && value !== null) sheet.getCell(r + 1, c + 1).value = value;
    }));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** One protocol sheet in a workbook shaped like the ФИС ОКО form. */
export function makeScoreSheet(options: ScoreSheetOptions = {}, workbookOptions: WorkbookOptions = {}): Promise<Uint8Array> {
  return makeScoreWorkbook([options], workbookOptions);
}

/**
 * `count` participants with codes from `firstCode`, variants alternating 1/2, and scores cycling through
 * 0…max of each task (with an `X` now and then): plausible data for big forms and benchmarks.
 */
export function sampleRows(count: number, tasks: readonly string[] = ENGLISH_8_TASKS, firstCode = 40001): ScoreSheetRow[] {
  const maxima = tasks.map((t) => Number(/\((\d+)/.exec(t)?.[1] ?? 1));
  return Array.from({ length: count }, (_, i) => ({
    code: firstCode + i,
    variant: (i % 2) + 1,
    scores: maxima.map((max, t) => ((i + t) % 7 === 6 ? 'X' : (i + t) % (max + 1))),
  }));
}

/**
 * A minimal OLE compound file (the container of `.xls` and of password-protected `.xlsx`) whose directory
 * holds streams with the given names and no data: enough for anything that looks only at the directory.
 * `['Workbook']` looks like an `.xls`; `['EncryptionInfo', 'EncryptedPackage']` like an encrypted `.xlsx`.
 */
export function makeOleContainer(streamNames: readonly string[]): Uint8Array {
  const SECTOR = 512;
  const entries = ['Root Entry', ...streamNames];
  const dirSectors = Math.ceil(entries.length / 4);
  const bytes = new Uint8Array(SECTOR * (2 + dirSectors));
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(24, 0x003e, true); // minor version
  view.setUint16(26, 0x0003, true); // major version 3 (512-byte sectors)
  view.setUint16(28, 0xfffe, true); // little-endian
  view.setUint16(30, 9, true); // sector shift
  view.setUint16(32, 6, true); // mini sector shift
  view.setUint32(44, 1, true); // number of FAT sectors
  view.setUint32(48, 1, true); // first directory sector
  view.setUint32(56, 4096, true); // mini stream cutoff
  view.setUint32(60, 0xfffffffe, true); // no mini FAT
  view.setUint32(68, 0xfffffffe, true); // no DIFAT sectors
  view.setUint32(76, 0, true); // DIFAT[0]: FAT in sector 0
  for (let i = 1; i < 109; i++) view.setUint32(76 + i * 4, 0xffffffff, true);
  // FAT (sector 0 at file offset 512): sector 0 is the FAT itself, then the directory chain.
  const fat = SECTOR;
  for (let i = 0; i < SECTOR / 4; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true);
  for (let s = 0; s < dirSectors; s++) view.setUint32(fat + (1 + s) * 4, s === dirSectors - 1 ? 0xfffffffe : 2 + s, true);
  // Directory: entries in a flat chain of right siblings under the root.
  const dir = 2 * SECTOR;
  entries.forEach((name, i) => {
    const at = dir + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(at + c * 2, name.charCodeAt(c), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = i === 0 ? 5 : 2; // root storage / stream
    bytes[at + 67] = 1; // black
    view.setUint32(at + 68, 0xffffffff, true); // left sibling
    view.setUint32(at + 72, i > 0 && i < entries.length - 1 ? i + 1 : 0xffffffff, true); // right sibling
    view.setUint32(at + 76, i === 0 && entries.length > 1 ? 1 : 0xffffffff, true); // child
    view.setUint32(at + 116, 0xfffffffe, true); // start sector
  });
  for (let i = entries.length; i < dirSectors * 4; i++) {
    const at = dir + i * 128;
    view.setUint32(at + 68, 0xffffffff, true);
    view.setUint32(at + 72, 0xffffffff, true);
    view.setUint32(at + 76, 0xffffffff, true);
  }
  return bytes;
}
