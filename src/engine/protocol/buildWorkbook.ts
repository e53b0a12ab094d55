/**
 * The expert's protocol workbook, built with ExcelJS so that it works in plain Excel and LibreOffice, add-in
 * or not: the rules live in the sheet itself (protection, validation, conditional formatting, formulas).
 */
import ExcelJS from 'exceljs';
import { columnLetters } from '../columnLetters';
import { russianDate } from '../russianDate';
import { shareEmptyStyles } from '../emptyStyles';
import { landscapePrint } from '../printSetup';
import { NO_ANSWER_MARK, type ScoreValue, type Task } from '../scores';
import { canonicalDocument, CHECKSUM_DESCRIPTION, hmacSha256Hex, sha256Hex } from './canonical';
import { ERROR_CODES } from './errorCodes';
import {
  attentionFormulas,
  COMMENT_COLUMNS,
  differenceFormula,
  errorCodeListFormula,
  expertScoreValidationFormula,
  GENERAL_DIFFICULTIES_LABEL,
  GENERAL_OPINION_LABEL,
  META_KEYS,
  META_MARKER,
  PROTOCOL_COLUMN_KEYS,
  PROTOCOL_COLUMNS,
  PROTOCOL_SHEETS,
  PROTOCOL_TABLE_NAME,
  quoteSheet,
} from './layout';
import { PROTOCOL_FORMAT_VERSION, type ProtocolIdentity, type ProtocolSpec } from './types';
import { addEarlierScores, earlierScoreLetters } from './earlierScores';

/** One prefilled row of the grid, in sheet order. */
interface GridRow {
  row: number;
  workIndex: number;
  firstOfWork: boolean;
  schoolCode: string;
  workCode: string;
  variant: number;
  task: string;
  max: number;
  schoolScore: ScoreValue;
  earlier?: ScoreValue[];
}

/** The cell-validation API ExcelJS has but does not type (ENGINEERING.md: one rule per range). */
interface RangeValidations {
  add(range: string, rule: ExcelJS.DataValidation): void;
}

const NEUTRAL = 'Recheck';
const DIFFERENCE_FORMAT = '[Blue]+0;[Red]-0;0';
const FILL_HEADER = 'FFD9E1F2';
const BAND_FILLS = ['FFF2F2F2', 'FFE2E2E2'];
const FILL_ROW_ATTENTION = 'FFFFC7CE';
const FILL_CELL_ERROR = 'FFFF8B8B';
const FILL_MISSING = 'FFFFF2CC';
const BORDER_COLOUR = 'FFBFBFBF';
const WORK_BORDER_COLOUR = 'FF595959';

/**
 * Builds the protocol workbook of one expert's package. The checksum and the signature (HMAC with the
 * coordinator's `secret`) of the prefilled data go on the hidden sheet.
 */
export async function buildProtocolWorkbook(spec: ProtocolSpec, secret: string): Promise<Uint8Array> {
  const rows = gridRows(spec);
  if (rows.length === 0) throw new RangeError('a protocol needs at least one work with at least one task');
  // The same canonical text as prefilledDigest and signPrefilled, built once for both.
  const canonical = canonicalDocument({ identity: identityOf(spec), rows });
  const checksum = await sha256Hex(canonical);
  const signature = await hmacSha256Hex(secret, canonical);

  const workbook = new ExcelJS.Workbook();
  setNeutralProperties(workbook, spec);
  await addProtocolSheet(workbook, spec, rows);
  addEarlierScores(workbook.getWorksheet(PROTOCOL_SHEETS.protocol)!, spec, rows);
  await addCommentsSheet(workbook, spec);
  await addTotalsSheet(workbook, spec, rows);
  await addLegendSheet(workbook, spec);
  addMetaSheet(workbook, spec, rows, checksum, signature);
  shareEmptyStyles(workbook);
  // Fast deflate: the XML is repetitive, level 1 is ~2× faster to write and only a little larger.
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions);
  return new Uint8Array(buffer as ArrayBuffer);
}

export function identityOf(spec: Pick<ProtocolSpec, 'packageId' | 'expert' | 'subject' | 'grade' | 'createdAt'>): ProtocolIdentity {
  return {
    formatVersion: PROTOCOL_FORMAT_VERSION,
    packageId: spec.packageId,
    expert: spec.expert,
    subject: spec.subject,
    grade: spec.grade,
    createdAt: spec.createdAt,
  };
}

function gridRows(spec: ProtocolSpec): GridRow[] {
  const rows: GridRow[] = [];
  spec.works.forEach((work, workIndex) => {
    work.tasks.forEach((task, taskIndex) => {
      rows.push({
        row: rows.length + 2,
        workIndex,
        firstOfWork: taskIndex === 0,
        schoolCode: work.schoolCode,
        workCode: work.workCode,
        variant: work.variant,
        task: task.task,
        max: task.max,
        schoolScore: task.schoolScore,
        earlier: task.earlier,
      });
    });
  });
  return rows;
}

function scoreCell(score: ScoreValue): number | string | null {
  switch (score.kind) {
    case 'score':
      return score.value;
    case 'no-answer':
      return NO_ANSWER_MARK;
    case 'empty':
      return null;
  }
}

function setNeutralProperties(workbook: ExcelJS.Workbook, spec: ProtocolSpec): void {
  const created = new Date(spec.createdAt);
  const when = Number.isNaN(created.getTime()) ? new Date(0) : created;
  workbook.creator = NEUTRAL;
  workbook.lastModifiedBy = NEUTRAL;
  workbook.title = NEUTRAL;
  workbook.company = NEUTRAL;
  workbook.manager = '';
  workbook.subject = '';
  workbook.keywords = '';
  workbook.category = '';
  workbook.description = '';
  workbook.created = when;
  workbook.modified = when;
  workbook.calcProperties.fullCalcOnLoad = true;
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
}

function printSetup(sheet: ExcelJS.Worksheet, spec: ProtocolSpec, title: string): void {
  landscapePrint(sheet, {
    titleRows: '1:1',
    left: `${spec.subject}, ${spec.grade} класс`,
    centre: title,
    right: `Пакет ${spec.packageId}`,
    footerLeft: `Эксперт: ${spec.expert}    Подпись: ____________________    Дата: ____________`,
  });
}

const thin = (argb: string): Partial<ExcelJS.Border> => ({ style: 'thin', color: { argb } });

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

function headerStyle(): Partial<ExcelJS.Style> {
  return {
    font: { bold: true },
    fill: solid(FILL_HEADER),
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: { top: thin(BORDER_COLOUR), bottom: thin(BORDER_COLOUR), left: thin(BORDER_COLOUR), right: thin(BORDER_COLOUR) },
    protection: { locked: true },
  };
}

/** Protected, no password (the checksum and signature catch edits); filtering and resizing stay allowed. */
async function protect(sheet: ExcelJS.Worksheet): Promise<void> {
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: true,
  });
}

function expressionRule(priority: number, formula: string, argb: string): ExcelJS.ConditionalFormattingRule {
  return { type: 'expression', priority, formulae: [formula], style: { fill: solid(argb) } };
}

async function addProtocolSheet(workbook: ExcelJS.Workbook, spec: ProtocolSpec, rows: GridRow[]): Promise<void> {
  const sheet = workbook.addWorksheet(PROTOCOL_SHEETS.protocol, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'G2' }],
  });
  PROTOCOL_COLUMN_KEYS.forEach((key) => {
    sheet.getColumn(PROTOCOL_COLUMNS[key].letter).width = PROTOCOL_COLUMNS[key].width;
  });
  sheet.addTable({
    name: PROTOCOL_TABLE_NAME,
    displayName: PROTOCOL_TABLE_NAME,
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight1', showRowStripes: false, showColumnStripes: false },
    columns: PROTOCOL_COLUMN_KEYS.map((key) => ({ name: PROTOCOL_COLUMNS[key].header, filterButton: true })),
    rows: rows.map((row) => [
      row.schoolCode,
      row.workCode,
      row.variant,
      row.task,
      row.max,
      scoreCell(row.schoolScore),
      null,
      { formula: differenceFormula(row.row) },
      null,
      null,
    ]),
  });

  const header = sheet.getRow(1);
  header.height = 32;
  const style = headerStyle();
  PROTOCOL_COLUMN_KEYS.forEach((key) => {
    header.getCell(PROTOCOL_COLUMNS[key].letter).style = style;
  });

  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const row of rows) {
    const excelRow = sheet.getRow(row.row);
    PROTOCOL_COLUMN_KEYS.forEach((key) => {
      const cacheKey = `${key}|${row.workIndex % 2}|${row.firstOfWork ? 1 : 0}`;
      let cellStyle = styles.get(cacheKey);
      if (!cellStyle) {
        cellStyle = gridCellStyle(key, row.workIndex % 2, row.firstOfWork);
        styles.set(cacheKey, cellStyle);
      }
      excelRow.getCell(PROTOCOL_COLUMNS[key].letter).style = cellStyle;
    });
  }

  const first = 2;
  const last = rows.length + 1;
  const validations = (sheet as unknown as { dataValidations: RangeValidations }).dataValidations;
  validations.add(`G${first}:G${last}`, {
    type: 'custom',
    allowBlank: true,
    formulae: [expertScoreValidationFormula(first)],
    showInputMessage: true,
    promptTitle: 'Балл эксперта',
    prompt: 'Целое число от 0 до максимального балла задания (столбец «Макс. балл») или X, если ответа нет.',
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Недопустимый балл',
    error: 'Введите целое число от 0 до максимального балла задания (столбец «Макс. балл») или X (Х), если обучающийся не дал ответа.',
  });
  validations.add(`I${first}:I${last}`, {
    type: 'list',
    // Not blank-tolerant: with an empty list source Excel would then accept anything.
    allowBlank: false,
    formulae: [errorCodeListFormula(first)],
    showInputMessage: true,
    promptTitle: 'Код ошибки (1–7)',
    prompt:
      'Только при расхождении баллов. 1 — баллы при отсутствии ответа; 2 — пропуск явных ошибок; 3 — не по критериям; ' +
      '4 — исправление ответов; 5 — помощь/идентичные ответы; 6, 7 — другие (заполните «Пояснение»). Тексты — на листе «Коды ошибок».',
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Код ошибки',
    error:
      'Код ошибки — одна цифра от 1 до 7 из списка, и только если балл эксперта отличается от балла ОО. ' +
      'При совпадении баллов графа остаётся пустой.',
  });

  const rules = attentionFormulas(first);
  sheet.addConditionalFormatting({
    ref: `G${first}:G${last}`,
    rules: [expressionRule(1, rules.scoreOutOfRange, FILL_CELL_ERROR), expressionRule(7, rules.missingScore, FILL_MISSING)],
  });
  sheet.addConditionalFormatting({ ref: `I${first}:I${last}`, rules: [expressionRule(2, rules.invalidCode, FILL_CELL_ERROR)] });
  sheet.addConditionalFormatting({ ref: `J${first}:J${last}`, rules: [expressionRule(3, rules.explanationMissing, FILL_CELL_ERROR)] });
  sheet.addConditionalFormatting({
    ref: `A${first}:J${last}`,
    rules: [
      expressionRule(4, rules.invalidScore, FILL_ROW_ATTENTION),
      expressionRule(5, rules.differenceWithoutCode, FILL_ROW_ATTENTION),
      expressionRule(6, rules.codeWithoutDifference, FILL_ROW_ATTENTION),
    ],
  });

  printSetup(sheet, spec, 'Протокол перепроверки работ участников ВПР');
  await protect(sheet);
}

function gridCellStyle(key: (typeof PROTOCOL_COLUMN_KEYS)[number], band: number, firstOfWork: boolean): Partial<ExcelJS.Style> {
  const column = PROTOCOL_COLUMNS[key];
  const text = key === 'schoolCode' || key === 'workCode' || key === 'task' || key === 'explanation';
  const style: Partial<ExcelJS.Style> = {
    alignment: key === 'explanation' ? { vertical: 'top', wrapText: true } : { horizontal: 'center', vertical: 'top' },
    border: {
      top: firstOfWork ? { style: 'medium', color: { argb: WORK_BORDER_COLOUR } } : thin(BORDER_COLOUR),
      bottom: thin(BORDER_COLOUR),
      left: thin(BORDER_COLOUR),
      right: thin(BORDER_COLOUR),
    },
    protection: { locked: column.locked },
  };
  if (text) style.numFmt = '@';
  if (key === 'difference') style.numFmt = DIFFERENCE_FORMAT;
  if (column.locked) style.fill = solid(BAND_FILLS[band]);
  if (firstOfWork && (key === 'schoolCode' || key === 'workCode')) style.font = { bold: true };
  return style;
}

/** Variants with the same tasks share the comment rows. */
function commentGroups(spec: ProtocolSpec): Array<{ variants: number[]; tasks: Task[] }> {
  const byVariant = new Map<number, Task[]>();
  for (const [variant, tasks] of Object.entries(spec.variantTasks ?? {})) byVariant.set(Number(variant), tasks);
  for (const work of spec.works) {
    if (!byVariant.has(work.variant)) byVariant.set(work.variant, work.tasks.map((task) => ({ task: task.task, max: task.max })));
  }
  const groups: Array<{ key: string; variants: number[]; tasks: Task[] }> = [];
  for (const variant of [...byVariant.keys()].sort((a, b) => a - b)) {
    const tasks = byVariant.get(variant) ?? [];
    const key = JSON.stringify(tasks.map((task) => [task.task, task.max]));
    const group = groups.find((candidate) => candidate.key === key);
    if (group) group.variants.push(variant);
    else groups.push({ key, variants: [variant], tasks });
  }
  return groups;
}

async function addCommentsSheet(workbook: ExcelJS.Workbook, spec: ProtocolSpec): Promise<void> {
  const sheet = workbook.addWorksheet(PROTOCOL_SHEETS.comments, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'C2' }],
  });
  const columns = Object.values(COMMENT_COLUMNS);
  columns.forEach((column) => {
    sheet.getColumn(column.letter).width = column.width;
  });
  const header = sheet.getRow(1);
  header.height = 60;
  columns.forEach((column) => {
    const cell = header.getCell(column.letter);
    cell.value = column.header;
    cell.style = headerStyle();
  });

  const border = { top: thin(BORDER_COLOUR), bottom: thin(BORDER_COLOUR), left: thin(BORDER_COLOUR), right: thin(BORDER_COLOUR) };
  const lockedStyle: Partial<ExcelJS.Style> = {
    numFmt: '@',
    alignment: { horizontal: 'center', vertical: 'top' },
    fill: solid(BAND_FILLS[0]),
    border,
    protection: { locked: true },
  };
  const markStyle: Partial<ExcelJS.Style> = { numFmt: '@', alignment: { horizontal: 'center', vertical: 'top' }, border, protection: { locked: false } };
  const inputStyle: Partial<ExcelJS.Style> = { numFmt: '@', alignment: { vertical: 'top', wrapText: true }, border, protection: { locked: false } };

  let rowNumber = 2;
  for (const group of commentGroups(spec)) {
    for (const task of group.tasks) {
      const row = sheet.getRow(rowNumber);
      row.getCell(COMMENT_COLUMNS.variants.letter).value = group.variants.join(', ');
      row.getCell(COMMENT_COLUMNS.task.letter).value = task.task;
      row.getCell(COMMENT_COLUMNS.variants.letter).style = lockedStyle;
      row.getCell(COMMENT_COLUMNS.task.letter).style = lockedStyle;
      row.getCell(COMMENT_COLUMNS.hardest.letter).style = markStyle;
      for (const key of ['reasons', 'opinion', 'difficulties'] as const) row.getCell(COMMENT_COLUMNS[key].letter).style = inputStyle;
      rowNumber += 1;
    }
  }
  const lastTaskRow = rowNumber - 1;
  if (lastTaskRow >= 2) {
    const validations = (sheet as unknown as { dataValidations: RangeValidations }).dataValidations;
    validations.add(`C2:C${lastTaskRow}`, {
      type: 'custom',
      allowBlank: true,
      formulae: ['C2="+"'],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Отметка',
      error: 'Отметьте знаком «+» задания, вызвавшие наибольшие затруднения, или оставьте ячейку пустой.',
    });
  }

  rowNumber += 1;
  for (const label of [GENERAL_OPINION_LABEL, GENERAL_DIFFICULTIES_LABEL]) {
    sheet.mergeCells(`A${rowNumber}:B${rowNumber}`);
    sheet.mergeCells(`C${rowNumber}:F${rowNumber}`);
    const labelCell = sheet.getCell(`A${rowNumber}`);
    labelCell.value = label;
    labelCell.style = { font: { bold: true }, alignment: { vertical: 'top', wrapText: true }, fill: solid(FILL_HEADER), border, protection: { locked: true } };
    for (const letter of ['C', 'D', 'E', 'F']) sheet.getCell(`${letter}${rowNumber}`).style = inputStyle;
    sheet.getRow(rowNumber).height = 75;
    rowNumber += 1;
  }

  printSetup(sheet, spec, 'Комментарии эксперта');
  await protect(sheet);
}

async function addTotalsSheet(workbook: ExcelJS.Workbook, spec: ProtocolSpec, rows: GridRow[]): Promise<void> {
  const sheet = workbook.addWorksheet(PROTOCOL_SHEETS.totals, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  const headers = [
    ['Код ОО', 10],
    ['Код работы', 12],
    ['Вариант', 9],
    ['Заданий', 9],
    ['Оценено экспертом', 11],
    ['Макс. балл', 9],
    ['Балл ОО', 9],
    ['Балл эксперта', 10],
    ['Разница (эксперт − ОО)', 12],
    ['Заданий с расхождением', 13],
  ] as const;
  const header = sheet.getRow(1);
  header.height = 45;
  headers.forEach(([title, width], index) => {
    sheet.getColumn(index + 1).width = width;
    const cell = header.getCell(index + 1);
    cell.value = title;
    cell.style = headerStyle();
  });

  const last = rows.length + 1;
  const protocol = quoteSheet(PROTOCOL_SHEETS.protocol);
  const range = (letter: string): string => `${protocol}!$${letter}$2:$${letter}$${last}`;
  const border = { top: thin(BORDER_COLOUR), bottom: thin(BORDER_COLOUR), left: thin(BORDER_COLOUR), right: thin(BORDER_COLOUR) };
  const textStyle: Partial<ExcelJS.Style> = { numFmt: '@', alignment: { horizontal: 'center' }, border };
  const numberStyle: Partial<ExcelJS.Style> = { alignment: { horizontal: 'center' }, border };
  const differenceStyle: Partial<ExcelJS.Style> = { numFmt: DIFFERENCE_FORMAT, alignment: { horizontal: 'center' }, border };

  const earlierHeaders = spec.earlierRounds ?? [];
  const earlierLetters = earlierScoreLetters(earlierHeaders.length);
  earlierHeaders.forEach((title, index) => {
    const column = headers.length + 1 + index;
    sheet.getColumn(column).width = 12;
    const cell = header.getCell(column);
    cell.value = title;
    cell.style = headerStyle();
  });
  const columns = headers.length + earlierHeaders.length;

  const works = spec.works.filter((work) => work.tasks.length > 0);
  works.forEach((work, index) => {
    const r = index + 2;
    // Rows are matched by code, not by position, so a sorted protocol still totals right; `=` compares
    // text exactly (COUNTIF-style criteria would read '0402' as a number).
    const same = `(${range('A')}=$A${r})*(${range('B')}=$B${r})`;
    const row = sheet.getRow(r);
    const values: ExcelJS.CellValue[] = [
      work.schoolCode,
      work.workCode,
      work.variant,
      { formula: `SUMPRODUCT(${same})` } as ExcelJS.CellFormulaValue,
      { formula: `SUMPRODUCT(${same}*(${range('G')}<>""))` } as ExcelJS.CellFormulaValue,
      { formula: `SUMPRODUCT(${same},${range('E')})` } as ExcelJS.CellFormulaValue,
      { formula: `SUMPRODUCT(${same},${range('F')})` } as ExcelJS.CellFormulaValue,
      { formula: `SUMPRODUCT(${same},${range('G')})` } as ExcelJS.CellFormulaValue,
      { formula: `IF(E${r}=D${r},H${r}-G${r},"")` } as ExcelJS.CellFormulaValue,
      { formula: `SUMPRODUCT(${same}*ISNUMBER(${range('H')}),--(${range('H')}<>0))` } as ExcelJS.CellFormulaValue,
    ];
    // A third expert's protocol: each earlier expert's total beside the third's (X and «н/я» count as 0).
    for (const letter of earlierLetters) values.push({ formula: `SUMPRODUCT(${same},${range(letter)})` } as ExcelJS.CellFormulaValue);
    values.forEach((value, column) => {
      const cell = row.getCell(column + 1);
      cell.value = value;
      cell.style = column < 2 ? textStyle : column === 8 ? differenceStyle : numberStyle;
    });
  });

  const totalRow = works.length + 2;
  const lastWork = totalRow - 1;
  const total = sheet.getRow(totalRow);
  const bold = { font: { bold: true }, fill: solid(FILL_HEADER), border, alignment: { horizontal: 'center' as const } };
  total.getCell(1).value = 'Итого';
  total.getCell(2).value = { formula: `COUNTA(B2:B${lastWork})` } as ExcelJS.CellFormulaValue;
  for (let column = 4; column <= columns; column += 1) {
    const letter = columnLetters(column);
    total.getCell(column).value = { formula: `SUM(${letter}2:${letter}${lastWork})` } as ExcelJS.CellFormulaValue;
  }
  for (let column = 1; column <= columns; column += 1) {
    total.getCell(column).style = column === 9 ? { ...bold, numFmt: DIFFERENCE_FORMAT } : bold;
  }

  printSetup(sheet, spec, 'Итоги перепроверки по работам');
  await protect(sheet);
}

async function addLegendSheet(workbook: ExcelJS.Workbook, spec: ProtocolSpec): Promise<void> {
  const sheet = workbook.addWorksheet(PROTOCOL_SHEETS.legend);
  sheet.getColumn('A').width = 8;
  sheet.getColumn('B').width = 90;
  sheet.getColumn('C').width = 14;
  const header = sheet.getRow(1);
  ['Код', 'Ошибки, выявленные в ходе перепроверки', 'Нужно пояснение'].forEach((title, index) => {
    const cell = header.getCell(index + 1);
    cell.value = title;
    cell.style = headerStyle();
  });
  const border = { top: thin(BORDER_COLOUR), bottom: thin(BORDER_COLOUR), left: thin(BORDER_COLOUR), right: thin(BORDER_COLOUR) };
  ERROR_CODES.forEach((code, index) => {
    const row = sheet.getRow(index + 2);
    row.getCell(1).value = code.code;
    row.getCell(2).value = code.text;
    row.getCell(3).value = code.needsExplanation ? 'да' : '';
    row.getCell(1).style = { alignment: { horizontal: 'center', vertical: 'top' }, border, font: { bold: true } };
    row.getCell(2).style = { alignment: { vertical: 'top', wrapText: true }, border };
    row.getCell(3).style = { alignment: { horizontal: 'center', vertical: 'top' }, border };
  });

  const notes = [
    'Как заполнять протокол',
    '• «Балл эксперта» — целое число от 0 до максимального балла задания или X (Х), если обучающийся не дал ответа. X и 0 дают одинаковое число баллов.',
    '• «Расхождение» считается автоматически: балл эксперта минус балл ОО (X считается как 0).',
    '• В случае совпадения баллов, выставленных ОО и экспертом, графа «Код ошибки» остаётся пустой. При расхождении укажите код ошибки (1–7) из списка.',
    '• Для кодов 6 и 7 («Другие») обязательно заполните «Пояснение»: укажите, какие именно ошибки.',
    '• Цвета на листе «Протокол»: жёлтая ячейка — балл эксперта ещё не выставлен; светло-красная строка — расхождение без кода ошибки, код без расхождения или недопустимый балл; красная ячейка — недопустимое значение или нет пояснения.',
    '• Столбцы с данными ОО заблокированы и сверяются с контрольной суммой: не изменяйте их. Комментарии по заданиям — на листе «Комментарии», итоги по работам — на листе «Итоги».',
    '• Распечатайте протокол, подпишите и отправьте координатору файл Excel и скан подписанного протокола.',
    `Пакет: ${spec.packageId}; ${spec.subject}, ${spec.grade} класс${spec.deadline ? `; срок сдачи протокола: ${russianDate(spec.deadline)}` : ''}.`,
  ];
  notes.forEach((text, index) => {
    const rowNumber = ERROR_CODES.length + 3 + index;
    sheet.mergeCells(`A${rowNumber}:C${rowNumber}`);
    const cell = sheet.getCell(`A${rowNumber}`);
    cell.value = text;
    cell.style = { alignment: { vertical: 'top', wrapText: true }, font: index === 0 ? { bold: true } : {} };
    if (index > 0) sheet.getRow(rowNumber).height = 30;
  });

  printSetup(sheet, spec, 'Коды ошибок');
  sheet.pageSetup.printTitlesRow = undefined;
  await protect(sheet);
}

function addMetaSheet(
  workbook: ExcelJS.Workbook,
  spec: ProtocolSpec,
  rows: GridRow[],
  checksum: string,
  signature: string,
): void {
  const sheet = workbook.addWorksheet(PROTOCOL_SHEETS.meta, { state: 'veryHidden' });
  const entries: Array<[string, ExcelJS.CellValue]> = [
    [META_KEYS.format, META_MARKER],
    [META_KEYS.formatVersion, PROTOCOL_FORMAT_VERSION],
    [META_KEYS.packageId, spec.packageId],
    [META_KEYS.round, spec.round ?? 1],
    [META_KEYS.reviewer, spec.reviewer ?? 'expert'],
    [META_KEYS.expert, spec.expert],
    [META_KEYS.subject, spec.subject],
    [META_KEYS.grade, spec.grade],
    [META_KEYS.createdAt, spec.createdAt],
    [META_KEYS.deadline, spec.deadline ?? null],
    [META_KEYS.completedAt, null],
    [META_KEYS.checksum, checksum],
    [META_KEYS.signature, signature],
    [META_KEYS.algorithm, CHECKSUM_DESCRIPTION],
  ];
  entries.forEach(([key, value], index) => {
    sheet.getCell(`A${index + 1}`).value = key;
    const cell = sheet.getCell(`B${index + 1}`);
    cell.value = value;
    if (typeof value === 'string') cell.numFmt = '@';
  });
  const start = entries.length + 2;
  const header = sheet.getRow(start);
  [META_KEYS.originals, ...PROTOCOL_COLUMN_KEYS.slice(0, 6).map((key) => PROTOCOL_COLUMNS[key].header)].forEach((title, index) => {
    header.getCell(index + 1).value = title;
  });
  const textStyle: Partial<ExcelJS.Style> = { numFmt: '@' };
  rows.forEach((row, index) => {
    const excelRow = sheet.getRow(start + 1 + index);
    excelRow.values = [row.row, row.schoolCode, row.workCode, row.variant, row.task, row.max, scoreCell(row.schoolScore)];
    for (const column of [2, 3, 5]) excelRow.getCell(column).style = textStyle;
  });
  // Not protected: the add-in writes completedAt here; the checksum covers what matters.
}
