/**
 * Reading a school's score sheet (ФИС ОКО «форма сбора результатов», or a school's own copy of it) into rows
 * of participant code, variant and task scores.
 *
 * The table is found by content: on any sheet, within the first 30 rows, a row with `Код участника` (older:
 * `Код`) and `Вариант` (or `Вариант (часть 1)`); a second header row right below may carry the task headers
 * (a merged «Баллы за задания» above them). Every column is then placed by its header text.
 *
 * Which sheet, when several have such a table (the 2025 form ships `Протокол` and `Протокол_2`): the one with
 * tasks and participant rows, preferring a sheet named `Протокол`, then a name starting with `Протокол`, then
 * workbook order. In the real file `Протокол_2` is a leftover copy of the same class (same codes and scores,
 * without the `Вариант (часть 2)` column), so it is compared with the sheet read and reported
 * (`other-score-sheet`) only when it differs — other participants, other scores or variants — since then one of
 * the two is wrong and only the school can say which. An empty copy of the form is ignored. When `Протокол`
 * itself is the untouched form and the school typed into a copy, the copy is read.
 *
 * ExcelJS on read expands every data-validation range (and defined name) into one entry per cell: a whole-column
 * rule (`A1:A1048576`) makes `load` run for minutes. The reader needs neither, so worksheet nodes it does not use
 * are skipped (`ignoreNodes`) and defined names are not expanded (see `loadWorkbook`). The pre-sized form's
 * empty cells are dropped before ExcelJS sees them (`withoutEmptyCells`).
 */
import ExcelJS from 'exceljs';
import { columnLetters } from '../columnLetters';
import { makeProblem, type Problem, type ProblemFacts } from '../problems';
import type { ScoreValue, Task } from '../scores';
import { cellText, describeValue, isAbsentMarker, isBlank, parseCode, parseScoreCell, parseVariant } from './cells';
import { classifyHeader, displayHeader, normaliseHeader, parseTaskHeader } from './headers';
import type { ScoreSheet, ScoreSheetResult, SheetRow, SheetSource } from './types';
import { withoutEmptyCells } from './withoutEmptyCells';
import { workbookKind } from './workbookKind';

/** How far down a sheet the header row is looked for (ФИС ОКО exports put it in row 8 under a title block). */
export const HEADER_SEARCH_ROWS = 30;

/** Worksheet parts the reader never looks at; `dataValidations` is the one that blows up. */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'mergeCells',
  'hyperlinks',
  'drawing',
  'picture',
  'tableParts',
  'rowBreaks',
  'headerFooter',
  'pageSetup',
  'printOptions',
  'pageMargins',
  'autoFilter',
  'sheetProtection',
];

interface TaskColumn {
  col: number;
  task: Task;
}

interface Layout {
  sheetName: string;
  order: number;
  headerRow: number;
  dataStart: number;
  codeCol: number;
  codeHeader: string;
  variantCol: number;
  variantHeader: string;
  variant2Col: number | null;
  variant2Header: string;
  tasks: TaskColumn[];
  personalColumns: string[];
  ignoredColumns: string[];
  unknownColumns: Array<{ col: number; header: string; duplicateOf?: { task: string; header: string } }>;
}

interface ParsedSheet {
  layout: Layout;
  sheet: ScoreSheet;
  problems: Problem[];
}

// ---------------------------------------------------------------------------------------------------------
// Loading

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) {
    return bytes.buffer;
  }
  return bytes.slice().buffer as ArrayBuffer;
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // Defined names are expanded cell by cell when the workbook model is set (a name over a whole column costs
  // seconds); the reader does not use them, so this workbook drops them.
  Object.defineProperty(workbook.definedNames, 'model', {
    configurable: true,
    get: () => [],
    set: () => undefined,
  });
  const load = workbook.xlsx.load as unknown as (data: ArrayBuffer, options: { ignoreNodes: string[] }) => Promise<unknown>;
  await load.call(workbook.xlsx, toArrayBuffer(bytes), { ignoreNodes: IGNORED_NODES });
  return workbook;
}

function shortReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0].trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

// ---------------------------------------------------------------------------------------------------------
// Addresses

/** `Протокол!E7`; a sheet name with spaces or punctuation, or starting with a digit, is quoted: `'8 класс'!E7`. */
export function cellReference(sheetName: string, row: number, col: number): string {
  const sheet = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${sheet}!${columnLetters(col)}${row}`;
}

// ---------------------------------------------------------------------------------------------------------
// Finding the table

function rowTexts(sheet: ExcelJS.Worksheet, r: number): Map<number, string> {
  const texts = new Map<number, string>();
  const row = sheet.findRow(r);
  if (!row) return texts;
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    const text = cellText(cell.value);
    if (text.trim()) texts.set(col, text);
  });
  return texts;
}

function findLayout(sheet: ExcelJS.Worksheet, order: number): { layout: Layout | null; personalSeen: boolean } {
  let personalSeen = false;
  const last = Math.min(HEADER_SEARCH_ROWS, sheet.rowCount);
  for (let r = 1; r <= last; r++) {
    const texts = rowTexts(sheet, r);
    if (texts.size < 2) continue;
    const roles = new Map([...texts].map(([col, text]) => [col, classifyHeader(text)] as const));
    if ([...roles.values()].some((role) => role.kind === 'personal')) personalSeen = true;
    const codeCols = [...roles].filter(([, role]) => role.kind === 'code').map(([col]) => col);
    const variants = [...roles].flatMap(([col, role]) => (role.kind === 'variant' ? [{ col, part: role.part }] : []));
    const variant1 = variants.find((v) => v.part === 1) ?? variants.find((v) => v.part === null);
    if (!codeCols.length || !variant1) continue;

    // `Код участника` wins over a plain `Код` when a sheet has both.
    const codeCol = codeCols.find((col) => normaliseHeader(texts.get(col) ?? '') !== 'код') ?? codeCols[0];
    const variant2 = variants.find((v) => v.part === 2 && v.col !== variant1.col);
    const layout: Layout = {
      sheetName: sheet.name,
      order,
      headerRow: r,
      dataStart: r + 1,
      codeCol,
      codeHeader: displayHeader(texts.get(codeCol) ?? ''),
      variantCol: variant1.col,
      variantHeader: displayHeader(texts.get(variant1.col) ?? ''),
      variant2Col: variant2?.col ?? null,
      variant2Header: variant2 ? displayHeader(texts.get(variant2.col) ?? '') : '',
      tasks: [],
      personalColumns: [],
      ignoredColumns: [],
      unknownColumns: [],
    };

    // A second header row: task headers under a merged «Баллы за задания».
    const below = rowTexts(sheet, r + 1);
    const subTasks = [...below].filter(([col, text]) => {
      const role = roles.get(col)?.kind;
      return role !== 'code' && role !== 'variant' && role !== 'task' && parseTaskHeader(text) !== null;
    });
    if (subTasks.length) {
      for (const [col, text] of subTasks) {
        texts.set(col, text);
        roles.set(col, classifyHeader(text));
      }
      layout.dataStart = r + 2;
    }

    const seenTasks = new Map<string, string>();
    for (const col of [...texts.keys()].sort((a, b) => a - b)) {
      const role = roles.get(col)!;
      const header = displayHeader(texts.get(col)!);
      if (col === codeCol || col === variant1.col || col === variant2?.col) continue;
      switch (role.kind) {
        case 'task': {
          const first = seenTasks.get(role.task.task);
          if (first !== undefined) {
            layout.unknownColumns.push({ col, header, duplicateOf: { task: role.task.task, header: first } });
            layout.ignoredColumns.push(header);
          } else {
            seenTasks.set(role.task.task, header);
            layout.tasks.push({ col, task: role.task });
          }
          break;
        }
        case 'personal':
          layout.personalColumns.push(header);
          break;
        case 'unknown':
          layout.unknownColumns.push({ col, header });
          layout.ignoredColumns.push(header);
          break;
        default:
          // A second code or variant column, or a known non-task column.
          layout.ignoredColumns.push(header);
      }
    }
    return { layout, personalSeen };
  }
  return { layout: null, personalSeen };
}

// ---------------------------------------------------------------------------------------------------------
// Reading the rows

function readRows(sheet: ExcelJS.Worksheet, layout: Layout, source: SheetSource): ParsedSheet {
  const problems: Problem[] = [];
  const rows: SheetRow[] = [];
  const firstRowOf = new Map<string, SheetRow>();
  const unknownWithData = new Set<number>();
  const twoPart = layout.variant2Col !== null;
  const problem = (facts: ProblemFacts, row?: number, col?: number): Problem => {
    const made = makeProblem(source.archive, source.path, facts);
    if (row !== undefined && col !== undefined) made.cell = cellReference(layout.sheetName, row, col);
    return made;
  };

  sheet.eachRow((row, r) => {
    if (r < layout.dataStart) return;
    const value = (col: number): unknown => row.findCell(col)?.value;
    const variantValue = value(layout.variantCol);
    const variant2Value = twoPart ? value(layout.variant2Col!) : undefined;
    const taskValues = layout.tasks.map((t) => value(t.col));
    for (const unknown of layout.unknownColumns) if (!isBlank(value(unknown.col))) unknownWithData.add(unknown.col);
    const hasData = !isBlank(variantValue) || !isBlank(variant2Value) || taskValues.some((v) => !isBlank(v));

    const parsedCode = parseCode(value(layout.codeCol));
    if (parsedCode === 'empty' || parsedCode === 'bad') {
      // Rows of the pre-sized form, footers and group rows carry no data and are not data; a row with scores is.
      if (hasData) {
        problems.push(problem({ problem: parsedCode === 'empty' ? 'missing-code' : 'bad-code', row: r, header: layout.codeHeader }, r, layout.codeCol));
      }
      return;
    }
    const code = parsedCode.code;
    // The row's own findings; dropped when the row turns out to repeat a code (only the repeat is reported).
    const found: Problem[] = [];
    const add = (facts: ProblemFacts, col: number): void => {
      found.push(problem(facts, r, col));
    };

    const absent =
      isAbsentMarker(variantValue) || isAbsentMarker(variant2Value) || taskValues.some((v) => isAbsentMarker(v));
    const scores: Record<string, ScoreValue> = {};
    let firstScored: number | null = null;
    layout.tasks.forEach(({ col, task }, i) => {
      const cell = taskValues[i];
      if (isAbsentMarker(cell)) {
        scores[task.task] = { kind: 'empty' };
        return;
      }
      const parsed = parseScoreCell(cell, task.max);
      if ('problem' in parsed) {
        scores[task.task] = { kind: 'empty' };
        add({ problem: parsed.problem, participant: code, task: task.task, max: task.max, value: describeValue(cell) }, col);
        if (firstScored === null) firstScored = col;
        return;
      }
      scores[task.task] = parsed.value;
      if (parsed.value.kind !== 'empty' && firstScored === null) firstScored = col;
    });

    const readVariant = (cellValue: unknown, col: number, header: string): number | null => {
      const parsed = parseVariant(cellValue);
      if (typeof parsed === 'object') return parsed.variant;
      if (!absent) {
        add(parsed === 'bad' ? { problem: 'bad-variant', participant: code, header, value: describeValue(cellValue) } : { problem: 'bad-variant', participant: code, header }, col);
      }
      return null;
    };
    const sheetRow: SheetRow = {
      row: r,
      code,
      variant: readVariant(variantValue, layout.variantCol, layout.variantHeader),
      absent,
      scores,
    };
    if (twoPart) sheetRow.variantPart2 = readVariant(variant2Value, layout.variant2Col!, layout.variant2Header);
    if (absent && firstScored !== null) add({ problem: 'scores-for-absent', participant: code }, firstScored);

    const first = firstRowOf.get(code);
    if (first) {
      const facts = { problem: 'duplicate-row', participant: code, row: r, otherRow: first.row, identical: sameRow(first, sheetRow) } as const;
      problems.push(problem(facts, r, layout.codeCol));
      return;
    }
    problems.push(...found);
    firstRowOf.set(code, sheetRow);
    rows.push(sheetRow);
  });

  for (const unknown of layout.unknownColumns) {
    if (unknownWithData.has(unknown.col)) {
      problems.push(
        problem(
          unknown.duplicateOf ? { problem: 'unknown-column', header: unknown.header, duplicateOf: unknown.duplicateOf } : { problem: 'unknown-column', header: unknown.header },
          layout.headerRow,
          unknown.col,
        ),
      );
    }
  }

  const sheetData: ScoreSheet = {
    source,
    sheetName: layout.sheetName,
    headerRow: layout.headerRow,
    tasks: layout.tasks.map((t) => ({ ...t.task })),
    rows,
    personalColumns: layout.personalColumns,
    ignoredColumns: layout.ignoredColumns,
  };
  return { layout, sheet: sheetData, problems };
}

function sameScore(a: ScoreValue | undefined, b: ScoreValue | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind !== b.kind) return false;
  return a.kind !== 'score' || (b.kind === 'score' && a.value === b.value);
}

function sameRow(a: SheetRow, b: SheetRow, part2 = true): boolean {
  if (a.absent !== b.absent || a.variant !== b.variant) return false;
  if (part2 && a.variantPart2 !== b.variantPart2) return false;
  const tasks = new Set([...Object.keys(a.scores), ...Object.keys(b.scores)]);
  return [...tasks].every((task) => sameScore(a.scores[task], b.scores[task]));
}

// ---------------------------------------------------------------------------------------------------------
// Several tables in one workbook

interface SheetDifference {
  onlyOther: string[];
  onlyRead: string[];
  differing: string[];
}

/** How `other` differs from the sheet read, by participant codes; null when it holds the same data. */
function describeDifference(read: ScoreSheet, other: ScoreSheet): SheetDifference | null {
  const readByCode = new Map(read.rows.map((row) => [row.code, row]));
  const otherByCode = new Map(other.rows.map((row) => [row.code, row]));
  const onlyOther = other.rows.filter((row) => !readByCode.has(row.code)).map((row) => row.code);
  const onlyRead = read.rows.filter((row) => !otherByCode.has(row.code)).map((row) => row.code);
  const commonTasks = new Set(
    read.tasks.filter((t) => other.tasks.some((o) => o.task === t.task && o.max === t.max)).map((t) => t.task),
  );
  const differing = other.rows
    .filter((row) => {
      const mine = readByCode.get(row.code);
      if (!mine) return false;
      const pick = (r: SheetRow): SheetRow => ({
        ...r,
        scores: Object.fromEntries(Object.entries(r.scores).filter(([task]) => commonTasks.has(task))),
      });
      return !sameRow(pick(mine), pick(row), false);
    })
    .map((row) => row.code);
  return onlyOther.length || onlyRead.length || differing.length ? { onlyOther, onlyRead, differing } : null;
}

function preference(parsed: ParsedSheet): number[] {
  const name = normaliseHeader(parsed.sheet.sheetName);
  return [
    parsed.sheet.tasks.length ? 0 : 1,
    parsed.sheet.rows.length ? 0 : 1,
    name === 'протокол' ? 0 : 1,
    name.startsWith('протокол') ? 0 : 1,
    parsed.layout.order,
  ];
}

function compareParsed(a: ParsedSheet, b: ParsedSheet): number {
  const pa = preference(a);
  const pb = preference(b);
  for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Reads a school's score sheet from the bytes of an `.xlsx`. Never throws for a bad file: an old `.xls`, a
 * password-protected workbook, a damaged file, a workbook without the table or without tasks come back as
 * `{ ok: false, problems }`; cell-level findings come with `{ ok: true }` as problems that carry the cell.
 */
export async function readScoreSheet(bytes: Uint8Array, source: SheetSource): Promise<ScoreSheetResult> {
  const fail = (facts: ProblemFacts): ScoreSheetResult => ({ ok: false, problems: [makeProblem(source.archive, source.path, facts)] });

  switch (workbookKind(bytes)) {
    case 'empty':
      return fail({ problem: 'broken-workbook', reason: 'empty-file' });
    case 'old-excel':
      return fail({ problem: 'old-excel' });
    case 'encrypted-workbook':
      return fail({ problem: 'encrypted-workbook' });
    case 'ole-unknown':
      return fail({ problem: 'broken-workbook', reason: 'old-office-format' });
    case 'other':
      return fail({ problem: 'broken-workbook', reason: 'not-xlsx' });
    case 'xlsx':
      break;
  }

  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbook(await withoutEmptyCells(bytes));
  } catch (error) {
    return fail({ problem: 'broken-workbook', reason: 'read-error', detail: shortReason(error) });
  }

  const parsed: ParsedSheet[] = [];
  let personalSeen = false;
  let order = 0;
  for (const sheet of workbook.worksheets) {
    const found = findLayout(sheet, order++);
    personalSeen ||= found.personalSeen;
    if (found.layout) parsed.push(readRows(sheet, found.layout, source));
  }
  if (!parsed.length) return fail({ problem: 'unknown-layout', personalData: personalSeen });

  parsed.sort(compareParsed);
  const [chosen, ...others] = parsed;
  if (!chosen.sheet.tasks.length) return fail({ problem: 'no-tasks', sheet: chosen.sheet.sheetName });

  const problems = [...chosen.problems];
  for (const other of others) {
    if (!other.sheet.rows.length) continue;
    const difference = describeDifference(chosen.sheet, other.sheet);
    if (difference) {
      problems.push(makeProblem(source.archive, source.path, {
        problem: 'other-score-sheet',
        sheet: other.sheet.sheetName,
        otherSheet: chosen.sheet.sheetName,
        ...difference,
      }));
    }
  }
  return { ok: true, sheet: chosen.sheet, problems };
}
