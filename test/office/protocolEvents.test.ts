jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'Excel', Outlook: 'Outlook' } }));

import { checkProtocolRows, PROTOCOL_SHEETS } from '../../src/engine';
import { openProtocol, readProtocolRows, subscribeToProtocol, type ProtocolChange } from '../../src/office/excel';
import { createExcelMock, installExcel, uninstallExcel, type ExcelMock } from './excelMock';
import { protocolWorkbook } from './protocolCells';

const GRID = PROTOCOL_SHEETS.protocol;
let mock: ExcelMock;

afterEach(uninstallExcel);

async function subscribed() {
  mock = createExcelMock(protocolWorkbook(30));
  installExcel(mock);
  const opened = await openProtocol();
  if (!opened.ok) throw new Error(opened.problem);
  const selections: string[] = [];
  const changes: ProtocolChange[] = [];
  mock.syncs.mockClear();
  const subscription = await subscribeToProtocol({ onSelection: (address) => selections.push(address), onChange: (change) => changes.push(change) });
  if (!subscription.ok) throw new Error(subscription.problem);
  return { layout: opened.value.layout, selections, changes, unsubscribe: subscription.value };
}

describe('listening to the Протокол sheet', () => {
  it('registers both handlers in one sync', async () => {
    await subscribed();
    expect(mock.syncs.mock.calls.length).toBe(1);
    expect(mock.workbook.selectionHandlers).toHaveLength(1);
    expect(mock.workbook.changeHandlers).toHaveLength(1);
  });

  it('passes on a selection\'s address', async () => {
    const { selections } = await subscribed();
    await mock.workbook.fireSelection('C14');
    expect(selections).toEqual(['C14']);
  });

  it('passes on a typed cell, with details', async () => {
    const { changes } = await subscribed();
    await mock.workbook.type(GRID, 'G5', [[2]]);
    expect(changes).toEqual([{ address: 'G5', shifted: false, withDetails: true }]);
  });

  it('passes on a pasted block without details, and its rows re-read in one sync are re-checked', async () => {
    const { changes, layout } = await subscribed();
    // Row 2: school 1 of 2, expert 2 with no code; row 3: X vs 1 with no code; row 4: code 6 without a text.
    await mock.workbook.type(GRID, 'G2:J4', [
      [2, '', '', ''],
      [1, '', '', ''],
      [1, '', 6, ''],
    ]);
    expect(changes).toEqual([{ address: 'G2:J4', shifted: false, withDetails: false }]);
    mock.syncs.mockClear();
    const update = await readProtocolRows(layout, changes[0].address);
    expect(mock.syncs.mock.calls.length).toBe(1);
    if (!update.ok) throw new Error(update.problem);
    const problems = checkProtocolRows(update.value.rows).map((problem) => [problem.cell, problem.problem]);
    expect(problems).toEqual([
      [`${GRID}!I2`, 'difference-without-code'],
      [`${GRID}!I3`, 'difference-without-code'],
      [`${GRID}!J4`, 'explanation-required'],
    ]);
  });

  it('says when rows were inserted or deleted, so the whole grid is read again', async () => {
    const { changes } = await subscribed();
    for (const handler of mock.workbook.changeHandlers) await handler({ address: '5:5', changeType: 'RowDeleted' });
    expect(changes).toEqual([{ address: '5:5', shifted: true, withDetails: false }]);
  });

  it('stops listening in one sync', async () => {
    const { unsubscribe } = await subscribed();
    mock.syncs.mockClear();
    await unsubscribe();
    expect(mock.syncs.mock.calls.length).toBe(1);
    expect(mock.workbook.selectionHandlers).toHaveLength(0);
    expect(mock.workbook.changeHandlers).toHaveLength(0);
  });

  it('needs ExcelApi 1.7 and says so', async () => {
    mock = createExcelMock(protocolWorkbook(1));
    installExcel(mock, 6);
    const result = await subscribeToProtocol({ onSelection: () => undefined, onChange: () => undefined });
    expect(result).toMatchObject({ ok: false, problem: 'missing-requirements' });
    expect(!result.ok && result.missing).toEqual(expect.arrayContaining([expect.stringContaining('ExcelApi 1.7')]));
  });
});
