/**
 * Real returned protocols for the merge tests: a region prepared by `preparePackages` (packages, key), each
 * package's protocol taken out and filled the way an expert fills it in Excel. Test-only.
 */
import { BlobReader, Uint8ArrayWriter, ZipReader, type FileEntry } from '@zip.js/zip.js';
import type ExcelJS from 'exceljs';
import { preparePackages, readKeyWorkbook, type KeyFile } from '../../../src/engine';
import { readProtocolWorkbook, type ProtocolRow } from '../../../src/engine/protocol';
import { PROTOCOL_SHEETS } from '../../../src/engine/protocol/layout';
import { editProtocol } from '../protocol/protocolFixtures';
import { buildRegionArchives, expertsCsv } from '../../support/regionFixture';

export const EXPERTS = [
  { name: 'Иванова Анна Петровна', school: 'МБОУ Витимская СОШ', municipality: 'Боханский район' },
  { name: 'Петров Олег Ильич', school: 'МБОУ СОШ №5', municipality: 'Заларинский район' },
  { name: 'Сидорова Мария', school: 'Лицей №1', municipality: 'г. Иркутск' },
];

export interface PreparedRegion {
  key: KeyFile;
  keyWorkbook: Uint8Array;
  /** Blank protocols by package id, as the packages carry them. */
  protocols: Map<string, Uint8Array>;
}

/** The protocol workbook a package ZIP carries. */
export async function protocolOf(data: Blob): Promise<Uint8Array> {
  const reader = new ZipReader(new BlobReader(data), { useWebWorkers: false });
  try {
    const entry = (await reader.getEntries()).find((e) => /^Протокол .*\.xlsx$/.test(e.filename));
    if (!entry) throw new Error('no protocol in the package');
    return await (entry as FileEntry).getData(new Uint8ArrayWriter());
  } finally {
    await reader.close();
  }
}

export async function prepareRegion(secret: string): Promise<PreparedRegion> {
  const archives = await buildRegionArchives();
  const protocols = new Map<string, Uint8Array>();
  const result = await preparePackages(
    {
      archives,
      experts: { name: 'эксперты.csv', data: new Blob([expertsCsv(EXPERTS) as Uint8Array<ArrayBuffer>]) },
      seed: 7,
      secret,
      createdAt: '2026-11-22T10:00:00.000Z',
    },
    async (pkg) => {
      protocols.set(pkg.plan.packageId, await protocolOf(pkg.data));
    },
  );
  const read = await readKeyWorkbook(result.keyWorkbook);
  if (!read.ok) throw new Error('the key does not read back');
  return { key: read.key, keyWorkbook: result.keyWorkbook, protocols };
}

export async function rowsOf(bytes: Uint8Array): Promise<ProtocolRow[]> {
  const read = await readProtocolWorkbook(bytes);
  if (!read.ok) throw new Error(read.failure.problem);
  return read.protocol.rows;
}

function points(row: ProtocolRow): number {
  return row.schoolScore.kind === 'score' ? row.schoolScore.value : 0;
}

export interface Filling {
  /** Rows (0-based among the protocol's rows) left without an expert score. */
  leaveEmpty?: number[];
  /** Every `lowerEvery`-th row (1-based) the expert gives one point less with code 3; default 3. */
  lowerEvery?: number;
  /** Written on the hidden sheet as the add-in does when the expert finishes. */
  completedAt?: string;
  /** Extra cells to set (`'Протокол!H2'`, `'Комментарии!C2'`). */
  edits?: Record<string, ExcelJS.CellValue>;
}

/** The expert's scores for each row under a filling: the school's, or one point less with code 3. */
export function expertPoints(rows: readonly ProtocolRow[], filling: Filling = {}): Array<number | null> {
  const every = filling.lowerEvery ?? 3;
  return rows.map((row, index) => {
    if (filling.leaveEmpty?.includes(index)) return null;
    const school = points(row);
    return (index + 1) % every === 0 && school > 0 ? school - 1 : school;
  });
}

/** Fills a blank protocol as an expert would: scores, codes where they differ, and whatever `edits` add. */
export async function fillProtocol(blank: Uint8Array, filling: Filling = {}): Promise<Uint8Array> {
  const rows = await rowsOf(blank);
  const scores = expertPoints(rows, filling);
  const edits: Record<string, ExcelJS.CellValue> = {};
  rows.forEach((row, index) => {
    const score = scores[index];
    if (score === null) return;
    edits[`G${row.row}`] = row.schoolScore.kind === 'no-answer' && score === 0 ? 'X' : score;
    if (score !== points(row)) edits[`I${row.row}`] = 3;
  });
  Object.assign(edits, filling.edits);
  return editProtocol(blank, edits, (workbook) => {
    if (!filling.completedAt) return;
    const meta = workbook.getWorksheet(PROTOCOL_SHEETS.meta);
    if (!meta) throw new Error('no hidden sheet');
    meta.eachRow((excelRow) => {
      if (excelRow.getCell(1).value === 'completedAt') excelRow.getCell(2).value = filling.completedAt;
    });
  });
}

/** Sets a value of the hidden sheet's key block (`formatVersion`, `completedAt`…). */
export async function editMeta(bytes: Uint8Array, name: string, value: ExcelJS.CellValue): Promise<Uint8Array> {
  return editProtocol(bytes, {}, (workbook) => {
    workbook.getWorksheet(PROTOCOL_SHEETS.meta)?.eachRow((excelRow) => {
      if (excelRow.getCell(1).value === name) excelRow.getCell(2).value = value;
    });
  });
}
