/**
 * The check protocol a checking school's commission fills (ExcelJS; works without the add-in): a row per work —
 * classroom file, first and last page (prefilled from the proposed split), participant code (typed from the
 * answer sheet), variant, a column per task with its maximum in the header, the total as a formula. The rules
 * are the sheet's own: validation (0…max or X, codes of 4–6 digits, page ranges inside the file and not
 * overlapping), conditional formatting for what is missing. A hidden sheet holds the checksum and signature.
 */
import ExcelJS from 'exceljs';
import { shareEmptyStyles } from '../emptyStyles';
import { landscapePrint } from '../printSetup';
import type { Task } from '../scores';
import {
  CHECK_COLUMNS,
  CHECK_META_KEYS,
  CHECK_PROTOCOL_MARKER,
  CHECK_PROTOCOL_VERSION,
  CHECK_SHEETS,
  checkFormulas,
  FILE_COLUMNS,
  FIRST_TASK_COLUMN,
  proposeSplit,
  SPARE_ROWS,
  TOTAL_HEADER,
  taskHeader,
  taskLetter,
} from './checkProtocolLayout';
import { CHECK_CHECKSUM_DESCRIPTION, checkProtocolChecksum, checkProtocolSignature, type CheckProtocolIdentity } from './checkProtocolDigest';

export interface CheckProtocolFile {
  /** The file's name in the package (ciphered): `Ш-417 6А.pdf`. */
  file: string;
  cipher: string;
  class: string;
  pages: number;
  /** As the school declared; null when unknown (one row for the whole file). */
  works: number | null;
}

export interface CheckProtocolSpec {
  packageId: string;
  /** The checking school's cipher (never its name). */
  checker: string;
  subject: string;
  grade: number;
  createdAt: string;
  deadline?: string;
  tasks: Task[];
  files: CheckProtocolFile[];
}

const FILL_HEADER = 'FFDDEBF7';
const FILL_LOCKED = 'FFF2F2F2';
const FILL_MISSING = 'FFFFF2CC';
const FILL_ERROR = 'FFF8CBAD';

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

function rule(priority: number, formula: string, argb: string): ExcelJS.ConditionalFormattingRule {
  return { type: 'expression', priority, formulae: [formula], style: { fill: solid(argb) } };
}

export function identityOf(spec: CheckProtocolSpec): CheckProtocolIdentity {
  return {
    version: CHECK_PROTOCOL_VERSION,
    packageId: spec.packageId,
    checker: spec.checker,
    subject: spec.subject,
    grade: spec.grade,
    createdAt: spec.createdAt,
    files: spec.files.map((f) => ({ file: f.file, pages: f.pages, works: f.works ?? '' })),
    tasks: spec.tasks.map((t) => ({ task: t.task, max: t.max })),
  };
}

export async function buildCheckProtocol(spec: CheckProtocolSpec, secret: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // Nothing of a school in the workbook's properties.
  workbook.creator = 'Recheck';
  workbook.lastModifiedBy = 'Recheck';
  workbook.title = 'Протокол проверки';
  workbook.company = '';
  workbook.created = new Date(spec.createdAt);
  workbook.modified = new Date(spec.createdAt);
  workbook.calcProperties.fullCalcOnLoad = true;

  const rows = spec.files.flatMap((file) => proposeSplit(file.pages, file.works).map((range) => ({ file: file.file, ...range })));
  const first = 2;
  const last = first + rows.length + SPARE_ROWS - 1;
  const lastFileRow = spec.files.length + 1;
  addCheckSheet(workbook, spec, rows, first, last, lastFileRow);
  await addFilesSheet(workbook, spec);
  addInstructionSheet(workbook, spec);
  const identity = identityOf(spec);
  addMetaSheet(workbook, spec, await checkProtocolChecksum(identity), await checkProtocolSignature(identity, secret));
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  shareEmptyStyles(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addCheckSheet(workbook: ExcelJS.Workbook, spec: CheckProtocolSpec, rows: { file: string; first: number; last: number }[], first: number, last: number, lastFileRow: number): void {
  const sheet = workbook.addWorksheet(CHECK_SHEETS.check, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'D2' }] });
  const fixed = Object.values(CHECK_COLUMNS);
  const taskHeaders = spec.tasks.map(taskHeader);
  const totalColumn = FIRST_TASK_COLUMN + spec.tasks.length;
  const header = sheet.getRow(1);
  [...fixed.map((c) => c.header), ...taskHeaders, TOTAL_HEADER].forEach((title, index) => {
    const cell = header.getCell(index + 1);
    cell.value = title;
    cell.style = { font: { bold: true }, fill: solid(FILL_HEADER), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, protection: { locked: true } };
  });
  header.height = 45;
  fixed.forEach((column) => {
    sheet.getColumn(column.letter).width = column.width;
  });
  spec.tasks.forEach((_, index) => {
    sheet.getColumn(taskLetter(index)).width = 8;
  });
  sheet.getColumn(totalColumn).width = 9;

  const formulas = checkFormulas(first, last, lastFileRow, spec.tasks);
  for (let row = first; row <= last; row += 1) {
    const planned = rows[row - first];
    const excelRow = sheet.getRow(row);
    excelRow.getCell(1).value = planned?.file ?? null;
    excelRow.getCell(2).value = planned?.first ?? null;
    excelRow.getCell(3).value = planned?.last ?? null;
    for (let column = 1; column <= totalColumn; column += 1) {
      const cell = excelRow.getCell(column);
      cell.protection = { locked: column === totalColumn };
      if (column === 1 || column === 4) cell.numFmt = '@';
    }
    excelRow.getCell(totalColumn).value = { formula: formulas.total(row) } as ExcelJS.CellFormulaValue;
    excelRow.getCell(totalColumn).fill = solid(FILL_LOCKED);
  }

  // One rule per range (ExcelJS writes per-cell rules as overlapping ranges, exceljs#2820).
  const validations = (sheet as unknown as { dataValidations: { add: (range: string, rule: ExcelJS.DataValidation) => void } }).dataValidations;
  const custom = (formula: string, title: string, error: string): ExcelJS.DataValidation => ({
    type: 'custom', allowBlank: true, formulae: [formula], showErrorMessage: true, errorStyle: 'stop', errorTitle: title, error, showInputMessage: true, promptTitle: title, prompt: error,
  });
  validations.add(`A${first}:A${last}`, {
    type: 'list', allowBlank: true, formulae: [`'${CHECK_SHEETS.files}'!$A$2:$A$${lastFileRow}`], showErrorMessage: true, errorStyle: 'stop',
    errorTitle: 'Файл класса', error: 'Выберите файл класса из списка (лист «Файлы»).',
  });
  validations.add(`B${first}:B${last}`, custom(formulas.firstPage, 'Первая страница', 'Номер страницы внутри файла класса (лист «Файлы», столбец «Страниц»).'));
  validations.add(`C${first}:C${last}`, custom(formulas.lastPage, 'Последняя страница', 'Не меньше первой страницы, не больше числа страниц файла; страницы работ одного файла не пересекаются.'));
  validations.add(`D${first}:D${last}`, custom(formulas.code, 'Код участника', 'Код участника с бланка: 4–6 цифр.'));
  validations.add(`E${first}:E${last}`, {
    type: 'whole', operator: 'between', allowBlank: true, formulae: [1, 99], showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Вариант', error: 'Номер варианта с бланка: целое число.',
  });
  spec.tasks.forEach((task, index) => {
    const letter = taskLetter(index);
    validations.add(`${letter}${first}:${letter}${last}`, custom(formulas.score(letter, task.max), `Задание ${task.task}`, `Балл от 0 до ${task.max} строго по критериям или X, если ответа нет.`));
  });

  const lastTask = taskLetter(Math.max(0, spec.tasks.length - 1));
  if (spec.tasks.length > 0) {
    sheet.addConditionalFormatting({ ref: `${taskLetter(0)}${first}:${lastTask}${last}`, rules: [rule(1, formulas.missingScore, FILL_MISSING)] });
  }
  sheet.addConditionalFormatting({ ref: `D${first}:D${last}`, rules: [rule(2, formulas.missingCode, FILL_MISSING)] });
  sheet.addConditionalFormatting({ ref: `E${first}:E${last}`, rules: [rule(3, formulas.missingVariant, FILL_MISSING)] });
  sheet.addConditionalFormatting({ ref: `B${first}:C${last}`, rules: [rule(4, formulas.badPages, FILL_ERROR)] });

  landscapePrint(sheet, {
    titleRows: '1:1',
    left: `${spec.subject}, ${spec.grade} класс`,
    centre: 'Протокол проверки работ',
    right: `Пакет ${spec.packageId}`,
    footerLeft: 'Председатель комиссии: ____________    Члены комиссии: ____________',
  });
}

async function addFilesSheet(workbook: ExcelJS.Workbook, spec: CheckProtocolSpec): Promise<void> {
  const sheet = workbook.addWorksheet(CHECK_SHEETS.files, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(Object.values(FILE_COLUMNS).map((c) => c.header)).font = { bold: true };
  for (const file of spec.files) sheet.addRow([file.file, file.pages, file.works ?? '', file.cipher, file.class]);
  sheet.columns.forEach((column, index) => {
    column.width = [26, 9, 14, 12, 8][index] ?? 10;
  });
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
}

function addInstructionSheet(workbook: ExcelJS.Workbook, spec: CheckProtocolSpec): void {
  const sheet = workbook.addWorksheet('Как заполнять');
  sheet.getColumn(1).width = 110;
  [
    `Проверка работ: ${spec.subject}, ${spec.grade} класс. Пакет ${spec.packageId}.`,
    '',
    'Одна строка — одна работа. «Файл класса», «Первая страница», «Последняя страница» заполнены по предложенному разбиению файла:',
    'если работа занимает другие страницы, исправьте их; если работ больше, используйте пустые строки внизу (выберите файл из списка).',
    '«Код участника» и «Вариант» перепишите с бланка работы.',
    'В столбцах заданий поставьте балл строго по критериям (0…максимум, указанный в заголовке) или X, если ответа нет.',
    'Жёлтым подсвечено то, что ещё не заполнено; красным — страницы вне файла или пересекающиеся с другой работой.',
    'Не меняйте заголовки и лист «Файлы»: по ним координатор проверяет целостность протокола.',
  ].forEach((line) => sheet.addRow([line]));
  sheet.getRow(1).font = { bold: true };
}

function addMetaSheet(workbook: ExcelJS.Workbook, spec: CheckProtocolSpec, checksum: string, signature: string): void {
  const sheet = workbook.addWorksheet(CHECK_SHEETS.meta, { state: 'veryHidden' });
  const entries: [string, ExcelJS.CellValue][] = [
    [CHECK_META_KEYS.format, CHECK_PROTOCOL_MARKER],
    [CHECK_META_KEYS.formatVersion, CHECK_PROTOCOL_VERSION],
    [CHECK_META_KEYS.packageId, spec.packageId],
    [CHECK_META_KEYS.checker, spec.checker],
    [CHECK_META_KEYS.subject, spec.subject],
    [CHECK_META_KEYS.grade, spec.grade],
    [CHECK_META_KEYS.createdAt, spec.createdAt],
    [CHECK_META_KEYS.deadline, spec.deadline ?? null],
    [CHECK_META_KEYS.checksum, checksum],
    [CHECK_META_KEYS.signature, signature],
    [CHECK_META_KEYS.algorithm, CHECK_CHECKSUM_DESCRIPTION],
  ];
  entries.forEach(([key, value], index) => {
    sheet.getCell(`A${index + 1}`).value = key;
    const cell = sheet.getCell(`B${index + 1}`);
    cell.value = value;
    if (typeof value === 'string') cell.numFmt = '@';
  });
}
