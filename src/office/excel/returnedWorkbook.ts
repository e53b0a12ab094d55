/**
 * The school's returned workbook through Office.js (issue 9): recognise it by its hidden sheet, read what the
 * school pane shows (Итоги, Работы, the rows of «Причины и меры»), and write one answer row.
 *
 *     action               syncs
 *     openReturnedWorkbook 2   (the sheets → their key blocks, Итоги, Работы, «Причины и меры»)
 *     writeSchoolAnswer    2   (protection → unprotect, write, protect again)
 *
 * Reads are bounded ranges (the used rows of the columns concerned), never whole columns. The add-in writes only
 * the answer cells D–G of «Причины и меры», which the school may type in anyway (they are unlocked).
 */
import {
  answerRowsOf,
  excelSerialDate,
  hasReturnedMarker,
  readReturnedMeta,
  RETURNED_SHEETS,
  type AnswerRow,
  type CellInput,
  type ReturnedMeta,
} from '../../engine';
import { failure, type ExcelResult } from './failures';
import { runExcel } from './protocolWorkbook';

type Values = CellInput[][];

/** Rows of the hidden sheet's key block, and of «Итоги» read for the pane. */
const META_RANGE = 'A1:B40';
const TOTALS_RANGE = 'A1:D40';

export interface OpenedReturned {
  meta: ReturnedMeta;
  /** «Итоги» from A1, columns A–D. */
  totals: Values;
  /** «Работы» from row 2, columns A–J. */
  works: Values;
  /** Every row of «Причины и меры» that takes answers, filled or not. */
  answers: AnswerRow[];
}

/** Values of `range` (a used range) placed so that index 0 is row `firstRow`, column A. */
function fromRow(range: Excel.Range, firstRow: number, lastRow: number, columns: number): Values {
  const rows: Values = [];
  const values = range.isNullObject ? [] : (range.values as Values);
  const top = range.isNullObject ? 1 : range.rowIndex + 1;
  const left = range.isNullObject ? 0 : range.columnIndex;
  for (let row = firstRow; row <= lastRow; row += 1) {
    const line = values[row - top] ?? [];
    rows.push(Array.from({ length: columns }, (_, column) => line[column - left] ?? null));
  }
  return rows;
}

function used(sheet: Excel.Worksheet, columns: string): Excel.Range {
  const range = sheet.getRange(columns).getUsedRangeOrNullObject(true);
  range.load('values, rowIndex, columnIndex, rowCount');
  return range;
}

/** Recognises a returned workbook (`not-a-protocol` for any other) and reads what the school pane shows. Two syncs. */
export async function openReturnedWorkbook(): Promise<ExcelResult<OpenedReturned>> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const blocks = sheets.items.map((sheet) => {
      const block = sheet.getRange(META_RANGE);
      block.load('values');
      return block;
    });
    const byName = (name: string) => sheets.items.find((sheet) => sheet.name === name);
    const totalsSheet = byName(RETURNED_SHEETS.totals);
    const worksSheet = byName(RETURNED_SHEETS.works);
    const answersSheet = byName(RETURNED_SHEETS.answers);
    const totals = totalsSheet?.getRange(TOTALS_RANGE);
    totals?.load('values');
    const works = worksSheet ? used(worksSheet, 'A:J') : null;
    const answers = answersSheet ? used(answersSheet, 'A:G') : null;
    await context.sync();

    const found = blocks.find((block) => {
      const first = (block.values as Values)[0] ?? [];
      return hasReturnedMarker(first[0] ?? null, first[1] ?? null);
    });
    const meta = found ? readReturnedMeta(found.values as Values) : null;
    if (!meta) return failure('not-a-protocol');
    if (!answers || !totals || !works) return failure('no-protocol-sheet', { sheet: !answers ? RETURNED_SHEETS.answers : !totals ? RETURNED_SHEETS.totals : RETURNED_SHEETS.works });
    const worksLast = works.isNullObject ? 1 : works.rowIndex + works.rowCount;
    return {
      ok: true,
      value: {
        meta,
        totals: totals.values as Values,
        works: fromRow(works, 2, worksLast, 10),
        answers: answerRowsOf(fromRow(answers, meta.answersFirstRow, meta.answersLastRow, 7), meta.answersFirstRow),
      },
    };
  });
}

export interface AnswerInput {
  reasons: string;
  measures: string;
  responsible: string;
  /** ISO date (written as a date) or text. */
  due: string;
}

/**
 * Writes one answer row (columns D–G of «Причины и меры»). The sheet is protected without a password as built:
 * it is unprotected for the write and protected again with the same options; a password makes it `sheet-protected`.
 */
export async function writeSchoolAnswer(row: number, answer: AnswerInput): Promise<ExcelResult<{ row: number }>> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(RETURNED_SHEETS.answers);
    const protection = sheet.protection;
    protection.load('protected, options');
    await context.sync();
    const wasProtected = protection.protected;
    const options = wasProtected ? protection.options : undefined;
    if (wasProtected) protection.unprotect();
    const due = answer.due === '' ? '' : (excelSerialDate(answer.due) ?? answer.due);
    sheet.getRange(`D${row}:G${row}`).values = [[answer.reasons, answer.measures, answer.responsible, due]];
    if (wasProtected) protection.protect(options);
    await context.sync();
    return { ok: true, value: { row } };
  }, RETURNED_SHEETS.answers);
}
