jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'Excel', Outlook: 'Outlook' } }));

import { checkRequirements, REQUIREMENTS } from '../../src/office/excel';
import { createExcelMock, installExcel, MockWorkbookModel, officeGlobal, uninstallExcel } from './excelMock';

const globals = globalThis as unknown as Record<string, unknown>;

afterEach(uninstallExcel);

describe('the requirement sets', () => {
  it('are ExcelApi 1.8 for the pane and 1.7 for worksheet events', () => {
    expect(REQUIREMENTS.map((requirement) => `${requirement.set} ${requirement.version}`)).toEqual(['ExcelApi 1.8', 'ExcelApi 1.7']);
  });

  it('are met by a current Excel', () => {
    installExcel(createExcelMock(new MockWorkbookModel()), 17);
    expect(checkRequirements()).toEqual({ ok: true, value: { eventsSupported: true } });
  });

  it('name exactly what is missing, in Russian', () => {
    installExcel(createExcelMock(new MockWorkbookModel()), 7);
    const result = checkRequirements();
    expect(result).toMatchObject({ ok: false, problem: 'missing-requirements' });
    expect(!result.ok && result.missing).toEqual(['ExcelApi 1.8 — чтение протокола, отметка о завершении, новая книга из примера']);
  });

  it('are asked of the host once, not on every edit', () => {
    installExcel(createExcelMock(new MockWorkbookModel()), 17);
    const office = officeGlobal(17);
    const asked = jest.fn(office.context.requirements.isSetSupported);
    office.context.requirements.isSetSupported = asked;
    globals.Office = office;
    checkRequirements();
    const first = asked.mock.calls.length;
    for (let edit = 0; edit < 50; edit += 1) checkRequirements();
    expect(first).toBeGreaterThan(0);
    expect(asked.mock.calls.length).toBe(first);
  });
});
