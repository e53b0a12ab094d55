/**
 * A region prepared with two experts per work (`preparePackages` with `copies: 2`), and protocols filled the way
 * experts fill them with discrepancies planted per work. Test-only.
 */
import { BlobReader, Uint8ArrayWriter, ZipReader, type FileEntry } from '@zip.js/zip.js';
import type ExcelJS from 'exceljs';
import { preparePackages, readKeyWorkbook, type KeyFile } from '../../../src/engine';
import type { ProtocolRow } from '../../../src/engine/protocol';
import { editProtocol } from '../protocol/protocolFixtures';
import { rowsOf } from '../merge/returnedProtocols';
import { buildRegionArchives, expertsCsv } from '../../support/regionFixture';

export const FOUR_EXPERTS = [
  { name: 'Иванова Анна Петровна', school: 'МБОУ Витимская СОШ', municipality: 'Боханский район' },
  { name: 'Петров Олег Ильич', school: 'МБОУ СОШ №5', municipality: 'Заларинский район' },
  { name: 'Сидорова Мария', school: 'Лицей №1', municipality: 'г. Иркутск' },
  { name: 'Кузнецов Павел', school: 'Гимназия №2', municipality: 'г. Ангарск' },
];

export const SECRET = 'секрет-двойной-проверки';

export interface TwoRoundRegion {
  key: KeyFile;
  keyWorkbook: Uint8Array;
  /** Every package as built: its id, round, reviewer, file name and ZIP. */
  packages: { packageId: string; round: number; reviewer: string; fileName: string; data: Blob }[];
}

export async function prepareTwoRounds(share?: number): Promise<TwoRoundRegion> {
  const packages: TwoRoundRegion['packages'] = [];
  const result = await preparePackages(
    {
      archives: await buildRegionArchives(),
      experts: { name: 'эксперты.csv', data: new Blob([expertsCsv(FOUR_EXPERTS) as Uint8Array<ArrayBuffer>]) },
      seed: 7, secret: SECRET, createdAt: '2026-11-22T10:00:00.000Z', copies: 2, share,
    },
    async (pkg) => {
      packages.push({ packageId: pkg.plan.packageId, round: pkg.plan.round, reviewer: pkg.plan.expertName, fileName: pkg.fileName, data: pkg.data });
    },
  );
  const read = await readKeyWorkbook(result.keyWorkbook);
  if (!read.ok) throw new Error('the key does not read back');
  return { key: read.key, keyWorkbook: result.keyWorkbook, packages };
}

/** Every entry of a ZIP by path. */
export async function zipEntries(data: Blob | Uint8Array): Promise<Map<string, Uint8Array>> {
  const reader = new ZipReader(new BlobReader(data instanceof Blob ? data : new Blob([data as Uint8Array<ArrayBuffer>])), { useWebWorkers: false });
  try {
    const entries = new Map<string, Uint8Array>();
    for (const entry of await reader.getEntries()) if (!entry.directory) entries.set(entry.filename, await (entry as FileEntry).getData(new Uint8ArrayWriter()));
    return entries;
  } finally {
    await reader.close();
  }
}

export async function protocolIn(data: Blob): Promise<Uint8Array> {
  for (const [path, bytes] of await zipEntries(data)) if (/^Протокол .*\.xlsx$/.test(path)) return bytes;
  throw new Error('no protocol in the package');
}

/** Points an expert gives each task of a work (by participant code), in the work's task order. */
export type Scoring = (workCode: string) => number[];

/** Fills a protocol: the points of `scoring`, code 3 where they differ from the school's. */
export async function fillWith(blank: Uint8Array, scoring: Scoring, extra: Record<string, ExcelJS.CellValue> = {}): Promise<Uint8Array> {
  const rows = await rowsOf(blank);
  const edits: Record<string, ExcelJS.CellValue> = {};
  const seen = new Map<string, number>();
  for (const row of rows) {
    const index = seen.get(row.workCode) ?? 0;
    seen.set(row.workCode, index + 1);
    const points = scoring(row.workCode)[index];
    edits[`G${row.row}`] = points;
    if (points !== schoolPoints(row)) edits[`I${row.row}`] = 3;
  }
  return editProtocol(blank, { ...edits, ...extra });
}

function schoolPoints(row: ProtocolRow): number {
  return row.schoolScore.kind === 'score' ? row.schoolScore.value : 0;
}

/** Round 1: every task at its maximum (tasks: 2, 1, 3, 2 points; 8 in all). */
export const FIRST: Scoring = () => [2, 1, 3, 2];

/**
 * Round 2, with discrepancies planted exactly at the thresholds (a task by 2 or more, totals by 3 or more):
 * 40002 — a task by 1 (no third check); 40003 — a task by 2 (third check); 40101 — two tasks by 1, totals by 2
 * (no); 40102 — three tasks by 1, totals by 3 (third check). The others agree.
 */
export const SECOND: Scoring = (workCode) =>
  ({ '40002': [2, 1, 2, 2], '40003': [2, 1, 1, 2], '40101': [1, 0, 3, 2], '40102': [1, 0, 2, 2] })[workCode] ?? [2, 1, 3, 2];

export const SENT_TO_THIRD = ['40003', '40102'];
