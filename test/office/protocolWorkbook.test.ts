jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'Excel', Outlook: 'Outlook' } }));

import { PROTOCOL_SHEETS } from '../../src/engine';
import {
  openProtocol,
  readCurrentRow,
  readProtocolGrid,
  readProtocolRows,
  recordCompletion,
  clearCompletion,
  selectProtocolCell,
  type GridLayout,
} from '../../src/office/excel';
import { createExcelMock, installExcel, MockWorkbookModel, uninstallExcel, type ExcelMock } from './excelMock';
import { PACKAGE_ID, protocolWorkbook } from './protocolCells';

const GRID = PROTOCOL_SHEETS.protocol;
const META = PROTOCOL_SHEETS.meta;
const AT = '2026-12-01T09:30:00.000Z';

let mock: ExcelMock;

function use(workbook: MockWorkbookModel, excelApi = 17): MockWorkbookModel {
  mock = createExcelMock(workbook);
  installExcel(mock, excelApi);
  return workbook;
}

function syncs(): number {
  return mock.syncs.mock.calls.length;
}

async function opened(works: number): Promise<GridLayout> {
  use(protocolWorkbook(works));
  const result = await openProtocol();
  if (!result.ok) throw new Error(result.problem);
  mock.syncs.mockClear();
  mock.workbook.reads = [];
  return result.value.layout;
}

afterEach(uninstallExcel);

describe('opening a protocol workbook', () => {
  it('reads the identity and every row of the grid in two syncs', async () => {
    use(protocolWorkbook(30));
    const result = await openProtocol();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.meta).toEqual({
      formatVersion: 2,
      packageId: PACKAGE_ID,
      round: 1,
      reviewer: 'expert',
      expert: 'Эксперт Демо',
      subject: 'русский язык',
      grade: 6,
      createdAt: '2026-11-22T10:00:00.000Z',
      deadline: '2026-12-20',
      completedAt: null,
    });
    expect(result.value.rows).toHaveLength(120);
    expect(result.value.rows[0]).toMatchObject({ row: 2, schoolCode: 'ОО-01', workCode: '40001', variant: 1, task: '1', max: 2 });
    expect(result.value.rows[0].schoolScore).toEqual({ kind: 'score', value: 1 });
    expect(result.value.rows[1].schoolScore).toEqual({ kind: 'no-answer' });
    expect(result.value.rows[0].expertScore).toEqual({ kind: 'empty' });
    expect(result.value.layout).toMatchObject({ width: 10, lastRow: 121 });
    expect(syncs()).toBe(2);
  });

  it('takes as many syncs for 3,000 rows as for 30', async () => {
    const counts: number[] = [];
    for (const works of [8, 750]) {
      use(protocolWorkbook(works));
      const result = await openProtocol();
      expect(result.ok && result.value.rows.length).toBe(works * 4);
      counts.push(syncs());
    }
    expect(counts).toEqual([2, 2]);
  });

  it('reads the used rows of the grid columns, never whole columns', async () => {
    const workbook = use(protocolWorkbook(750));
    await openProtocol();
    expect(workbook.reads).toEqual(expect.arrayContaining([`${GRID}!A1:J3001`, `${META}!A1:B40`]));
    expect(workbook.reads.every((address) => !/![A-Z]+:[A-Z]+$/.test(address))).toBe(true);
  });

  it('finds the columns by their header text', async () => {
    const workbook = protocolWorkbook(2);
    const sheet = workbook.sheets.get(GRID)!;
    // Балл эксперта and Код ошибки swapped: the header says where each one is.
    for (const line of sheet.rows) [line[6], line[8]] = [line[8], line[6]];
    sheet.rows[1][8] = 2;
    use(workbook);
    const result = await openProtocol();
    expect(result.ok && result.value.rows[0].expertScore).toEqual({ kind: 'score', value: 2 });
    expect(result.ok && result.value.layout.columns.expertScore).toBe(9);
  });

  it('calls any other workbook "not a protocol" after two syncs', async () => {
    const workbook = new MockWorkbookModel();
    workbook.addSheet('Лист1', [['Код', 'Вариант']]);
    use(workbook);
    const result = await openProtocol();
    expect(result).toMatchObject({ ok: false, problem: 'not-a-protocol' });
    expect(syncs()).toBe(2);
  });

  it('calls a sheet named "recheck" without the marker "not a protocol"', async () => {
    const workbook = new MockWorkbookModel();
    workbook.addSheet(GRID, [['Код ОО']]);
    workbook.addSheet(META, [['что-то', 'своё']]);
    use(workbook);
    expect(await openProtocol()).toMatchObject({ ok: false, problem: 'not-a-protocol' });
  });

  it('names another format version', async () => {
    use(protocolWorkbook(1, { version: 3 }));
    const result = await openProtocol();
    expect(result).toMatchObject({ ok: false, problem: 'wrong-version' });
    expect(!result.ok && result.version).toBe('3');
  });

  it('opens a format-1 protocol (sent before rounds) as the first round of an expert', async () => {
    use(protocolWorkbook(2, { version: 1 }));
    const result = await openProtocol();
    expect(result.ok && result.value.meta).toMatchObject({ formatVersion: 1, round: 1, reviewer: 'expert', packageId: PACKAGE_ID });
  });

  it('finds a renamed hidden sheet by its marker and records completion there', async () => {
    const workbook = protocolWorkbook(2);
    const meta = workbook.sheets.get(META)!;
    workbook.sheets.delete(META);
    workbook.addSheet('служебный', meta.rows, { visibility: 'Hidden' });
    workbook.addSheet(META, [['что-то', 'своё']]);
    use(workbook);
    const result = await openProtocol();
    expect(result.ok && result.value.metaSheet).toBe('служебный');
    expect(result.ok && result.value.meta.packageId).toBe(PACKAGE_ID);
    expect(syncs()).toBe(2);
    expect(await recordCompletion(AT, 'служебный')).toMatchObject({ ok: true });
    expect(workbook.cell('служебный', 9, 2)).toBe(AT);
    expect(workbook.cell(META, 1, 1)).toBe('что-то');
  });

  it('says when the Протокол sheet is gone', async () => {
    const workbook = protocolWorkbook(1);
    workbook.sheets.delete(GRID);
    use(workbook);
    expect(await openProtocol()).toMatchObject({ ok: false, problem: 'no-protocol-sheet' });
  });

  it('says which requirement sets are missing instead of calling Excel', async () => {
    use(protocolWorkbook(1), 6);
    const result = await openProtocol();
    expect(result).toMatchObject({ ok: false, problem: 'missing-requirements' });
    expect(!result.ok && result.missing?.join('; ')).toMatch(/ExcelApi 1\.8 — .*; ExcelApi 1\.7 — .*события/);
    expect(syncs()).toBe(0);
  });

  it('is "not in Excel" without an Excel host', async () => {
    uninstallExcel();
    expect(await openProtocol()).toMatchObject({ ok: false, problem: 'not-in-excel' });
  });

  it('turns a cell being edited into a typed failure, not a throw', async () => {
    const workbook = use(protocolWorkbook(1));
    workbook.failNextSync = 'InvalidOperationInCellEditMode';
    const result = await openProtocol();
    expect(result).toMatchObject({ ok: false, problem: 'cell-edit-mode', code: 'InvalidOperationInCellEditMode' });
  });
});

describe('re-reading rows', () => {
  it('re-reads a typed cell in one sync', async () => {
    const layout = await opened(30);
    mock.workbook.setCell(GRID, 5, 7, 3);
    const result = await readProtocolRows(layout, 'G5');
    expect(result.ok && result.value.rows.map((row) => [row.row, row.expertScore])).toEqual([[5, { kind: 'score', value: 3 }]]);
    expect(syncs()).toBe(1);
  });

  it('re-reads a pasted block in one sync, whatever its size', async () => {
    const layout = await opened(750);
    const result = await readProtocolRows(layout, `${GRID}!G3:I2900`);
    expect(result.ok && result.value).toMatchObject({ first: 3, last: 2900 });
    expect(result.ok && result.value.rows).toHaveLength(2898);
    expect(syncs()).toBe(1);
  });

  it('bounds a whole column to the grid', async () => {
    const layout = await opened(30);
    const result = await readProtocolRows(layout, 'G:G');
    expect(result.ok && result.value).toMatchObject({ first: 2, last: 121 });
    expect(mock.workbook.reads).toEqual([`${GRID}!A2:J121`]);
  });

  it('reads nothing for an address below the grid', async () => {
    const layout = await opened(3);
    const result = await readProtocolRows(layout, 'G500:G510');
    expect(result.ok && result.value.rows).toEqual([]);
    expect(syncs()).toBe(0);
  });

  it('reads the whole grid again in one sync', async () => {
    await opened(30);
    const result = await readProtocolGrid();
    expect(result.ok && result.value.rows).toHaveLength(120);
    expect(syncs()).toBe(1);
  });
});

describe('the current row', () => {
  it('reads the active cell\'s row in one sync', async () => {
    const layout = await opened(30);
    mock.workbook.active = { sheet: GRID, row: 7, column: 9 };
    const result = await readCurrentRow(layout);
    expect(result.ok && result.value.row).toMatchObject({ row: 7, workCode: '40002', task: '2' });
    expect(result.ok && result.value.address).toBe(`${GRID}!I7`);
    expect(syncs()).toBe(1);
  });

  it('says so when the active cell is on another sheet', async () => {
    const layout = await opened(3);
    mock.workbook.active = { sheet: PROTOCOL_SHEETS.comments, row: 3, column: 3 };
    const result = await readCurrentRow(layout);
    expect(result).toMatchObject({ ok: false, problem: 'not-on-protocol-sheet' });
    expect(!result.ok && result.sheet).toBe('Протокол');
  });

  it('says so on the header row', async () => {
    const layout = await opened(3);
    mock.workbook.active = { sheet: GRID, row: 1, column: 1 };
    expect(await readCurrentRow(layout)).toMatchObject({ ok: false, problem: 'outside-grid' });
  });
});

describe('selecting a cell', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    await opened(3);
    expect(await selectProtocolCell(`${GRID}!I12`)).toEqual({ ok: true, value: { address: `${GRID}!I12` } });
    expect(mock.workbook.activated).toEqual([GRID]);
    expect(mock.workbook.selected).toEqual([`${GRID}!I12`]);
    expect(syncs()).toBe(1);
  });
});

describe('recording completion', () => {

  it('writes completedAt as text on the hidden sheet in two syncs and touches nothing else', async () => {
    await opened(30);
    const before = JSON.stringify(mock.workbook.sheets.get(GRID)!.rows);
    expect(await recordCompletion(AT)).toEqual({ ok: true, value: { completedAt: AT } });
    expect(mock.workbook.cell(META, 9, 2)).toBe(AT);
    expect(mock.workbook.writes).toEqual([{ address: `${META}!B9`, values: [[AT]], numberFormat: [['@']] }]);
    expect(mock.workbook.protectionCalls).toEqual([]);
    expect(JSON.stringify(mock.workbook.sheets.get(GRID)!.rows)).toBe(before);
    expect(syncs()).toBe(2);
  });

  it('unprotects a hidden sheet someone protected, and protects it again', async () => {
    use(protocolWorkbook(3, { metaProtected: true }));
    expect(await recordCompletion(AT)).toMatchObject({ ok: true });
    expect(mock.workbook.protectionCalls).toEqual([`unprotect ${META}`, `protect ${META}`]);
    expect(mock.workbook.sheets.get(META)!.protected).toBe(true);
    expect(mock.workbook.cell(META, 9, 2)).toBe(AT);
    expect(syncs()).toBe(3);
  });

  it('reports a password-protected hidden sheet as a typed failure', async () => {
    use(protocolWorkbook(3, { metaProtected: true, metaPassword: true }));
    const result = await recordCompletion(AT);
    expect(result).toMatchObject({ ok: false, problem: 'sheet-protected', code: 'AccessDenied' });
    expect(!result.ok && result.sheet).toBe('recheck');
    expect(mock.workbook.cell(META, 9, 2)).toBe('');
  });

  it('clears the mark of a protocol edited after finishing, and a new finish records the new time', async () => {
    use(protocolWorkbook(3, { completedAt: '2026-05-01T10:00:00.000Z' }));
    const opened = await openProtocol();
    expect(opened.ok && opened.value.meta.completedAt).toBe('2026-05-01T10:00:00.000Z');
    expect(await clearCompletion()).toMatchObject({ ok: true });
    expect(mock.workbook.cell(META, 9, 2)).toBe('');
    const reopened = await openProtocol();
    expect(reopened.ok && reopened.value.meta.completedAt).toBeNull();
    expect(await recordCompletion(AT)).toMatchObject({ ok: true });
    expect(mock.workbook.cell(META, 9, 2)).toBe(AT);
  });

  it('never unprotects a sheet that is not protected', async () => {
    use(protocolWorkbook(3));
    await recordCompletion(AT);
    expect(mock.workbook.protectionCalls).toEqual([]);
  });
});
