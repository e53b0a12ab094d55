jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'Excel', Outlook: 'Outlook' } }));

import { checkSummaryRequirements, writeSummary } from '../../src/office/excel';
import { createExcelMock, installExcel, MockWorkbookModel, uninstallExcel } from './excelMock';

afterEach(uninstallExcel);

describe('what the analyst\'s summary needs of the host', () => {
  it('is met by a current Excel', () => {
    installExcel(createExcelMock(new MockWorkbookModel()), 17);
    expect(checkSummaryRequirements()).toEqual({ ok: true, value: true });
  });

  it('names each missing set and what stops working without it, and writes nothing', async () => {
    installExcel(createExcelMock(new MockWorkbookModel()), 5);
    const result = checkSummaryRequirements();
    expect(!result.ok && result.missing).toEqual([
      'ExcelApi 1.6 — выделение школ с флагами (условное форматирование)',
      'ExcelApi 1.7 — закрепление заголовков, чтение пометок листов',
    ]);
    expect(await writeSummary([], [])).toMatchObject({ ok: false, problem: 'missing-requirements' });
  });

  it('says plainly outside Excel', async () => {
    expect(await writeSummary([], [])).toMatchObject({ ok: false, problem: 'not-in-excel' });
  });
});
