/**
 * The coordinator's cross-check preparation in the built pane (issue 10): start → «Перекрёстная проверка:
 * подготовить пакеты» → the schools' classroom archives → the table prefilled from the letters (a PDF letter with
 * text read by the viewer's pdf.js, the scanned letter's classroom typed by hand, the file whose pages do not divide flagged) → a hand-made pair → «Подготовить пакеты»
 * → one action saves a ZIP per checking school and the key; no school's name in any package's entry names.
 */
import { BlobReader, ZipReader } from '@zip.js/zip.js';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import type { StandInOfficeOptions } from './support/standInOffice';
import { buildCrossArchives, CROSS_SCHOOLS } from '../support/crossFixture';
import type { Page } from 'playwright-core';
import { openPane, screenshot, type PaneSession } from './support/browser';
import { setSlowEngine, slowEngineScript } from './support/slowEngine';
import { standInExcelScript, workbookFromXlsx } from './support/standInExcel';

/** The gymnasium's letter saved as PDF with text; Ivanovka's letter a scan. */
const SCHOOLS = CROSS_SCHOOLS.map((s, i) => (i === 2 ? { ...s, letter: 'pdf-text' as const } : s));
const IVANOVKA = CROSS_SCHOOLS[4].school;
const GYMNASIUM = CROSS_SCHOOLS[2].school;
const GIVER = CROSS_SCHOOLS[0].school;

async function entryNames(bytes: Uint8Array): Promise<string[]> {
  const reader = new ZipReader(new BlobReader(new Blob([bytes as Uint8Array<ArrayBuffer>])), { useWebWorkers: false });
  const names = (await reader.getEntries()).map((entry) => entry.filename);
  await reader.close();
  return names;
}

async function blankWorkbookScript(): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Лист1');
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  return standInExcelScript(await workbookFromXlsx(bytes, { sheet: 'Лист1', row: 1, column: 1 }));
}

async function excelHost(platform: 'PC' | 'Mac'): Promise<StandInOfficeOptions> {
  return { host: 'Excel', platform, requirementSets: { ExcelApi: '1.17' }, extraScript: await blankWorkbookScript() };
}

/** Start → the cross-check preparation → the generated schools' archives → the table of classroom files. */
async function loadArchives(page: Page, origin: string): Promise<void> {
  const archives = await buildCrossArchives(SCHOOLS);
  await page.goto(`${origin}/taskpane.html`);
  await page.locator('[data-action="cross-prepare"]').click();
  await page.locator('[data-screen="cross-prepare"]').waitFor();
  await page.locator('[data-screen="cross-prepare"] input[type="file"][accept*=".zip"]').setInputFiles(
    archives.map((a) => ({ name: a.name, mimeType: 'application/zip', buffer: Buffer.from(a.bytes) })),
  );
  await page.locator('[data-section="cross-counts"]').waitFor({ timeout: 60_000 });
}

describe('the coordinator’s cross-check preparation in the pane', () => {
  let pane: PaneSession | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it('prefills the works, takes a typed count and a hand-made pair, and saves a package per checking school and the key', async () => {
    pane = await openPane({ height: 1400, standInOffice: await excelHost('PC') });
    const { page } = pane;
    await loadArchives(page, pane.origin);

    // Prefilled from the letters (the PDF one with text too); the scanned letter's classroom is empty; 5 pages for 2 works is flagged.
    const works = (school: string, cls: string) => page.getByLabel(`Работ: ${school}, ${cls}`);
    expect(await works(GIVER, '6А').inputValue()).toBe('3');
    expect(await works(GYMNASIUM, '6В').inputValue()).toBe('2');
    expect(await page.locator('[data-section="cross-problems"]').innerText()).toContain('без текста (скан)');
    expect(await works(IVANOVKA, '6А').inputValue()).toBe('');
    expect(await page.locator(`[data-classroom="${IVANOVKA} 6А"]`).innerText()).toContain('нет в письме');
    expect(await page.locator(`[data-classroom="${GYMNASIUM} 6В"]`).getAttribute('data-not-multiple')).toBe('');
    expect(await page.locator('[data-flag="pages-not-multiple"]').innerText()).toContain('5 стр. не делятся на 2 работ');
    expect(await page.locator('[data-section="cross-problems"]').innerText()).toContain(IVANOVKA);

    // The coordinator types the missing count and recomputes the routing.
    await works(IVANOVKA, '6А').fill('3');
    await page.locator('[data-stale]').waitFor();
    await page.locator('[data-action="cross-replan"]').click();
    await page.locator('[data-stale]').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.locator(`[data-route="${IVANOVKA}"]`).innerText()).toContain('работ — 3');

    // A hand-made pair: the giver's classrooms to a school the routing did not choose; the typed count survives.
    const proposed = await page.locator(`[data-route="${GIVER}"]`).getAttribute('data-checked-by');
    const checker = CROSS_SCHOOLS.map((s) => s.school).find((s) => s !== GIVER && s !== proposed)!;
    await page.locator(`[data-override="${GIVER}"]`).selectOption(checker);
    await page.locator(`[data-route="${GIVER}"][data-checked-by="${checker}"]`).waitFor({ timeout: 30_000 });
    expect(await works(IVANOVKA, '6А').inputValue()).toBe('3');
    const routes = await page.locator('[data-route]').evaluateAll((items) => items.map((item) => [item.getAttribute('data-route'), item.getAttribute('data-checked-by')]));
    expect(routes).toHaveLength(CROSS_SCHOOLS.length);
    for (const [school, checkedBy] of routes) expect(checkedBy).not.toBe(school);
    await screenshot(page, 'cross-prepare-plan');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await page.locator('[data-field="deadline"]').fill('2026-05-20');
    await page.locator('[data-action="cross-prepare-packages"]').click();
    await page.locator('[data-cross-summary]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-cross-summary]').innerText()).toBe(`Готово: пакетов — ${CROSS_SCHOOLS.length}, школ — ${CROSS_SCHOOLS.length}.`);
    expect(await page.locator('[data-key-warning]').innerText()).toContain('храните его у себя');
    const letter = await page.locator('[data-package] textarea').first().inputValue();
    expect(letter).toContain('20.05.2026');
    await screenshot(page, 'cross-prepare-result');

    const downloads: Download[] = [];
    page.on('download', (saved) => downloads.push(saved));
    await page.locator('[data-save-all] button').first().click();
    for (let waited = 0; downloads.length < CROSS_SCHOOLS.length + 1 && waited < 100; waited += 1) await page.waitForTimeout(100);
    const names = downloads.map((d) => d.suggestedFilename());
    expect(names).toContain('Ключ перекрёстной проверки.xlsx');
    const zips = downloads.filter((d) => d.suggestedFilename().endsWith('.zip'));
    expect(zips).toHaveLength(CROSS_SCHOOLS.length);
    for (const zip of zips) {
      const entries = await entryNames(new Uint8Array(readFileSync((await zip.path())!)));
      expect(entries.some((name) => name.startsWith('Работы/'))).toBe(true);
      for (const name of [zip.suggestedFilename(), ...entries]) for (const s of CROSS_SCHOOLS) expect(name).not.toContain(s.school);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });

  it('shows progress and stops on «Отменить» keeping the table; in Excel for Mac it says plainly that it cannot save the ZIPs', async () => {
    pane = await openPane({ height: 1200, standInOffice: await excelHost('Mac'), engineScript: slowEngineScript(false, 300) });
    const { page } = pane;
    await loadArchives(page, pane.origin);
    const ivanovka = page.getByLabel(`Работ: ${IVANOVKA}, 6А`);
    await ivanovka.fill('3');

    await setSlowEngine(page, true);
    await page.locator('[data-action="cross-prepare-packages"]').click();
    await page.locator('[data-cross-running]').waitFor();
    await page.getByText(/Собираем пакеты|Читаем письма/).waitFor({ timeout: 30_000 });
    await screenshot(page, 'cross-prepare-progress');
    await page.locator('[data-cross-running]').getByRole('button', { name: 'Отменить' }).click();
    await page.getByText('Отменено. Ничего не сохранено.').waitFor({ timeout: 30_000 });
    expect(await ivanovka.inputValue()).toBe('3');
    expect(await page.locator('[data-cross-summary]').count()).toBe(0);

    await setSlowEngine(page, false);
    await page.locator('[data-action="cross-prepare-packages"]').click();
    await page.locator('[data-cross-summary]').waitFor({ timeout: 60_000 });
    expect(await page.getByText('В Excel для Mac панель не сохраняет ZIP-файлы').count()).toBe(1);
    expect(await page.locator('[data-save-all]').count()).toBe(0);
    expect(await page.locator('[data-package] textarea').count()).toBe(CROSS_SCHOOLS.length);
    await screenshot(page, 'cross-prepare-mac');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(pane.pageErrors).toEqual([]);
  });
});
