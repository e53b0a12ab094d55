/**
 * The cells of a protocol workbook as Office.js shows them (values, formulas computed): the `Протокол` grid and
 * the hidden `recheck` sheet's key/value block, laid out as src/engine/protocol/buildWorkbook.ts writes them.
 */
import { META_KEYS, META_MARKER, PROTOCOL_COLUMNS, PROTOCOL_FORMAT_VERSION, PROTOCOL_SHEETS } from '../../src/engine';
import { MockWorkbookModel, type Cell } from './excelMock';

export const PACKAGE_ID = '2026-E01-1';
export const TASKS = [
  { task: '1', max: 2 },
  { task: '2', max: 1 },
  { task: '3', max: 3 },
  { task: '4К1', max: 2 },
];

export function header(): Cell[] {
  return Object.values(PROTOCOL_COLUMNS).map((column) => column.header);
}

/** Rows of `works` works × 4 tasks; the school's score is max − 1 (or X for task 2 of every third work). */
export function gridRows(works: number): Cell[][] {
  const rows: Cell[][] = [header()];
  for (let work = 0; work < works; work += 1) {
    const school = `ОО-${String(1 + (work % 3)).padStart(2, '0')}`;
    const code = String(40001 + work);
    const variant = 1 + (work % 2);
    for (const task of TASKS) {
      const schoolScore: Cell = task.task === '2' && work % 3 === 0 ? 'X' : task.max - 1;
      rows.push([school, code, variant, task.task, task.max, schoolScore, '', '', '', '']);
    }
  }
  return rows;
}

export function metaRows(options: { completedAt?: string; version?: number } = {}): Cell[][] {
  return [
    [META_KEYS.format, META_MARKER],
    [META_KEYS.formatVersion, options.version ?? PROTOCOL_FORMAT_VERSION],
    [META_KEYS.packageId, PACKAGE_ID],
    [META_KEYS.expert, 'Эксперт Демо'],
    [META_KEYS.subject, 'русский язык'],
    [META_KEYS.grade, 6],
    [META_KEYS.createdAt, '2026-11-22T10:00:00.000Z'],
    [META_KEYS.deadline, '2026-12-20'],
    [META_KEYS.completedAt, options.completedAt ?? ''],
    [META_KEYS.checksum, 'ab'.repeat(32)],
    [META_KEYS.signature, 'cd'.repeat(32)],
    [META_KEYS.algorithm, 'sha-256'],
    [],
    [META_KEYS.originals, 'Код ОО', 'Код работы', 'Вариант', '№ задания', 'Макс. балл', 'Балл ОО'],
    [2, 'ОО-01', '40001', 1, '1', 2, 1],
  ];
}

/** A protocol workbook: `Протокол` (protected, as built), the other sheets, the very hidden `recheck`. */
export function protocolWorkbook(works: number, options: { completedAt?: string; version?: number; metaProtected?: boolean; metaPassword?: boolean } = {}): MockWorkbookModel {
  const workbook = new MockWorkbookModel();
  workbook.addSheet(PROTOCOL_SHEETS.protocol, gridRows(works), { protected: true });
  workbook.addSheet(PROTOCOL_SHEETS.comments, [['Вариант', '№ задания']], { protected: true });
  workbook.addSheet(PROTOCOL_SHEETS.legend, [['Код', 'Ошибки, выявленные в ходе перепроверки']], { protected: true });
  workbook.addSheet(PROTOCOL_SHEETS.meta, metaRows(options), {
    visibility: 'VeryHidden',
    protected: options.metaProtected ?? false,
    password: options.metaPassword ?? false,
  });
  workbook.active = { sheet: PROTOCOL_SHEETS.protocol, row: 2, column: 7 };
  return workbook;
}
