/**
 * The expert's flow in the built pane, against the stand-in Excel host loaded with the demo protocol's cells:
 * open → expert view; choose the package → select a row → the work's first page is painted; type a differing
 * score → flagged; paste a block (onChanged without details) → flagged; fix → clean; check and finish →
 * completion recorded on the hidden sheet; reload → the package comes from IndexedDB.
 */
import type { Page } from 'playwright-core';
import { openPane, screenshot, type PaneSession } from './support/browser';
import { installStandInOffice } from './support/standInOffice';
import { standInExcel, standInExcelScript, workbookFromXlsx, type StandInCell, type StandInWorkbook } from './support/standInExcel';
import { canvasPixels, demo, demoProtocol, demoZip } from './viewerWindowFixture';

/** Column F (Балл ОО) of a sheet row, as the stand-in holds it. */
function schoolScore(workbook: StandInWorkbook, row: number): StandInCell {
  return workbook.sheets.find((sheet) => sheet.name === 'Протокол')!.rows[row - 1][5];
}

function maxScore(workbook: StandInWorkbook, row: number): number {
  return Number(workbook.sheets.find((sheet) => sheet.name === 'Протокол')!.rows[row - 1][4]);
}

function points(value: StandInCell): number {
  return typeof value === 'number' ? value : 0;
}

/** Waits until the viewer has painted `workId`'s first page, and checks the canvas is not blank. */
async function paintedPage(page: Page, workId: string): Promise<{ distinct: number; dark: number }> {
  await page.waitForFunction(
    (id) => {
      const stats = (window as unknown as { __recheckViewerStats?: { painted: { workId: string; page: number } | null } }).__recheckViewerStats;
      return stats?.painted?.workId === id && stats.painted.page === 1;
    },
    workId,
    { timeout: 30_000 },
  );
  return canvasPixels(page, '[data-page-host] canvas');
}

async function attentionCount(page: Page, code: string): Promise<number> {
  const group = page.locator(`[data-attention="${code}"]`);
  if ((await group.count()) === 0) return 0;
  return group.locator('li').count();
}

describe('the expert view', () => {
  let pane: PaneSession | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it('shows the work of the selected row, flags what is typed and pasted, finishes, and keeps the package', async () => {
    const workbook = await demoProtocol();
    pane = await openPane({ height: 1100, standInOffice: { host: 'Excel', extraScript: standInExcelScript(workbook) } });
    const { page } = pane;
    const excel = standInExcel(page);

    // Open: a protocol workbook gets the expert view, asking for the package.
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole('heading', { name: 'Протокол эксперта', level: 1 }).waitFor();
    expect(await page.locator('main').innerText()).toContain(`Пакет ${demo.packageId} · русский язык, 6 класс`);
    await page.locator('[data-package="none"]').waitFor();
    // Every task still needs its score.
    expect(await attentionCount(page, 'missing-expert-score')).toBe(5);
    expect(await page.locator('[data-attention="missing-expert-score"]').innerText()).toContain('20');
    await screenshot(page, 'expert-open');

    // Choose the package.
    await page.locator('[data-testid="package-input"]').setInputFiles({ name: 'Пакет эксперта.zip', mimeType: 'application/zip', buffer: demoZip });
    await page.locator('[data-package="ready"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-package="ready"]').innerText()).toContain('«Пакет эксперта.zip»: 5 работ');
    await screenshot(page, 'expert-package');

    // Select a row: its work, variant and task; the first page painted.
    await excel.select('C2');
    const section = page.locator('section[data-current-row="2"]');
    await section.waitFor();
    const identity = await page.locator('[data-testid="current-work"]').innerText();
    expect(identity).toMatch(/Работа 40001 · ОО-\d+ · вариант 1/);
    expect(identity).toContain('Задание 1 (макс. 2)');
    const workId = (await section.getAttribute('data-work'))!;
    const painted = await paintedPage(page, workId);
    expect(painted.distinct).toBeGreaterThan(20);
    expect(painted.dark).toBeGreaterThan(100);
    await screenshot(page, 'expert-work');

    // Type a score that differs from the school's: the missing code is flagged.
    const differing = points(schoolScore(workbook, 2)) === 0 ? 1 : 0;
    await excel.type('G2', differing);
    await page.locator('[data-attention="difference-without-code"]').waitFor();
    expect(await attentionCount(page, 'difference-without-code')).toBe(1);
    expect(await page.locator('[data-attention="difference-without-code"]').innerText()).toContain('I2');
    // Beside the current task, and above the work: what to fix.
    expect(await page.locator('[data-row-problems]').innerText()).toContain('Расхождение без кода ошибки');
    expect(await page.locator('[data-mistakes]').innerText()).toContain('Нужно исправить: 1 ячейка');
    await screenshot(page, 'expert-flagged');

    // Paste a block (no details): a score above the maximum, a code where the scores agree — both flagged.
    const syncsBefore = await excel.syncs();
    await excel.paste('G3:I5', [
      [maxScore(workbook, 3) + 1, '', ''],
      [schoolScore(workbook, 4), '', 2],
      [schoolScore(workbook, 5), '', ''],
    ]);
    await page.locator('[data-attention="score-out-of-range"]').waitFor();
    await page.locator('[data-attention="code-without-difference"]').waitFor();
    expect(await attentionCount(page, 'score-out-of-range')).toBe(1);
    expect(await attentionCount(page, 'code-without-difference')).toBe(1);
    // The pasted block was re-read in one batch: one sync.
    expect((await excel.syncs()) - syncsBefore).toBe(1);
    await screenshot(page, 'expert-paste');

    // A click on a listed problem selects its cell in Excel.
    await page.locator('[data-attention="score-out-of-range"] li button').first().click();
    await page.waitForFunction(() => (window as unknown as { __standInExcel: { selected: string[] } }).__standInExcel.selected.includes('Протокол!G3'));

    // Fix: a code for the difference, every other score equal to the school's, the stray code cleared.
    await excel.type('I2', 3);
    const rows = workbook.sheets.find((sheet) => sheet.name === 'Протокол')!.rows.length;
    const block: StandInCell[][] = [];
    for (let row = 3; row <= rows; row += 1) block.push([schoolScore(workbook, row), '', '', '']);
    await excel.paste(`G3:J${rows}`, block);
    await page.getByText('Замечаний нет: все баллы выставлены').waitFor();
    expect(await page.locator('[data-attention-count]').getAttribute('data-attention-count')).toBe('0');
    await screenshot(page, 'expert-clean');

    // Check the whole protocol, then finish: completion recorded on the hidden sheet.
    await page.getByRole('button', { name: 'Проверить протокол' }).click();
    await page.locator('[data-check="clean"]').waitFor();
    expect(await page.locator('[data-check="clean"]').innerText()).toContain('20 строк, 5 работ, замечаний нет');
    expect(await page.locator('main').innerText()).toContain('recheck check');
    await page.getByRole('button', { name: 'Завершить' }).click();
    await page.locator('[data-completed]').waitFor();
    const completedAt = await excel.cell('recheck', 'B9');
    expect(String(completedAt)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(await page.locator('[data-completed]').getAttribute('data-completed')).toBe(completedAt);
    const finished = await page.locator('[data-completed]').innerText();
    expect(finished).toContain('Сохраните книгу');
    expect(finished).toContain('Распечатайте лист «Протокол»');
    expect(finished).toContain('скан подписанной распечатки');
    // The expert's cells are as typed: the add-in wrote nothing on Протокол.
    expect(await excel.cell('Протокол', 'G2')).toBe(differing);
    expect(await excel.cell('Протокол', 'I2')).toBe(3);
    await screenshot(page, 'expert-finished');

    // An edit after finishing: the completion mark is cleared, and the pane says so.
    await excel.type('G2', differing);
    await page.locator('[data-completion-cleared]').waitFor();
    expect(await page.locator('[data-completion-cleared]').innerText()).toContain('отметка о завершении снята');
    expect(await excel.cell('recheck', 'B9')).toBe('');
    // A task marked hardest (+) on Комментарии without a reason: a hint, and finishing is still allowed.
    await page.evaluate(() => {
      (window as unknown as { __standInExcel: { active: unknown } }).__standInExcel.active = { sheet: 'Комментарии', row: 4, column: 3 };
    });
    await excel.type('C4', '+');
    await page.locator('[data-comment-hints="1"]').waitFor();
    expect(await page.locator('[data-comment-hints]').innerText()).toContain('Задание 3 отмечено «+», но причина затруднений не описана (D4)');
    await screenshot(page, 'expert-comment-hint');
    await page.evaluate(() => {
      (window as unknown as { __standInExcel: { active: unknown } }).__standInExcel.active = { sheet: 'Протокол', row: 2, column: 7 };
    });
    // Finishing again records the new time.
    await page.getByRole('button', { name: 'Завершить', exact: true }).click();
    await page.locator(`[data-completed]:not([data-completed="${completedAt}"])`).waitFor();
    const again = await excel.cell('recheck', 'B9');
    expect(String(again)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(again).not.toBe(completedAt);
    expect(await page.locator('[data-completion-cleared]').count()).toBe(0);
    // Documents are opened per work shown (and the next one prefetched), not per render.
    const opened = await page.evaluate(() => (window as unknown as { __recheckViewerStats: { documentsOpened: number } }).__recheckViewerStats.documentsOpened);
    expect(opened).toBeLessThanOrEqual(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // Reopen: the package is there without choosing it again.
    await page.reload();
    await page.getByRole('heading', { name: 'Протокол эксперта', level: 1 }).waitFor();
    await page.locator('[data-package="ready"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-package="ready"]').innerText()).toContain('Пакет сохранён на этом компьютере');
    await excel.select('E6');
    const reopened = page.locator('section[data-current-row="6"]');
    await reopened.waitFor();
    const reopenedPaint = await paintedPage(page, (await reopened.getAttribute('data-work'))!);
    expect(reopenedPaint.distinct).toBeGreaterThan(20);
    expect(await page.locator('[data-testid="storage-usage"]').innerText()).toMatch(/Занято на этом компьютере: [\d,]+ [КМ]?Б/);
    await screenshot(page, 'expert-reopen');

    // Storage can be cleared: the package is gone, the picker is back.
    await page.getByRole('button', { name: 'Удалить сохранённые пакеты' }).click();
    await page.getByText('Удалено пакетов: 1').waitFor();
    await page.locator('[data-package="none"]').waitFor();

    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });

  it('says plainly when the disk is full, and still shows the works', async () => {
    const workbook = await demoProtocol();
    pane = await openPane({
      standInOffice: { host: 'Excel', extraScript: standInExcelScript(workbook) },
      // The browser's storage is full: storing a package fails as Chromium fails it.
      initScript: `const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (value, key) {
          if (value && value.data instanceof Blob) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return put.call(this, value, key);
        };`,
    });
    const { page } = pane;
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.locator('[data-testid="package-input"]').setInputFiles({ name: 'Пакет.zip', mimeType: 'application/zip', buffer: demoZip });
    await page.locator('[data-package="ready"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-package="ready"]').innerText()).toContain('не сохранён: на диске не хватает места');
    await standInExcel(page).select('B2');
    const section = page.locator('section[data-current-row="2"]');
    await section.waitFor();
    await paintedPage(page, (await section.getAttribute('data-work'))!);
    await screenshot(page, 'expert-quota');
  });

  it('refuses the package of another protocol and says which one it is', async () => {
    const workbook = await demoProtocol();
    const meta = workbook.sheets.find((sheet) => sheet.name === 'recheck')!;
    meta.rows[2][1] = '2026-Э02-1';
    pane = await openPane({ standInOffice: { host: 'Excel', extraScript: standInExcelScript(workbook) } });
    const { page } = pane;
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.locator('[data-package="none"]').waitFor();
    await page.locator('[data-testid="package-input"]').setInputFiles({ name: 'чужой.zip', mimeType: 'application/zip', buffer: demoZip });
    await page.locator('[data-package="refused"]').waitFor();
    expect(await page.locator('main').innerText()).toContain(`«чужой.zip» — пакет ${demo.packageId}, а открыт протокол пакета 2026-Э02-1`);
    await screenshot(page, 'expert-wrong-package');
  });

  it('shows the current row on request where selection events do not come', async () => {
    const workbook = await demoProtocol();
    workbook.active = { sheet: 'Протокол', row: 1, column: 1 };
    pane = await openPane({ standInOffice: { host: 'Excel', extraScript: standInExcelScript(workbook) } });
    const { page } = pane;
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole('heading', { name: 'Протокол эксперта', level: 1 }).waitFor();
    // The cursor moves without an event reaching the pane.
    await page.evaluate(() => {
      (window as unknown as { __standInExcel: { active: unknown } }).__standInExcel.active = { sheet: 'Протокол', row: 9, column: 7 };
    });
    await page.getByRole('button', { name: 'Показать работу текущей строки' }).click();
    await page.locator('section[data-current-row="9"]').waitFor();
    expect(await page.locator('[data-testid="current-work"]').innerText()).toContain('Задание 4К1');
    // On another sheet it says where to go.
    await page.evaluate(() => {
      (window as unknown as { __standInExcel: { active: unknown } }).__standInExcel.active = { sheet: 'Комментарии', row: 3, column: 3 };
    });
    await page.getByRole('button', { name: 'Показать работу текущей строки' }).click();
    await page.locator('[data-excel-problem="not-on-protocol-sheet"]').waitFor();
  });

  it('opens the demo from the start screen: a new workbook, and the package already stored for it', async () => {
    const blank: StandInWorkbook = { sheets: [{ name: 'Лист1', rows: [], visibility: 'Visible', protected: false }], active: { sheet: 'Лист1', row: 1, column: 1 } };
    pane = await openPane({ standInOffice: { host: 'Excel', extraScript: standInExcelScript(blank) } });
    const { page } = pane;
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole('button', { name: 'Открыть пример' }).click();
    await page.getByText('Пример открыт в новой книге').waitFor({ timeout: 30_000 });
    const [created] = await standInExcel(page).created();
    expect(Buffer.from(created, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    await screenshot(page, 'expert-demo-start');

    // The new workbook's pane: the same add-in origin, the demo protocol open.
    const protocol = await workbookFromXlsx(new Uint8Array(Buffer.from(created, 'base64')), { sheet: 'Протокол', row: 2, column: 7 });
    await installStandInOffice(pane.context, { host: 'Excel', extraScript: standInExcelScript(protocol) });
    await page.reload();
    await page.locator('[data-package="ready"]').waitFor({ timeout: 30_000 });
    await page.locator('section[data-current-row="2"]').waitFor();
    await paintedPage(page, (await page.locator('section[data-current-row="2"]').getAttribute('data-work'))!);
    await screenshot(page, 'expert-demo-opened');
    expect(pane.pageErrors).toEqual([]);
  });
});
