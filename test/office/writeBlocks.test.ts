jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'Excel', Outlook: 'Outlook' } }));

import { blocksUnderBudget, REQUEST_BYTE_BUDGET, rowBytes, writeBlocks } from '../../src/office/excel/writeBlocks';
import { createExcelMock, MockWorkbookModel, type Cell } from './excelMock';

function textRows(count: number, width: number): Cell[][] {
  return Array.from({ length: count }, (_, row) => Array.from({ length: width }, (_, column) => `=строка ${row}, столбец ${column}`));
}

async function written(rows: Cell[][], budget?: number) {
  const workbook = new MockWorkbookModel();
  workbook.addSheet('Лист', []);
  const mock = createExcelMock(workbook);
  const context = mock.context as unknown as Excel.RequestContext;
  const sheet = (mock.context.workbook.worksheets.getItem('Лист') as unknown) as Excel.Worksheet;
  const blocks = await writeBlocks(context, sheet, { row: 2, column: 3, values: rows, asText: true, budget });
  return { workbook, blocks, syncs: mock.syncs.mock.calls.length };
}

describe('writing blocks under the request limit', () => {
  it('counts UTF-8 bytes: Cyrillic takes two', () => {
    expect(rowBytes(['abc'], false)).toBe(7);
    expect(rowBytes(['абв'], false)).toBe(10);
    expect(rowBytes(['абв'], true)).toBe(16);
  });

  it('writes a small block in one sync, as text, where it was asked', async () => {
    const { workbook, blocks, syncs } = await written(textRows(30, 4));
    expect(blocks).toBe(1);
    expect(syncs).toBe(1);
    expect(workbook.writes.map((write) => write.address)).toEqual(['Лист!C2:F31']);
    expect(workbook.cell('Лист', 2, 3)).toBe('=строка 0, столбец 0');
    expect(workbook.sheets.get('Лист')!.formats.get('2,3')).toBe('@');
  });

  it('cuts a large write into blocks each under the budget, one sync per block, no row lost', async () => {
    const rows = textRows(3000, 10);
    const budget = 200 * 1024;
    const { workbook, blocks, syncs } = await written(rows, budget);
    const total = rows.reduce((sum, row) => sum + rowBytes(row, true), 0);
    expect(blocks).toBe(Math.ceil(total / budget));
    expect(syncs).toBe(blocks);
    for (const write of workbook.writes) expect(write.values!.reduce((sum, row) => sum + rowBytes(row, true), 0)).toBeLessThanOrEqual(budget);
    expect(workbook.writes.reduce((sum, write) => sum + write.values!.length, 0)).toBe(3000);
    expect(workbook.cell('Лист', 3001, 12)).toBe('=строка 2999, столбец 9');
  });

  it('keeps the default budget under Excel on the web\'s 5 MB', () => {
    expect(REQUEST_BYTE_BUDGET).toBeLessThan(5 * 1024 * 1024);
    const rows = textRows(60_000, 10);
    const blocks = blocksUnderBudget(rows, true);
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks[0][0]).toBe(0);
    expect(blocks.at(-1)![1]).toBe(rows.length);
  });
});
