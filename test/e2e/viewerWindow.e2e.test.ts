/**
 * The viewer window (issue 12) in the built add-in, against the stand-in Excel host and the stand-in Office dialog
 * (test/e2e/support/standInOffice.ts: displayDialogAsync opens viewer-window.html in a real popup of the same
 * browser context; messageChild/messageParent carry the messages). The window reads the package from IndexedDB
 * itself, follows the selected row, opens the criteria at the task's page, remembers a task's page in «По
 * заданиям», sends its keys back to the pane, and closes cleanly from either side. Pixels are read back from
 * the window's canvases; screenshots of the window at 1280 px wide.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { openPane, screenshot, type PaneSession } from './support/browser';
import { standInExcel, standInExcelScript } from './support/standInExcel';
import { canvasPixels, demoProtocol, demoZip, packageWithCriteria, type CanvasPixels } from './viewerWindowFixture';

const WINDOW = { width: 1280, height: 860 };

/**
 * The `Протокол` table's column filter, which the shared stand-in Excel does not model: `tables.getItemAt(0)
 * .columns.getItem(header).filter` (load criteria, applyValuesFilter, clear, apply), recorded in
 * `window.__standInTableFilter`. Rows are not hidden: the test asserts what was asked of Excel.
 */
const TABLE_FILTER_SCRIPT = `
(function () {
  var state = { criteria: null, calls: [] };
  window.__standInTableFilter = state;
  var run = window.Excel.run;
  function table(context) {
    return { columns: { getItem: function (header) {
      var filter = {
        load: function () { context.queue.push(function () { filter.criteria = JSON.parse(JSON.stringify(state.criteria || { filterOn: '' })); }); },
        applyValuesFilter: function (values) { context.queue.push(function () { state.criteria = { filterOn: 'Values', values: values.slice() }; state.calls.push(['values', header].concat(values)); }); },
        clear: function () { context.queue.push(function () { state.criteria = null; state.calls.push(['clear', header]); }); },
        apply: function (criteria) { context.queue.push(function () { state.criteria = JSON.parse(JSON.stringify(criteria)); state.calls.push(['apply', header]); }); },
      };
      return { filter: filter };
    } } };
  }
  function decorate(context) {
    var worksheets = context.workbook.worksheets;
    if (worksheets.__withTables) return;
    worksheets.__withTables = true;
    var getItem = worksheets.getItem;
    // An own property: the shared stand-in may define \`tables\` (tables.add) as a getter on its prototype.
    worksheets.getItem = function (name) {
      var sheet = getItem.call(worksheets, name);
      Object.defineProperty(sheet, 'tables', { value: { getItemAt: function () { return table(context); } }, configurable: true });
      return sheet;
    };
  }
  window.Excel.run = function (first, second) {
    var batch = typeof first === 'function' ? first : second;
    var wrapped = function (context) { decorate(context); return batch(context); };
    return typeof first === 'function' ? run(wrapped) : run(first, wrapped);
  };
})();
`;

/** Waits until the host's canvas shows page `pageNumber` of `workId`, and reads its pixels back. */
async function paintedCanvas(page: Page, workId: string, pageNumber: number): Promise<CanvasPixels> {
  const selector = `[data-page-host] canvas[data-work="${workId}"][data-page="${pageNumber}"]`;
  await page.locator(selector).waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    ([id, number]) => {
      const painted = (window as unknown as { __recheckViewerStats?: { rendersStarted: number; rendersCompleted: number; rendersCancelled: number; rendersFailed: number } }).__recheckViewerStats;
      const canvas = document.querySelector(`[data-page-host] canvas[data-work="${id}"][data-page="${number}"]`) as HTMLCanvasElement | null;
      return Boolean(painted && canvas && canvas.width > 0);
    },
    [workId, pageNumber] as const,
  );
  return canvasPixels(page, selector);
}

async function openWindow(pane: PaneSession): Promise<Page> {
  const [popup] = await Promise.all([
    pane.context.waitForEvent('page'),
    pane.page.getByRole('button', { name: 'Открыть в отдельном окне' }).click(),
  ]);
  popup.on('pageerror', (error) => pane.pageErrors.push(`window pageerror: ${error.message}`));
  popup.on('console', (message) => {
    if (message.type() === 'error') pane.pageErrors.push(`window console: ${message.text()}`);
  });
  await popup.setViewportSize(WINDOW);
  await popup.waitForLoadState('domcontentloaded');
  return popup;
}

function tableFilter(page: Page): Promise<{ criteria: unknown; calls: unknown[][] }> {
  return page.evaluate(() => (window as unknown as { __standInTableFilter: { criteria: unknown; calls: unknown[][] } }).__standInTableFilter);
}

async function closedSoon(context: BrowserContext, popup: Page): Promise<void> {
  if (popup.isClosed()) return;
  await popup.waitForEvent('close', { timeout: 10_000 });
  expect(context.pages()).not.toContain(popup);
}

describe('the viewer window', () => {
  let pane: PaneSession | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it('shows the selected work at full size, follows the rows, opens the criteria at the task, and closes cleanly', async () => {
    const workbook = await demoProtocol();
    pane = await openPane({ height: 1100, standInOffice: { host: 'Excel', extraScript: standInExcelScript(workbook) + TABLE_FILTER_SCRIPT } });
    const { page } = pane;
    const excel = standInExcel(page);
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.locator('[data-package="none"]').waitFor();
    await page.locator('[data-testid="package-input"]').setInputFiles({ name: 'Пакет.zip', mimeType: 'application/zip', buffer: await packageWithCriteria() });
    await page.locator('[data-package="ready"]').waitFor({ timeout: 30_000 });

    // Row 4: work 40001 (variant 1), task 3.
    await excel.select('G4');
    await page.locator('section[data-current-row="4"]').waitFor();
    const first = (await page.locator('section[data-current-row="4"]').getAttribute('data-work'))!;
    expect(first).toMatch(/\/40001$/);

    const popup = await openWindow(pane);
    const opened = await page.evaluate(() => (window as unknown as { __standInOffice: { calls: { displayDialogAsync: { url: string; options: { width: number; height: number } }[] } } }).__standInOffice.calls.displayDialogAsync);
    expect(opened).toHaveLength(1);
    expect(opened[0].url).toBe(`${pane.origin}/viewer-window.html`);
    expect(opened[0].options).toMatchObject({ width: 80, height: 90 });
    await popup.locator(`[data-window-work="${first}"]`).waitFor({ timeout: 30_000 });
    expect(await popup.locator('[data-window-task-label]').innerText()).toBe('Задание 3');
    const work = await paintedCanvas(popup, first, 1);
    // Full size: the page fills the window's width (not the pane's 320 px), and it is a scan, not a blank.
    expect(work.cssWidth).toBeGreaterThan(1000);
    expect(work.pixelWidth).toBeGreaterThanOrEqual(Math.floor(work.cssWidth));
    expect(work.distinct).toBeGreaterThan(20);
    expect(work.dark).toBeGreaterThan(100);
    // The pane says which work is in the window, and its own viewer steps aside.
    await page.locator(`[data-window-shows="${first}"][data-window-page="1"]`).waitFor();
    expect(await page.locator('[data-window-status="open"]').innerText()).toContain('В окне: работа 40001, страница 1 из');
    expect(await page.locator('[data-page-host]').count()).toBe(0);
    await screenshot(popup, 'viewer-window-work');

    // The criteria one key away, at the page where task 3 is (page 3 of 3), beside the work.
    await popup.keyboard.press('k');
    await popup.locator('aside[data-material-page="3"]').waitFor();
    expect(await popup.locator('[data-material-found="true"]').innerText()).toContain('на странице задания 3');
    const criteria = await paintedCanvas(popup, 'material:Материалы/Критерии 1.pdf', 3);
    expect(criteria.dark).toBeGreaterThan(20);
    await screenshot(popup, 'viewer-window-criteria');
    await popup.keyboard.press('Escape');
    await popup.locator('aside').waitFor({ state: 'detached' });

    // A page turned in the window reaches the pane.
    await popup.locator('section[data-work]').first().focus();
    await popup.keyboard.press('PageDown');
    await paintedCanvas(popup, first, 2);
    await page.locator(`[data-window-shows="${first}"][data-window-page="2"]`).waitFor();

    // Another row: the next work (one page), rendered ahead in the window, is shown.
    await popup.waitForFunction((id) => (window as unknown as { __recheckViewerStats: { prefetched: string | null } }).__recheckViewerStats.prefetched === id, first.replace('40001', '40002'));
    await excel.select('G8');
    const second = first.replace('40001', '40002');
    await popup.locator(`[data-window-work="${second}"]`).waitFor();
    await paintedCanvas(popup, second, 1);
    expect(await popup.evaluate(() => (window as unknown as { __recheckViewerStats: { painted: { fromPrefetch: boolean } } }).__recheckViewerStats.painted.fromPrefetch)).toBe(true);

    // T: the same task (3) of the next work; the pane moves the cursor in Excel.
    await popup.keyboard.press('t');
    await page.locator('section[data-current-row="12"]').waitFor();
    expect(await excel.selected()).toContain('Протокол!G12');
    const third = first.replace('40001', '40003');
    await popup.locator(`[data-window-work="${third}"]`).waitFor();

    // «По заданиям»: the table filtered to task 3, nothing written on the sheet.
    await page.getByRole('button', { name: 'По заданиям' }).click();
    await page.locator('[data-task-mode="3"]').waitFor();
    expect((await tableFilter(page)).criteria).toEqual({ filterOn: 'Values', values: ['3'] });
    await popup.locator('[data-window-work] >> text=По заданиям').waitFor();
    // The expert reads task 3 of variant 1 on page 2: remembered, and the next work of variant 1 opens there.
    await paintedCanvas(popup, third, 1);
    await popup.locator('section[data-work]').first().focus();
    await popup.keyboard.press('PageDown');
    await paintedCanvas(popup, third, 2);
    await popup.keyboard.press('t'); // 41001, variant 2: no page remembered, page 1
    await page.locator('section[data-current-row="16"]').waitFor();
    const fourth = (await page.locator('section[data-current-row="16"]').getAttribute('data-work'))!;
    await paintedCanvas(popup, fourth, 1);
    await popup.keyboard.press('t'); // 41002, variant 1: at page 2
    await page.locator('section[data-current-row="20"]').waitFor();
    const fifth = (await page.locator('section[data-current-row="20"]').getAttribute('data-work'))!;
    await paintedCanvas(popup, fifth, 2);
    await screenshot(popup, 'viewer-window-by-task');
    // Leaving the mode clears the filter it set; the values on the sheet are as they were.
    await page.getByRole('button', { name: 'Показать все строки' }).click();
    await page.locator('[data-task-mode=""]').waitFor();
    expect((await tableFilter(page)).criteria).toBeNull();
    expect(await excel.cell('Протокол', 'D12')).toBe('3');

    // Closing from the pane closes the window; reopening shows the current work again.
    await page.getByRole('button', { name: 'Закрыть окно' }).click();
    await closedSoon(pane.context, popup);
    await page.locator('[data-window-status="closed"]').waitFor();
    const again = await openWindow(pane);
    await again.locator(`[data-window-work="${fifth}"]`).waitFor({ timeout: 30_000 });
    await paintedCanvas(again, fifth, 1);

    // The person closes the window: the pane hears it (12006) and says so.
    await again.close();
    await page.locator('[data-window-status="closed"]').waitFor();
    expect(await page.locator('[data-window-status="closed"]').innerText()).toContain('Окно закрыто.');
    // The pane's viewer is back, and T works in the pane too: Shift+T, the same task of the previous work.
    await page.locator('[data-page-host]').waitFor();
    await page.getByRole('heading', { name: 'Протокол эксперта', level: 1 }).click();
    await page.keyboard.press('Shift+T');
    await page.locator('section[data-current-row="16"]').waitFor();

    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });

  it('keeps the viewer in the pane and says why where the host lacks DialogApi 1.2', async () => {
    const workbook = await demoProtocol();
    pane = await openPane({ height: 1100, standInOffice: { host: 'Excel', requirementSets: { ExcelApi: '1.17', DialogApi: '1.1' }, extraScript: standInExcelScript(workbook) } });
    const { page } = pane;
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.locator('[data-testid="package-input"]').setInputFiles({ name: 'Пакет.zip', mimeType: 'application/zip', buffer: demoZip });
    await page.locator('[data-package="ready"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-window-unsupported]').innerText()).toContain('DialogApi 1.2');
    expect(await page.getByRole('button', { name: 'Открыть в отдельном окне' }).isDisabled()).toBe(true);
    await standInExcel(page).select('G2');
    const work = (await page.locator('section[data-current-row="2"]').getAttribute('data-work'))!;
    const painted = await paintedCanvas(page, work, 1);
    expect(painted.distinct).toBeGreaterThan(20);
    expect(pane.pageErrors).toEqual([]);
  });
});
