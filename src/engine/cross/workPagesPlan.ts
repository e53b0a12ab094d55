/**
 * The commission corrects the proposed split of a classroom file (issue 10, §2): «Разделить работу» at a page,
 * «Объединить со следующей». Pure planning — which cells of `Проверка` change to what — so the add-in's Office
 * calls stay thin. Only the file and page cells (columns A–C) of the protocol's data rows are ever written; the
 * checksum covers the sheet `Файлы` and the task headers, never these cells (checkProtocolDigest.ts).
 */
import { proposeSplit, SPARE_ROWS } from './checkProtocolLayout';

/** A data row of `Проверка` as the add-in read it. */
export interface WorkRow {
  row: number;
  /** Empty for a spare row. */
  file: string;
  first: number | null;
  last: number | null;
  /** A code, a variant or any score typed in the row. */
  typed: boolean;
}

/** The new file and page cells of one row (empty strings clear them). */
export interface WorkRowEdit {
  row: number;
  file: string;
  first: number | '';
  last: number | '';
}

export type WorkPagesRefusal =
  | { reason: 'no-pages' }
  | { reason: 'split-page-outside'; page: number; first: number; last: number }
  | { reason: 'no-spare-row' }
  | { reason: 'no-next-work' }
  | { reason: 'next-has-data'; row: number };

export type WorkPagesPlan = { ok: true; edits: WorkRowEdit[] } | { ok: false; refusal: WorkPagesRefusal };

/**
 * The sheet rows the protocol's validation and formatting cover: from row 2, one per proposed work of every
 * file of `Файлы`, then `SPARE_ROWS` (as buildCheckProtocol lays them out).
 */
export function checkDataRows(files: readonly { pages: number; works: number | null }[]): { first: number; last: number } {
  const proposed = files.reduce((sum, file) => sum + proposeSplit(file.pages, file.works).length, 0);
  return { first: 2, last: 1 + proposed + SPARE_ROWS };
}

function pagesOf(row: WorkRow): { first: number; last: number } | null {
  return row.first !== null && row.last !== null && row.file !== '' ? { first: row.first, last: row.last } : null;
}

/** The work keeps `first…page−1`; the first spare row (no file, nothing typed) gets `page…last` of the same file. */
export function planSplit(rows: readonly WorkRow[], selected: number, page: number): WorkPagesPlan {
  const work = rows.find((row) => row.row === selected);
  const pages = work && pagesOf(work);
  if (!work || !pages) return { ok: false, refusal: { reason: 'no-pages' } };
  if (page <= pages.first || page > pages.last) return { ok: false, refusal: { reason: 'split-page-outside', page, ...pages } };
  const spare = rows.find((row) => row.file === '' && row.first === null && row.last === null && !row.typed);
  if (!spare) return { ok: false, refusal: { reason: 'no-spare-row' } };
  return {
    ok: true,
    edits: [
      { row: work.row, file: work.file, first: pages.first, last: page - 1 },
      { row: spare.row, file: work.file, first: page, last: pages.last },
    ],
  };
}

/**
 * The work takes the pages of the next work of the same file (the one starting right after its last page,
 * wherever its row is); that row becomes spare again. Refused when anything is typed in it: nothing is lost.
 */
export function planMerge(rows: readonly WorkRow[], selected: number): WorkPagesPlan {
  const work = rows.find((row) => row.row === selected);
  const pages = work && pagesOf(work);
  if (!work || !pages) return { ok: false, refusal: { reason: 'no-pages' } };
  const next = rows.find((row) => row.row !== work.row && row.file === work.file && row.first === pages.last + 1 && row.last !== null);
  if (!next || next.last === null) return { ok: false, refusal: { reason: 'no-next-work' } };
  if (next.typed) return { ok: false, refusal: { reason: 'next-has-data', row: next.row } };
  return {
    ok: true,
    edits: [
      { row: work.row, file: work.file, first: pages.first, last: next.last },
      { row: next.row, file: '', first: '', last: '' },
    ],
  };
}
