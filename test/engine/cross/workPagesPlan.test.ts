import { checkDataRows, planMerge, planSplit, type WorkRow } from '../../../src/engine/cross/workPagesPlan';
import ExcelJS from 'exceljs';
import { buildCheckProtocol } from '../../../src/engine/cross/buildCheckProtocol';
import { CHECK_SHEETS, SPARE_ROWS } from '../../../src/engine/cross/checkProtocolLayout';

const FILE = 'Ш-205 6А.pdf';

/** Three works of 2 pages in a 6-page file, then spare rows — as the builder lays them out. */
function protocolRows(spares = 2): WorkRow[] {
  const works = [
    { row: 2, file: FILE, first: 1, last: 2, typed: false },
    { row: 3, file: FILE, first: 3, last: 4, typed: false },
    { row: 4, file: FILE, first: 5, last: 6, typed: false },
  ];
  const spare = Array.from({ length: spares }, (_, i) => ({ row: 5 + i, file: '', first: null, last: null, typed: false }));
  return [...works, ...spare];
}

function apply(rows: WorkRow[], plan: ReturnType<typeof planSplit>): WorkRow[] {
  if (!plan.ok) throw new Error(plan.refusal.reason);
  return rows.map((row) => {
    const edit = plan.edits.find((e) => e.row === row.row);
    return edit ? { ...row, file: edit.file, first: edit.first === '' ? null : edit.first, last: edit.last === '' ? null : edit.last } : row;
  });
}

describe('the commission’s split and merge of works', () => {
  it('counts the data rows as one per proposed work of every file plus the spare rows', () => {
    expect(checkDataRows([{ pages: 6, works: 3 }, { pages: 5, works: null }])).toEqual({ first: 2, last: 1 + 4 + SPARE_ROWS });
  });

  it('finds the same data rows the protocol builder lays out (a total formula in each, none after)', async () => {
    const files = [{ file: 'a.pdf', cipher: 'Ш-1', class: '6А', pages: 7, works: 3 }, { file: 'b.pdf', cipher: 'Ш-1', class: '6Б', pages: 4, works: null }];
    const bytes = await buildCheckProtocol({ packageId: 'p', checker: 'Ш-2', subject: 'математика', grade: 6, createdAt: '2026-04-20T08:00:00.000Z', tasks: [{ task: '1', max: 2 }], files }, 'secret');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet(CHECK_SHEETS.check)!;
    const withTotal: number[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1 && typeof (row.getCell(7).value as { formula?: string } | null)?.formula === 'string') withTotal.push(number);
    });
    const rows = checkDataRows(files);
    expect(withTotal).toEqual(Array.from({ length: rows.last - rows.first + 1 }, (_, i) => rows.first + i));
  });

  it('splits a work at the shown page: the row keeps the pages before it, the first spare row gets the rest', () => {
    const plan = planSplit(protocolRows(), 3, 4);
    expect(plan).toEqual({ ok: true, edits: [{ row: 3, file: FILE, first: 3, last: 3 }, { row: 5, file: FILE, first: 4, last: 4 }] });
  });

  it('refuses to split at the work’s first page or outside it', () => {
    expect(planSplit(protocolRows(), 3, 3)).toEqual({ ok: false, refusal: { reason: 'split-page-outside', page: 3, first: 3, last: 4 } });
    expect(planSplit(protocolRows(), 3, 5)).toMatchObject({ ok: false, refusal: { reason: 'split-page-outside' } });
  });

  it('refuses to split when no spare row is left, and never takes a row with something typed in it', () => {
    expect(planSplit(protocolRows(0), 3, 4)).toEqual({ ok: false, refusal: { reason: 'no-spare-row' } });
    const rows = protocolRows(1).map((row) => (row.row === 5 ? { ...row, typed: true } : row));
    expect(planSplit(rows, 3, 4)).toEqual({ ok: false, refusal: { reason: 'no-spare-row' } });
  });

  it('refuses to split a row without a file or pages', () => {
    expect(planSplit(protocolRows(), 5, 2)).toEqual({ ok: false, refusal: { reason: 'no-pages' } });
  });

  it('merges a work with the next one of the same file and makes that row spare again', () => {
    expect(planMerge(protocolRows(), 2)).toEqual({ ok: true, edits: [{ row: 2, file: FILE, first: 1, last: 4 }, { row: 3, file: '', first: '', last: '' }] });
  });

  it('merges back a split-off work wherever its row is', () => {
    const split = apply(protocolRows(), planSplit(protocolRows(), 3, 4));
    const merged = apply(split, planMerge(split, 3));
    expect(merged).toEqual(protocolRows());
  });

  it('refuses to merge when the next work has a code, variant or score typed, and when there is no next work', () => {
    const rows = protocolRows().map((row) => (row.row === 3 ? { ...row, typed: true } : row));
    expect(planMerge(rows, 2)).toEqual({ ok: false, refusal: { reason: 'next-has-data', row: 3 } });
    expect(planMerge(protocolRows(), 4)).toEqual({ ok: false, refusal: { reason: 'no-next-work' } });
  });

  it('does not merge across classroom files', () => {
    const rows: WorkRow[] = [
      { row: 2, file: 'a.pdf', first: 1, last: 2, typed: false },
      { row: 3, file: 'b.pdf', first: 3, last: 4, typed: false },
    ];
    expect(planMerge(rows, 2)).toEqual({ ok: false, refusal: { reason: 'no-next-work' } });
  });
});
