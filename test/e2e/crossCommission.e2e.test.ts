/**
 * The checking school's commission in the built pane, against the stand-in Excel host holding a check protocol:
 * start → «Комиссия: проверить работы пакета» → choose the package ZIP → select a row of «Проверка» → the
 * classroom file opens at that work's first page, its pages marked in the thumbnails; correcting the first page
 * moves the view there; «Разделить работу» / «Объединить со следующей» change the page cells of the protocol.
 */
import type { Page } from 'playwright-core';
import { buildCheckProtocol } from '../../src/engine/cross/buildCheckProtocol';
import { buildZip } from '../support/archiveFixtures';
import { makeScanPdf } from '../support/pdfFactory';
import { openPane, screenshot, type PaneSession } from './support/browser';
import { standInExcel, standInExcelScript, workbookFromXlsx } from './support/standInExcel';

async function paintedPage(page: Page, workId: string, pageNumber: number): Promise<void> {
  await page.waitForFunction(
    ([id, n]) => {
      const stats = (window as unknown as { __recheckViewerStats?: { painted: { workId: string; page: number } | null } }).__recheckViewerStats;
      return stats?.painted?.workId === id && stats.painted.page === n;
    },
    [workId, pageNumber] as const,
    { timeout: 30_000 },
  );
}

describe('the commission’s view of a cross-check package', () => {
  let pane: PaneSession | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  /** The pane on the commission's screen, the package chosen, the protocol open in the stand-in Excel. */
  async function openCommission() {
    const protocol = await buildCheckProtocol({
      packageId: '2026-ПП-417-1', checker: 'Ш-417', subject: 'русский язык', grade: 6, createdAt: '2026-04-20T08:00:00.000Z',
      tasks: [{ task: '1', max: 2 }, { task: '2', max: 1 }],
      files: [{ file: 'Ш-205 6А.pdf', cipher: 'Ш-205', class: '6А', pages: 6, works: 3 }],
    }, 'secret');
    const packageZip = await buildZip([
      { path: 'Протокол проверки 2026-ПП-417-1.xlsx', data: protocol, method: 'store' },
      { path: 'Работы/Ш-205 6А.pdf', data: makeScanPdf({ pages: 6, widthPx: 620, heightPx: 877 }), method: 'store' },
    ]);
    const workbook = await workbookFromXlsx(protocol, { sheet: 'Проверка', row: 1, column: 1 });
    const session = await openPane({ height: 1100, standInOffice: { host: 'Excel', extraScript: standInExcelScript(workbook) } });
    pane = session;
    const { page } = session;
    const excel = standInExcel(page);
    await page.goto(`${session.origin}/taskpane.html`);
    await page.locator('[data-action="commission"]').click();
    await page.locator('[data-screen="commission"]').waitFor();
    await page.locator('[data-picker="cross-package"]').setInputFiles({ name: 'Пакет Ш-417.zip', mimeType: 'application/zip', buffer: Buffer.from(packageZip) });
    await page.locator('[data-package-ready]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-package-ready]').innerText()).toBe('«Пакет Ш-417.zip»: файлов классов — 1.');

    return { page, excel, session };
  }

  it('opens the selected row’s classroom file at the work’s first page', async () => {
    const { page, excel, session } = await openCommission();
    // The second work of the file: pages 3–4.
    await excel.select('D3');
    await page.locator('[data-work-row="3"]').waitFor();
    expect(await page.locator('[data-work-row="3"]').getAttribute('data-page-range')).toBe('3–4');
    await paintedPage(page, 'Ш-205 6А.pdf#3', 3);
    expect(await page.locator('[data-work-row="3"]').innerText()).toContain('Ш-205 6А.pdf · стр. 3–4');
    await screenshot(page, 'cross-commission-row');

    // The split was wrong: the commission moves the work's first page; selecting the row shows the new start.
    await excel.type('B3', 4);
    await excel.type('C2', 3);
    await excel.select('E3');
    await paintedPage(page, 'Ш-205 6А.pdf#4', 4);
    expect(await page.locator('[data-work-row="3"]').getAttribute('data-page-range')).toBe('4–4');
    await screenshot(page, 'cross-commission-corrected');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(session.blockedRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('marks the work’s pages in the thumbnails, splits a work at the page shown and merges it back', async () => {
    const { page, excel, session } = await openCommission();
    const inWork = () => page.locator('[data-thumbnails] [data-in-work]').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.page));
    const cells = async (row: number) => Promise.all(['A', 'B', 'C'].map((column) => excel.cell('Проверка', `${column}${row}`)));

    await excel.select('D3');
    await paintedPage(page, 'Ш-205 6А.pdf#3', 3);
    expect(await page.locator('[data-work-pages]').innerText()).toBe('стр. 3–4 из 6');
    expect(await inWork()).toEqual(['3', '4']);
    expect(await page.locator('[data-thumbnails] [data-page="4"]').getAttribute('aria-label')).toBe('Страница 4 из 6, страница работы');
    expect(await page.locator('[data-thumbnails] [data-page="5"]').getAttribute('aria-label')).toBe('Страница 5 из 6');
    await screenshot(page, 'cross-commission-range');

    // Page 4 is a work of its own: split there; the first spare row (5) gets it.
    await page.locator('[data-thumbnails] [data-page="4"]').click();
    await paintedPage(page, 'Ш-205 6А.pdf#3', 4);
    await page.locator('[data-action="split-work"]').click();
    await page.locator('[data-pages-edit="split"]').waitFor();
    expect(await cells(3)).toEqual(['Ш-205 6А.pdf', 3, 3]);
    expect(await cells(5)).toEqual(['Ш-205 6А.pdf', 4, 4]);
    await page.locator('[data-work-row="3"][data-page-range="3–3"]').waitFor();
    expect(await inWork()).toEqual(['3']);
    await screenshot(page, 'cross-commission-split');

    // It was one work after all: merge back; row 5 is spare again.
    await page.locator('[data-action="merge-next"]').click();
    await page.locator('[data-pages-edit="merge"]').waitFor();
    expect(await cells(3)).toEqual(['Ш-205 6А.pdf', 3, 4]);
    expect((await cells(5)).map((value) => value ?? '')).toEqual(['', '', '']);
    await page.locator('[data-work-row="3"][data-page-range="3–4"]').waitFor();
    expect(await inWork()).toEqual(['3', '4']);

    // The next work already has a code: merging would lose it, so nothing changes.
    await excel.type('D4', '40015');
    await page.locator('[data-action="merge-next"]').click();
    await page.locator('[data-pages-edit="next-has-data"]').waitFor();
    expect(await page.locator('[data-pages-edit="next-has-data"]').innerText()).toContain('В строке 4 уже вписаны код');
    expect(await cells(3)).toEqual(['Ш-205 6А.pdf', 3, 4]);
    expect(await cells(4)).toEqual(['Ш-205 6А.pdf', 5, 6]);
    await screenshot(page, 'cross-commission-merge-refused');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(session.pageErrors).toEqual([]);
  });
});
