/**
 * The school's view (issue 9) in the built pane, against the stand-in Excel host loaded with a returned protocol
 * built by the engine from merged data: recognised by its hidden sheet → the school's totals beside the
 * municipality and region, why it needs attention → «Причины и меры» filled item by item, each answer written
 * into the workbook's unlocked cells.
 */
import {
  computeStatistics, excelSerialDate, mergeProtocols, returnProtocols, RETURNED_SHEETS, type ReturnedSchool, type StatisticsGroup,
} from '../../src/engine';
import { fillProtocol, prepareRegion } from '../engine/merge/returnedProtocols';
import { openPane, screenshot, type PaneSession } from './support/browser';
import { standInExcel, standInExcelScript, workbookFromXlsx, type StandInWorkbook } from './support/standInExcel';

interface SchoolCase {
  workbook: StandInWorkbook;
  school: ReturnedSchool;
  group: StatisticsGroup;
  region: StatisticsGroup;
}

/** The returned workbook of a flagged school, as the stand-in Excel holds it. */
async function flaggedSchool(): Promise<SchoolCase> {
  const region = await prepareRegion('секрет-школы');
  const inputs = [];
  for (const [id, blank] of region.protocols) inputs.push({ file: `${id}.xlsx`, data: await fillProtocol(blank, { lowerEvery: 2 }) });
  const merged = await mergeProtocols(inputs, region.key);
  const statistics = computeStatistics(merged.rows);
  const result = await returnProtocols({ merged, statistics, key: region.key, received: '2026-04-30', createdAt: '2026-05-01T00:00:00Z' });
  const municipality = result.municipalities.find((m) => m.schools.some((s) => s.flagged))!;
  const school = municipality.schools.find((s) => s.flagged)!;
  const bytes = municipality.files.find((file) => file.name === school.file)!.data;
  return {
    workbook: await workbookFromXlsx(bytes, { sheet: RETURNED_SHEETS.totals, row: 1, column: 1 }),
    school,
    group: statistics.groups.find((g) => g.level === 'school' && g.schoolCode === school.schoolCode)!,
    region: statistics.groups.find((g) => g.level === 'region')!,
  };
}

describe('the school view', () => {
  let pane: PaneSession | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it('recognises a returned protocol, shows the school beside the region, and writes «Причины и меры» item by item', async () => {
    const { workbook, school, group, region } = await flaggedSchool();
    pane = await openPane({ height: 1300, standInOffice: { host: 'Excel', extraScript: standInExcelScript(workbook) } });
    const { page } = pane;
    const excel = standInExcel(page);
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole('heading', { name: 'Протокол перепроверки', level: 1 }).waitFor();
    const main = page.locator('main');
    expect(await main.innerText()).toContain(`${school.school} (код ОО ${school.schoolCode})`);
    expect(await page.locator('[data-deadline]').getAttribute('data-deadline')).toBe('2026-05-18');

    // Totals: the school's figures counted from «Работы», the region's from «Итоги».
    const firstLine = page.locator('[data-totals] tbody tr').first();
    expect((await firstLine.locator('td').allInnerTexts()).map((text) => text.trim())).toEqual(['Работ перепроверено', String(group.works), expect.any(String), String(region.works)]);
    const attention = page.locator('[data-attention="flagged"]');
    expect(await attention.locator('li').count()).toBe(group.flags.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'school-open');

    // The first item: reasons, measures, responsible and date written into D–G of its row.
    const card = page.locator('[data-answer-row]');
    const row = Number(await card.getAttribute('data-answer-row'));
    const total = Number((await page.locator('[data-progress]').getAttribute('data-progress'))!.split('/')[1]);
    expect(total).toBeGreaterThan(0);
    await card.getByLabel('Выявленные причины').fill('Учителя не сверяли ответы с критериями');
    await card.getByLabel('Планируемые меры').fill('Семинар по критериям оценивания ВПР');
    await card.getByLabel('Ответственный').fill('Заместитель директора');
    await card.getByLabel('Срок').fill('2026-09-30');
    await screenshot(page, 'school-answer');
    await card.getByRole('button', { name: 'Записать в книгу' }).click();
    await page.locator('[data-progress="1/' + total + '"]').waitFor();
    expect(await excel.cell(RETURNED_SHEETS.answers, `D${row}`)).toBe('Учителя не сверяли ответы с критериями');
    expect(await excel.cell(RETURNED_SHEETS.answers, `E${row}`)).toBe('Семинар по критериям оценивания ВПР');
    expect(await excel.cell(RETURNED_SHEETS.answers, `F${row}`)).toBe('Заместитель директора');
    expect(await excel.cell(RETURNED_SHEETS.answers, `G${row}`)).toBe(excelSerialDate('2026-09-30'));
    // The form moved on to the next item; the topics (written by Recheck) are untouched.
    if (total > 1) expect(Number(await card.getAttribute('data-answer-row'))).toBe(row + 1);
    expect(await excel.cell(RETURNED_SHEETS.answers, `B${row}`)).not.toBe('');

    // The rest, one after another: then the pane says what to do with the workbook.
    for (let index = 1; index < total; index += 1) {
      await card.getByLabel('Выявленные причины').fill(`Причина ${index + 1}`);
      await card.getByLabel('Планируемые меры').fill(`Мера ${index + 1}`);
      await card.getByRole('button', { name: 'Записать в книгу' }).click();
      await page.locator(`[data-progress="${index + 1}/${total}"]`).waitFor();
    }
    await page.locator('[data-answers="done"]').waitFor();
    expect(await page.locator('[data-answers="done"]').innerText()).toContain('направьте её в муниципалитет');
    // The sheet is protected again after each write, as it was built.
    expect(workbook.sheets.find((sheet) => sheet.name === RETURNED_SHEETS.answers)!.protected).toBe(true);
    expect(await excel.isProtected(RETURNED_SHEETS.answers)).toBe(true);
    await screenshot(page, 'school-done');

    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });
});
