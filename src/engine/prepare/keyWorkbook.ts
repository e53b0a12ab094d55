import ExcelJS from 'exceljs';
import type { Expert } from '../assignment';
import type { PackagePlan } from './packageContents';
import type { ScoredWork } from './joinSheets';

export interface KeyData {
  createdAt: string;
  seed: number;
  secret: string;
  schools: { code: string; municipality: string; school: string; subject: string; grade: number; works: number }[];
  plans: { plan: PackagePlan; fileName: string }[];
  experts: Expert[];
  workPackage: Map<ScoredWork, PackagePlan>;
  schoolCodes: Map<string, string>;
}

export const KEY_SHEETS = { key: 'Ключ', schools: 'Школы', packages: 'Пакеты', works: 'Работы' } as const;

/**
 * The coordinator's key: which school hides behind each Код ОО, which package went to which expert, and the
 * secret that signs the protocols. It never leaves the coordinator; `recheck check --key` reads the secret back.
 */
export async function buildKeyWorkbook(data: KeyData): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Recheck';
  workbook.created = new Date(data.createdAt);

  const key = workbook.addWorksheet(KEY_SHEETS.key);
  key.columns = [{ width: 28 }, { width: 70 }];
  key.addRows([
    ['Ключ перепроверки Recheck', ''],
    ['Храните этот файл только у себя: он раскрывает школы за кодами ОО и подписывает протоколы экспертов.', ''],
    ['Создан', data.createdAt],
    ['Seed распределения', String(data.seed)],
    ['Секрет подписи (HMAC-SHA-256)', data.secret],
  ]);
  key.getCell('A1').font = { bold: true, size: 14 };
  key.getCell('A2').font = { italic: true, color: { argb: 'FFC00000' } };

  addTable(workbook, KEY_SHEETS.schools, ['Код ОО', 'Муниципалитет', 'Школа', 'Предмет', 'Класс', 'Работ'], data.schools.map((s) => [
    s.code, s.municipality, s.school, s.subject, s.grade, s.works,
  ]));
  const expertsById = new Map(data.experts.map((e) => [e.id, e]));
  addTable(workbook, KEY_SHEETS.packages, ['Пакет', 'Эксперт (код)', 'Эксперт', 'Место работы', 'Муниципалитет', 'Предмет', 'Класс', 'Работ', 'Файл пакета'],
    data.plans.map(({ plan, fileName }) => {
      const expert = expertsById.get(plan.expertId);
      return [plan.packageId, plan.expertId, plan.expertName, expert?.school ?? '', expert?.municipality ?? '', plan.subject, plan.grade, plan.works.length, fileName];
    }));
  const rows: (string | number)[][] = [];
  for (const [scored, plan] of data.workPackage) {
    rows.push([data.schoolCodes.get(scored.schoolKey) ?? '', scored.work.code ?? '', scored.row.variant ?? '', plan.packageId, plan.expertName, scored.work.archive, scored.work.path]);
  }
  addTable(workbook, KEY_SHEETS.works, ['Код ОО', 'Код работы', 'Вариант', 'Пакет', 'Эксперт', 'Архив', 'Путь в архиве'], rows);
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

/** The secret back from a key workbook, for checking signatures; null when the file is not a key. */
export async function readKeySecret(bytes: Uint8Array): Promise<string | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = workbook.getWorksheet(KEY_SHEETS.key);
  if (!sheet) return null;
  for (let row = 1; row <= Math.min(sheet.rowCount, 20); row++) {
    if (String(sheet.getCell(row, 1).text).startsWith('Секрет подписи')) return sheet.getCell(row, 2).text.trim() || null;
  }
  return null;
}
