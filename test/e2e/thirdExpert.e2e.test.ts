/**
 * Issue 11: the third expert opens a round-3 protocol — the earlier experts' scores read-only beside the grid — in
 * the built pane against the stand-in Excel host: the expert view recognises it, takes its package, shows the works
 * and checks it like any protocol; the extra columns are never taken for the expert's own entries.
 */
import type { Page } from 'playwright-core';
import {
  buildAdjudicationPackages, mergeProtocols, planAdjudication, type AdjudicationPackageFile,
} from '../../src/engine';
import { FIRST, SECOND, SECRET, fillWith, prepareTwoRounds, protocolIn, zipEntries } from '../engine/adjudication/twoRoundRegion';
import { openPane, screenshot, type PaneSession } from './support/browser';
import { standInExcel, standInExcelScript, workbookFromXlsx, type StandInWorkbook } from './support/standInExcel';

let round3: AdjudicationPackageFile;
let zip: Buffer;
let workbook: StandInWorkbook;

beforeAll(async () => {
  const region = await prepareTwoRounds();
  const returned = await Promise.all(region.packages.map(async (pkg) => ({
    file: `${pkg.packageId}.xlsx`, data: await fillWith(await protocolIn(pkg.data), pkg.round === 1 ? FIRST : SECOND),
  })));
  const merged = await mergeProtocols(returned, region.key);
  const plan = planAdjudication({ key: region.key, finals: merged.finals, createdAt: '2026-12-01T09:00:00.000Z', deadline: '2026-12-20' });
  const built: AdjudicationPackageFile[] = [];
  await buildAdjudicationPackages(plan, async (pkg) => { built.push(pkg); }, {
    earlierPackages: region.packages.map((pkg) => ({ name: pkg.fileName, data: pkg.data })), secret: SECRET,
  });
  round3 = built.sort((a, b) => b.plan.works.length - a.plan.works.length)[0];
  zip = Buffer.from(await round3.data.arrayBuffer());
  const protocol = (await zipEntries(round3.data)).get(`Протокол ${round3.plan.packageId}.xlsx`)!;
  workbook = await workbookFromXlsx(protocol, { sheet: 'Протокол', row: 1, column: 1 });
}, 120_000);

/** The viewer has drawn a page of the current work: its canvas is there and has a size. */
async function pageDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => ((document.querySelector('[data-page-host] canvas') as HTMLCanvasElement | null)?.width ?? 0) > 0, undefined, { timeout: 30_000 });
}

describe('the third expert’s protocol in the expert view', () => {
  let pane: PaneSession | undefined;
  afterAll(async () => {
    await pane?.close();
  });

  it('opens the round-3 protocol, takes its package, shows the works and checks the third expert’s scores only', async () => {
    const sheet = workbook.sheets.find((candidate) => candidate.name === 'Протокол')!;
    // The stand-in holds the sheet as Excel shows it: both earlier scores after «Пояснение».
    expect(sheet.rows[0].slice(10, 12)).toEqual(['Балл 1-го эксперта', 'Балл 2-го эксперта']);
    const rows = sheet.rows.length - 1;
    expect(rows).toBe(round3.plan.works.length * 4);

    pane = await openPane({ height: 1100, standInOffice: { host: 'Excel', extraScript: standInExcelScript(workbook) } });
    const { page } = pane;
    const excel = standInExcel(page);
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole('heading', { name: 'Протокол эксперта', level: 1 }).waitFor();
    expect(await page.locator('main').innerText()).toContain(`Пакет ${round3.plan.packageId} · русский язык, 6 класс`);
    await page.locator('[data-package="none"]').waitFor();
    // Only the third expert's own column is asked for: one missing score per task row, nothing about K and L.
    await page.locator('[data-attention="missing-expert-score"]').waitFor();
    expect(await page.locator('[data-attention="missing-expert-score"] li').count()).toBe(rows);
    expect(await page.locator('[data-attention]').count()).toBe(1);
    await screenshot(page, 'third-expert-open');

    await page.locator('[data-testid="package-input"]').setInputFiles({ name: 'Третья проверка.zip', mimeType: 'application/zip', buffer: zip });
    await page.locator('[data-package="ready"]').waitFor({ timeout: 30_000 });
    await excel.select('C2');
    const section = page.locator('section[data-current-row="2"]');
    await section.waitFor();
    expect(await section.getAttribute('data-work')).toBeTruthy();
    await pageDrawn(page);
    expect(await page.locator('[data-testid="current-work"]').innerText()).toMatch(/Работа 4\d{4} · ОО-\d+ · вариант \d/);
    await screenshot(page, 'third-expert-work');

    // The third expert scores every task as the school did: nothing left to fix.
    const block = sheet.rows.slice(1).map((line) => [line[5], '', '', '']);
    await excel.paste(`G2:J${rows + 1}`, block);
    await page.getByText('Замечаний нет: все баллы выставлены').waitFor();
    await page.getByRole('button', { name: 'Проверить протокол' }).click();
    await page.locator('[data-check="clean"]').waitFor();
    expect(await excel.cell('Протокол', 'K2')).toBe(sheet.rows[1][10]);
    await screenshot(page, 'third-expert-clean');

    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  }, 120_000);
});
