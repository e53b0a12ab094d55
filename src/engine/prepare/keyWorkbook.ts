/**
 * The coordinator's key: which school hides behind each Код ОО, which package went to which reviewer in which
 * round, which work is in which package, and the secret that signs the protocols. It never leaves the
 * coordinator; the merge, the returns and `recheck check --key` read it back with `readKeyWorkbook`.
 *
 * Format 2 (written now): every sheet is a table found by its header row (sheet names are only the first
 * guess); the `Ключ` sheet's table has a `Ключ` column of stable machine keys (`format` = `recheck-key`,
 * `formatVersion`, `createdAt`, `seed`, `secret`) beside the Russian labels. Format 1 (before rounds) had no
 * such column: its values sit in column B of rows 3–5 under a title, read by position.
 */
import ExcelJS from 'exceljs';
import type { Review, ReviewerKind } from '../assignment';
import { fileKey } from './archiveHandles';
import { plainCellValue } from '../protocol';
import { shareEmptyStyles } from '../emptyStyles';
import type { CellInput } from '../protocol/types';
import type { PackageSummary } from './buildPackages';
import { schoolCodeOf } from './packageContents';
import type { PreparationPlan } from './planPreparation';

export const KEY_FORMAT_VERSION = 2;
export const KEY_MARKER = 'recheck-key';

export interface KeySchool { code: string; municipality: string; school: string; subject: string; grade: number; works: number }

export interface KeyPackage {
  packageId: string;
  round: number;
  reviewer: { kind: ReviewerKind; id: string; name: string; school: string; municipality: string };
  subject: string;
  grade: number;
  works: number;
  fileName: string;
}

export interface KeyWork {
  schoolCode: string;
  workCode: string;
  variant: number | null;
  packageId: string;
  round: number;
  reviewerName: string;
  archive: string;
  path: string;
}

/** The key as data: what is written, and what is read back (format 1 files read as round 1 of experts). */
export interface KeyFile {
  formatVersion: number;
  createdAt: string;
  /** null when the file does not say (never for a key this program wrote). */
  seed: number | null;
  secret: string;
  schools: KeySchool[];
  packages: KeyPackage[];
  works: KeyWork[];
}

export type KeyReadResult =
  | { ok: true; key: KeyFile }
  | { ok: false; problem: 'broken-workbook' | 'not-a-key'; reason?: string }
  | { ok: false; problem: 'newer-key'; version: string };

const ROUND_WORD: Record<ReviewerKind, string> = { expert: 'эксперт', commission: 'комиссия ОО' };

/** Headers of each table; the reader finds the columns by these (the first of each list is written). */
const SCHOOL_COLUMNS = {
  code: ['Код ОО'], municipality: ['Муниципалитет'], school: ['Школа'], subject: ['Предмет'], grade: ['Класс'], works: ['Работ'],
} as const;
const PACKAGE_COLUMNS = {
  packageId: ['Пакет'], round: ['Тур'], kind: ['Кто проверяет'], reviewerId: ['Проверяющий (код)', 'Эксперт (код)'],
  reviewerName: ['Проверяющий', 'Эксперт'], reviewerSchool: ['Место работы'], reviewerMunicipality: ['Муниципалитет'],
  subject: ['Предмет'], grade: ['Класс'], works: ['Работ'], fileName: ['Файл пакета'],
} as const;
const WORK_COLUMNS = {
  schoolCode: ['Код ОО'], workCode: ['Код работы'], variant: ['Вариант'], packageId: ['Пакет'], round: ['Тур'],
  reviewerName: ['Проверяющий', 'Эксперт'], archive: ['Архив'], path: ['Путь в архиве'],
} as const;
const SETTING_COLUMNS = { label: ['Параметр'], value: ['Значение'], key: ['Ключ'] } as const;

export const KEY_SHEETS = { key: 'Ключ', schools: 'Школы', packages: 'Пакеты', works: 'Работы' } as const;

/** The key of a prepared round: its plan and the packages as built. */
export function keyOfPlan(plan: PreparationPlan, built: readonly PackageSummary[]): KeyFile {
  const fileNames = new Map(plan.packages.map((pkg, index) => [pkg.packageId, built[index]?.package ?? '']));
  return {
    formatVersion: KEY_FORMAT_VERSION,
    createdAt: plan.createdAt,
    seed: plan.seed,
    secret: plan.secret,
    schools: plan.schools,
    packages: plan.packages.map((pkg) => ({
      packageId: pkg.packageId, round: pkg.round, reviewer: pkg.reviewer, subject: pkg.subject, grade: pkg.grade,
      works: pkg.works.length, fileName: fileNames.get(pkg.packageId) ?? '',
    })),
    works: plan.packages.flatMap((pkg) => pkg.works.map((scored) => ({
      schoolCode: schoolCodeOf(scored, plan.schoolCodes), workCode: scored.work.code, variant: scored.work.variant,
      packageId: pkg.packageId, round: pkg.round, reviewerName: pkg.reviewer.name, archive: scored.work.archive, path: scored.work.path,
    }))),
  };
}

export async function buildKeyWorkbook(key: KeyFile): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Recheck';
  workbook.created = new Date(key.createdAt);

  const sheet = workbook.addWorksheet(KEY_SHEETS.key);
  sheet.columns = [{ width: 32 }, { width: 70 }, { width: 14 }];
  sheet.addRows([
    ['Ключ перепроверки Recheck'],
    ['Храните этот файл только у себя: он раскрывает школы за кодами ОО и подписывает протоколы экспертов.'],
    [],
    [SETTING_COLUMNS.label[0], SETTING_COLUMNS.value[0], SETTING_COLUMNS.key[0]],
    ['Формат', KEY_MARKER, 'format'],
    ['Версия формата', KEY_FORMAT_VERSION, 'formatVersion'],
    ['Создан', key.createdAt, 'createdAt'],
    ['Seed распределения', key.seed ?? '', 'seed'],
    ['Секрет подписи (HMAC-SHA-256)', key.secret, 'secret'],
  ]);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').font = { italic: true, color: { argb: 'FFC00000' } };
  sheet.getRow(4).font = { bold: true };

  addTable(workbook, KEY_SHEETS.schools, Object.values(SCHOOL_COLUMNS).map((names) => names[0]), key.schools.map((s) => [
    s.code, s.municipality, s.school, s.subject, s.grade, s.works,
  ]));
  addTable(workbook, KEY_SHEETS.packages, Object.values(PACKAGE_COLUMNS).map((names) => names[0]), key.packages.map((p) => [
    p.packageId, p.round, ROUND_WORD[p.reviewer.kind], p.reviewer.id, p.reviewer.name, p.reviewer.school, p.reviewer.municipality,
    p.subject, p.grade, p.works, p.fileName,
  ]));
  addTable(workbook, KEY_SHEETS.works, Object.values(WORK_COLUMNS).map((names) => names[0]), key.works.map((w) => [
    w.schoolCode, w.workCode, w.variant ?? '', w.packageId, w.round, w.reviewerName, w.archive, w.path,
  ]));
  shareEmptyStyles(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addTable(workbook: ExcelJS.Workbook, name: string, header: string[], rows: (string | number)[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  // ExcelJS writes strings as string cells: a school called «=HYPERLINK(…)» stays text.
  sheet.addRows(rows);
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(header[index].length, ...rows.map((r) => String(r[index] ?? '').length));
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: header.length } };
}

// ---------------------------------------------------------------------------------------------------------
// Reading

/** Rows searched for a table's header. */
const HEADER_ROWS = 10;

type Columns<K extends string> = Record<K, readonly string[]>;

interface Table<K extends string> {
  /** Each data row as values by column key (undefined for a column the table lacks). */
  rows: Array<Partial<Record<K, CellInput>>>;
}

function text(value: CellInput): string {
  return value === null || value === undefined ? '' : String(value).normalize('NFC').replace(/\s+/g, ' ').trim();
}

function numberOf(value: CellInput): number | null {
  const number = typeof value === 'number' ? value : Number(text(value).replace(',', '.'));
  return text(value) !== '' && Number.isFinite(number) ? number : null;
}

/**
 * A table found by its header: on the sheet of `name` first, else on any sheet; the header row is the first of
 * the top rows holding every `required` column. Columns are placed by header text; one header of each key.
 */
function findTable<K extends string>(workbook: ExcelJS.Workbook, name: string, columns: Columns<K>, required: readonly NoInfer<K>[]): Table<K> | null {
  const sheets = [workbook.getWorksheet(name), ...workbook.worksheets].filter((s): s is ExcelJS.Worksheet => s !== undefined);
  for (const sheet of sheets) {
    for (let r = 1; r <= Math.min(HEADER_ROWS, sheet.rowCount); r += 1) {
      const titles = new Map<string, number>();
      sheet.getRow(r).eachCell((cell, column) => {
        const title = text(plainCellValue(cell.value));
        if (title !== '' && !titles.has(title)) titles.set(title, column);
      });
      const placed = new Map<K, number>();
      const used = new Set<number>();
      for (const key of Object.keys(columns) as K[]) {
        const column = columns[key].map((title) => titles.get(title)).find((c) => c !== undefined && !used.has(c));
        if (column !== undefined) {
          placed.set(key, column);
          used.add(column);
        }
      }
      if (!required.every((key) => placed.has(key))) continue;
      const rows: Table<K>['rows'] = [];
      for (let row = r + 1; row <= sheet.rowCount; row += 1) {
        const excelRow = sheet.getRow(row);
        const values: Partial<Record<K, CellInput>> = {};
        for (const [key, column] of placed) values[key] = plainCellValue(excelRow.getCell(column).value);
        if (Object.values(values).some((value) => text(value as CellInput) !== '')) rows.push(values);
      }
      return { rows };
    }
  }
  return null;
}

/** Reads a key workbook of format 1 or 2 back into data. Never throws for a bad file. */
export async function readKeyWorkbook(bytes: Uint8Array): Promise<KeyReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    return { ok: false, problem: 'broken-workbook', reason: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }

  const settings = readSettings(workbook);
  if (!settings.ok) return settings;
  const schools = findTable(workbook, KEY_SHEETS.schools, SCHOOL_COLUMNS, ['code', 'school', 'municipality']);
  const packages = findTable(workbook, KEY_SHEETS.packages, PACKAGE_COLUMNS, ['packageId', 'reviewerId', 'fileName']);
  const works = findTable(workbook, KEY_SHEETS.works, WORK_COLUMNS, ['schoolCode', 'workCode', 'packageId', 'path']);
  if (!schools || !packages || !works) return { ok: false, problem: 'not-a-key', reason: 'нет таблиц школ, пакетов или работ' };

  return {
    ok: true,
    key: {
      ...settings.value,
      schools: schools.rows.map((row) => ({
        code: text(row.code), municipality: text(row.municipality), school: text(row.school), subject: text(row.subject),
        grade: numberOf(row.grade ?? null) ?? 0, works: numberOf(row.works ?? null) ?? 0,
      })),
      packages: packages.rows.map((row) => ({
        packageId: text(row.packageId),
        round: numberOf(row.round ?? null) ?? 1,
        reviewer: {
          kind: text(row.kind) === ROUND_WORD.commission ? 'commission' : 'expert',
          id: text(row.reviewerId), name: text(row.reviewerName), school: text(row.reviewerSchool), municipality: text(row.reviewerMunicipality),
        },
        subject: text(row.subject), grade: numberOf(row.grade ?? null) ?? 0, works: numberOf(row.works ?? null) ?? 0, fileName: text(row.fileName),
      })),
      works: works.rows.map((row) => ({
        schoolCode: text(row.schoolCode), workCode: text(row.workCode), variant: numberOf(row.variant ?? null),
        packageId: text(row.packageId), round: numberOf(row.round ?? null) ?? 1, reviewerName: text(row.reviewerName),
        archive: text(row.archive), path: text(row.path),
      })),
    },
  };
}

type Settings = Pick<KeyFile, 'formatVersion' | 'createdAt' | 'seed' | 'secret'>;

function readSettings(workbook: ExcelJS.Workbook): { ok: true; value: Settings } | Exclude<KeyReadResult, { ok: true }> {
  const table = findTable(workbook, KEY_SHEETS.key, SETTING_COLUMNS, ['value', 'key']);
  if (table) {
    const values = new Map(table.rows.map((row) => [text(row.key), row.value ?? null]));
    if (text(values.get('format')) !== KEY_MARKER) return { ok: false, problem: 'not-a-key' };
    const version = numberOf(values.get('formatVersion') ?? null);
    if (version === null || version > KEY_FORMAT_VERSION) return { ok: false, problem: 'newer-key', version: text(values.get('formatVersion')) || '?' };
    const secret = text(values.get('secret'));
    if (!secret) return { ok: false, problem: 'not-a-key', reason: 'нет секрета подписи' };
    return { ok: true, value: { formatVersion: version, createdAt: text(values.get('createdAt')), seed: numberOf(values.get('seed') ?? null), secret } };
  }
  // Format 1: title, warning, then `Создан`, `Seed распределения`, `Секрет подписи` in rows 3–5, values in B.
  const sheet = workbook.getWorksheet(KEY_SHEETS.key);
  if (!sheet) return { ok: false, problem: 'not-a-key' };
  const value = (row: number): CellInput => plainCellValue(sheet.getCell(row, 2).value);
  const secret = text(value(5));
  if (!/^[0-9a-f]{16,}$/i.test(secret)) return { ok: false, problem: 'not-a-key', reason: 'нет секрета подписи' };
  return { ok: true, value: { formatVersion: 1, createdAt: text(value(3)), seed: numberOf(value(4)), secret } };
}

/**
 * The reviews a key records, as `planPreparation` takes them (`earlierReviews`): a later round is prepared
 * from the keys of the rounds before it, so nobody reviews the same work twice.
 */
export function reviewsOfKey(key: KeyFile): Review[] {
  const reviewerOf = new Map(key.packages.map((pkg) => [pkg.packageId, pkg.reviewer.id]));
  return key.works.flatMap((work) => {
    const reviewerId = reviewerOf.get(work.packageId);
    return reviewerId === undefined ? [] : [{ workId: fileKey(work.archive, work.path), round: work.round, reviewerId }];
  });
}

/** The secret back from a key workbook, for checking signatures; null when the file is not a key. */
export async function readKeySecret(bytes: Uint8Array): Promise<string | null> {
  const read = await readKeyWorkbook(bytes);
  return read.ok ? read.key.secret : null;
}
