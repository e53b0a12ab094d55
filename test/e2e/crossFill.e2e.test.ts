/**
 * The origin school's cross-check flow in the built pane, against the stand-in Excel host holding a real-derived
 * ФИС ОКО form: start → «Перенести результаты перекрёстной проверки» → choose the returned check protocol → the
 * pane shows what it will write, the codes not in the form and the cells it would overwrite → writing waits for
 * the confirmation → only score cells change. A protocol edited after preparation is refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildCheckProtocol } from '../../src/engine/cross/buildCheckProtocol';
import { readScoreSheet } from '../../src/engine/scoreSheets';
import { openPane, ROOT, screenshot, type PaneSession } from './support/browser';
import { standInExcel, standInExcelScript, workbookFromXlsx } from './support/standInExcel';

const FORM = new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', 'school-forms', 'base_form_2024-11-12.xlsx')));

/** A check protocol of the form's test, filled by a commission for 40001–40003 and a code the form lacks. */
async function returnedProtocol(edit?: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const read = await readScoreSheet(FORM, { archive: '', path: 'form.xlsx' });
  if (!read.ok) throw new Error('form not read');
  const tasks = read.sheet.tasks;
  const blank = await buildCheckProtocol({
    packageId: '2026-ПП-417-1', checker: 'Ш-417', subject: 'русский язык', grade: 4, createdAt: '2026-04-20T08:00:00.000Z', tasks,
    files: [{ file: 'Ш-205 4А.pdf', cipher: 'Ш-205', class: '4А', pages: 8, works: 4 }],
  }, 'secret');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(blank.slice().buffer as ArrayBuffer);
  const sheet = workbook.getWorksheet('Проверка')!;
  [['40001', 1], ['40002', 2], ['40003', 1], ['49999', 1]].forEach(([code, variant], index) => {
    sheet.getCell(2 + index, 4).value = code;
    sheet.getCell(2 + index, 5).value = variant;
    tasks.forEach((task, t) => {
      sheet.getCell(2 + index, 6 + t).value = t === 0 ? 0 : task.max;
    });
  });
  edit?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('the school’s cross-check results screen', () => {
  let pane: PaneSession | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it('shows what it will write, asks before overwriting, then writes only the score cells', async () => {
    const workbook = await workbookFromXlsx(FORM, { sheet: 'Протокол', row: 1, column: 1 });
    pane = await openPane({ height: 1100, standInOffice: { host: 'Excel', extraScript: standInExcelScript(workbook) } });
    const { page } = pane;
    const excel = standInExcel(page);
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.locator('[data-action="cross-results"]').click();
    await page.locator('[data-screen="cross-fill"]').waitFor();
    await screenshot(page, 'cross-fill-open');

    // A protocol whose task maximum was changed by hand is refused.
    await page.locator('[data-picker="check-protocol"]').setInputFiles({
      name: 'правленый.xlsx', mimeType: 'application/octet-stream',
      buffer: await returnedProtocol((book) => { book.getWorksheet('Проверка')!.getCell('F1').value = '1 (5б)'; }),
    });
    await page.locator('[data-refused="tampered"]').waitFor({ timeout: 30_000 });

    await page.locator('[data-picker="check-protocol"]').setInputFiles({ name: 'Протокол проверки 2026-ПП-417-1.xlsx', mimeType: 'application/octet-stream', buffer: await returnedProtocol() });
    await page.locator('[data-plan]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-summary]').innerText()).toBe('Будет записано: участников — 3, ячеек — 45 на листе «Протокол».');
    expect(await page.locator('[data-not-in-form]').innerText()).toContain('49999');
    // Participants 40004–40018 got no result; the absent 40019 and 40020 are not asked for.
    const problems = await page.locator('[data-form-problems]').innerText();
    expect(problems).toContain('Участник 40004 есть в форме, но результата проверки для него нет');
    expect(problems).toContain('То же — у участников: 40005, 40006, 40007, 40008, 40009, 40010, 40011, 40012, 40013, 40014, 40015, 40016, 40017, 40018.');
    expect(problems).not.toContain('40019');
    const overwritten = await page.locator('[data-overwritten] li').allInnerTexts();
    expect(overwritten).toContain('Протокол!C2: 1 → 0');
    const write = page.getByRole('button', { name: 'Записать в форму' });
    expect(await write.isDisabled()).toBe(true);
    await screenshot(page, 'cross-fill-planned');

    const before = { variant: await excel.cell('Протокол', 'B2'), total: await excel.cell('Протокол', 'U2'), row4: await excel.cell('Протокол', 'C5') };
    await page.getByRole('checkbox').check();
    await write.click();
    await page.locator('[data-written]').waitFor();
    expect(await page.locator('[data-written]').innerText()).toContain('Записано ячеек: 45');
    expect(await excel.cell('Протокол', 'C2')).toBe(0);
    expect(await excel.cell('Протокол', 'D2')).toBe(1);
    expect(await excel.cell('Протокол', 'E3')).toBe(2);
    // Not a score cell: unchanged. A participant without a result: unchanged.
    expect(await excel.cell('Протокол', 'B2')).toBe(before.variant);
    expect(await excel.cell('Протокол', 'U2')).toBe(before.total);
    expect(await excel.cell('Протокол', 'C5')).toBe(before.row4);
    await screenshot(page, 'cross-fill-written');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });
});
