/**
 * The coordinator's preparation in the built pane: archives → experts list (and a score sheet added by hand) →
 * «Подготовить пакеты» → one line per package, saved as a ZIP, its protocol opened in a stand-in Excel, the
 * letter copied, the key saved; works no expert can take and every problem listed; cancelling mid-way.
 */
import { BlobReader, Uint8ArrayWriter, ZipReader, type FileEntry } from '@zip.js/zip.js';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { preparePackages, type PrepareResult } from '../../src/engine';
import { buildRegionArchives, expertsCsv, REGION, schoolFolder, TASKS, type FixtureSchool } from '../support/regionFixture';
import { makeScoreSheet, sampleRows } from '../support/scoreSheetFactory';
import { openPane, screenshot, type PaneSession } from './support/browser';
import { setSlowEngine, slowEngineScript } from './support/slowEngine';
import type { StandInOfficeOptions } from './support/standInOffice';

/** The region of the fixtures, plus a mathematics class for which the list has no expert. */
const MATHS: FixtureSchool = { municipality: 'Заларинский район', school: 'МОУ Троицкая СОШ', subject: 'математика', grade: 5, codes: [40301, 40302] };
const SCHOOLS = [...REGION, MATHS];
/** This school's score sheet is not in the archive: the coordinator adds it by hand. */
const HAND_SHEET_SCHOOL = REGION[0];
const EXPERTS = [
  { name: 'Иванова Анна Петровна', school: 'МБОУ Витимская СОШ', municipality: 'Боханский район' },
  { name: 'Петров Олег Ильич', school: 'МБОУ СОШ №5', municipality: 'Заларинский район' },
  { name: 'Сидорова Мария', subject: 'Физика', school: 'Лицей №1', municipality: 'г. Иркутск' },
  { name: 'Кузнецов Иван', subject: '', school: 'Лицей №2', municipality: 'г. Иркутск' },
];
/** Nothing an expert receives may name a school, a municipality or a pupil. */
const FORBIDDEN = ['Витим', 'Тарасин', 'Хор-Тагнин', 'Троицк', 'Боханский', 'Заларинский', 'СОШ', 'ООШ', 'МБОУ', 'МОУ'];

/** Records what the pane hands to Excel.createWorkbook (ExcelApi 1.8). */
const STAND_IN_EXCEL = `
  window.__createdWorkbooks = [];
  window.Excel = {
    createWorkbook: function (base64) {
      window.__createdWorkbooks.push(base64);
      return Promise.resolve();
    }
  };
`;

interface Inputs {
  folder: string;
  archives: string[];
  experts: string;
  sheet: string;
}

async function scoreSheetOf(school: FixtureSchool): Promise<Uint8Array> {
  const rows = sampleRows(school.codes.length, TASKS, school.codes[0]).map((row, index) => ({ ...row, code: school.codes[index] }));
  return makeScoreSheet({ tasks: TASKS, rows, fioColumn: true });
}

/** The archives, the experts list and the hand-added score sheet, written to a temporary folder. */
async function writeInputs(): Promise<Inputs> {
  const folder = mkdtempSync(join(tmpdir(), 'recheck-prepare-'));
  const archives = await buildRegionArchives(SCHOOLS, async (school) => (school === HAND_SHEET_SCHOOL ? null : scoreSheetOf(school)));
  const archivePaths = archives.map((archive) => {
    const path = join(folder, archive.name);
    writeFileSync(path, archive.bytes);
    return path;
  });
  const experts = join(folder, 'Эксперты.csv');
  writeFileSync(experts, expertsCsv(EXPERTS));
  const sheet = join(folder, `${schoolFolder(HAND_SHEET_SCHOOL)}.xlsx`);
  writeFileSync(sheet, await scoreSheetOf(HAND_SHEET_SCHOOL));
  return { folder, archives: archivePaths, experts, sheet };
}

/** What the engine makes of the same inputs in Node: the lines the pane must show. */
async function expectedResult(inputs: Inputs): Promise<PrepareResult> {
  const blob = (path: string) => new Blob([readFileSync(path)]);
  return preparePackages(
    {
      archives: inputs.archives.map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), data: blob(path) })),
      extraSheets: [{ name: inputs.sheet.slice(inputs.sheet.lastIndexOf('/') + 1), data: blob(inputs.sheet) }],
      experts: { name: 'Эксперты.csv', data: blob(inputs.experts) },
      seed: 1,
    },
    async () => undefined,
  );
}

async function unzip(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const reader = new ZipReader(new BlobReader(new Blob([bytes as Uint8Array<ArrayBuffer>])), { useWebWorkers: false });
  const entries = new Map<string, Uint8Array>();
  for (const entry of await reader.getEntries()) {
    if (!entry.directory) entries.set(entry.filename, await (entry as FileEntry).getData(new Uint8ArrayWriter()));
  }
  await reader.close();
  return entries;
}

async function openPreparation(page: Page, origin: string, inputs: Inputs): Promise<void> {
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole('button', { name: 'Загрузить архивы работ' }).click();
  await page.locator('input[type="file"]').setInputFiles(inputs.archives);
  await page.getByRole('heading', { name: 'Школы' }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Далее: пакеты для экспертов' }).click();
  await page.getByRole('heading', { name: 'Пакеты для экспертов', level: 1 }).waitFor();
}

async function chooseInputs(page: Page, inputs: Inputs): Promise<void> {
  await page.locator('input[data-picker="experts"]').setInputFiles(inputs.experts);
  await page.locator('input[data-picker="sheets"]').setInputFiles(inputs.sheet);
  await page.locator('[data-file="experts"]').getByText('Эксперты.csv').waitFor();
}

async function prepare(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Подготовить пакеты' }).click();
  await page.getByRole('status').getByText(/^Готово:/).waitFor({ timeout: 90_000 });
}

function excelHost(options: Partial<StandInOfficeOptions> = {}): StandInOfficeOptions {
  return { host: 'Excel', platform: 'PC', requirementSets: { ExcelApi: '1.17' }, extraScript: STAND_IN_EXCEL, ...options };
}

describe('preparing the experts’ packages in the pane', () => {
  let inputs: Inputs;
  let expected: PrepareResult;
  let pane: PaneSession | undefined;

  beforeAll(async () => {
    inputs = await writeInputs();
    expected = await expectedResult(inputs);
  });
  afterAll(() => rmSync(inputs.folder, { recursive: true, force: true }));
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it('prepares a package per expert, saves it, opens its protocol in Excel, copies the letter and saves the key', async () => {
    pane = await openPane({ height: 900, standInOffice: excelHost() });
    const { page, context } = pane;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: pane.origin });
    await openPreparation(page, pane.origin, inputs);

    // The school folder without a score sheet is named, with the file name its sheet should have.
    const missing = page.locator('[data-missing-sheets]');
    expect(await missing.innerText()).toContain(`${schoolFolder(HAND_SHEET_SCHOOL)}.xlsx`);
    expect(await page.getByText('Одно и то же число — то же распределение работ по экспертам.').count()).toBe(1);

    // Without the experts list the pane says what is missing instead of starting.
    await page.getByRole('button', { name: 'Подготовить пакеты' }).click();
    await page.getByRole('alert').getByText('Выберите список экспертов').waitFor();

    await chooseInputs(page, inputs);
    expect(await page.locator('[data-file="sheet"]').innerText()).toContain(schoolFolder(HAND_SHEET_SCHOOL));
    // Added under the name it was asked for, the sheet is no longer missing.
    expect(await missing.count()).toBe(0);
    await page.getByLabel('Срок возврата протоколов').fill('2026-12-20');
    await page.getByLabel('Срок возврата протоколов').blur();
    await page.mouse.move(0, 0);
    await screenshot(page, 'prepare');

    await prepare(page);
    expect(expected.packages.length).toBeGreaterThan(1);
    const works = expected.packages.reduce((sum, pkg) => sum + pkg.works, 0);
    const summary = await page.getByRole('status').innerText();
    expect(summary).toContain(`Готово: ${expected.packages.length} пакета для 2 экспертов, ${works} работ`);

    // One line per package: the expert, subject, grade and number of works, as the engine assigned them.
    const cards = page.locator('li[data-package]');
    expect(await cards.count()).toBe(expected.packages.length);
    for (const pkg of expected.packages) {
      const card = page.locator(`li[data-expert="${pkg.name}"]`);
      const text = await card.innerText();
      expect(text).toContain(pkg.name);
      expect(text).toContain(`${pkg.subject}, ${pkg.grade} класс`);
      expect(text).toMatch(new RegExp(`· ${pkg.works} работ`));
    }

    // The experts without works, the works no expert can take, every problem: nothing silently dropped.
    expect(await page.locator('[data-section="without-works"]').innerText()).toContain('Сидорова Мария');
    const unassigned = page.locator('[data-section="unassigned"]');
    expect(await unassigned.getByRole('heading').innerText()).toBe(`Не распределены: ${MATHS.codes.length} работы`);
    expect(await unassigned.innerText()).toContain('по предмету «математика» для 5 класса');
    for (const code of MATHS.codes) expect(await unassigned.innerText()).toContain(`${code}_вар.`);
    expect(await page.getByRole('heading', { name: /Проблемы с файлами: \d+/ }).innerText()).toBe(`Проблемы с файлами: ${expected.problems.length}`);
    for (const code of new Set(expected.problems.map((problem) => problem.problem))) {
      expect(await page.locator(`[data-problem="${code}"]`).count()).toBe(1);
    }
    expect(await page.locator('[data-problem="expert-no-subject"]').innerText()).toContain('Эксперт без предмета');

    // The key, under a red warning.
    const key = page.locator('[data-section="key"]');
    expect(await key.innerText()).toContain('Ключ храните только у себя');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'prepare-result');

    // «Сохранить пакет»: the ZIP holds the protocol, the works under school codes, and no school name anywhere.
    const first = expected.packages[0];
    const card = page.locator(`li[data-expert="${first.name}"]`);
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Сохранить пакет' }).click()]);
    expect(download.suggestedFilename()).toBe(first.package);
    const entries = await unzip(readFileSync((await download.path())!));
    const names = [...entries.keys()];
    const protocolName = names.find((name) => /^Протокол .+\.xlsx$/.test(name));
    expect(protocolName).toBeDefined();
    expect(names.filter((name) => /^ОО-\d+\/\d+_вар\.\d+\.pdf$/.test(name))).toHaveLength(first.works);
    for (const name of names) for (const word of FORBIDDEN) expect(name).not.toContain(word);
    expect(new TextDecoder().decode(entries.get('Инструкция.txt'))).toContain('до 20.12.2026');

    // «Открыть протокол»: the base64 handed to Excel.createWorkbook is that protocol, with its «Протокол» sheet.
    await card.getByRole('button', { name: 'Открыть протокол' }).click();
    await card.getByText('Протокол открыт в новой книге Excel.').waitFor();
    const created = await page.evaluate(() => (window as unknown as { __createdWorkbooks: string[] }).__createdWorkbooks);
    expect(created).toHaveLength(1);
    const protocol = Buffer.from(created[0], 'base64');
    expect(new Uint8Array(protocol)).toEqual(entries.get(protocolName!));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(protocol as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet('Протокол')).toBeDefined();

    // «Письмо»: the cover letter goes to the clipboard.
    await card.getByRole('button', { name: 'Письмо' }).click();
    await card.getByText('Текст письма скопирован').waitFor();
    const letter = await page.evaluate(() => navigator.clipboard.readText());
    expect(letter).toContain(first.name);
    expect(letter).toContain(`${first.works} работ`);

    // «Сохранить ключ»: the coordinator's key workbook.
    const [keyDownload] = await Promise.all([page.waitForEvent('download'), key.getByRole('button', { name: 'Сохранить ключ' }).click()]);
    expect(keyDownload.suggestedFilename()).toBe('Ключ перепроверки.xlsx');
    const keyWorkbook = new ExcelJS.Workbook();
    await keyWorkbook.xlsx.load(readFileSync((await keyDownload.path())!) as unknown as ExcelJS.Buffer);
    expect(keyWorkbook.getWorksheet('Ключ')).toBeDefined();

    // Issue 9, «Сохранить все пакеты»: one action, one download per package, each under its own name.
    const downloads: string[] = [];
    page.on('download', (saved) => downloads.push(saved.suggestedFilename()));
    await page.getByRole('button', { name: `Сохранить все пакеты (${expected.packages.length})` }).click();
    await page.getByText(`Сохранено пакетов: ${expected.packages.length}.`).waitFor();
    // The download events follow the clicks: wait for them (bounded), then compare.
    for (let waited = 0; downloads.length < expected.packages.length && waited < 100; waited += 1) await page.waitForTimeout(100);
    expect(downloads.sort()).toEqual(expected.packages.map((pkg) => pkg.package).sort());

    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });

  it('on a Mac says plainly that ZIPs cannot be saved, opens the key in Excel, and shows the letter when the clipboard is refused', async () => {
    pane = await openPane({
      height: 900,
      standInOffice: excelHost({ platform: 'Mac' }),
      initScript: `Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) } });`,
    });
    const { page } = pane;
    await openPreparation(page, pane.origin, inputs);
    await chooseInputs(page, inputs);
    await prepare(page);

    await page.getByText('В Excel для Mac панель не сохраняет ZIP-файлы').waitFor();
    expect(await page.locator('main').innerText()).toContain('recheck prepare');
    expect(await page.getByRole('button', { name: 'Сохранить пакет' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Сохранить ключ' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Открыть ключ в Excel' }).click();
    await page.waitForFunction(() => (window as unknown as { __createdWorkbooks: string[] }).__createdWorkbooks.length === 1);
    const created = await page.evaluate(() => (window as unknown as { __createdWorkbooks: string[] }).__createdWorkbooks[0]);
    const keyWorkbook = new ExcelJS.Workbook();
    await keyWorkbook.xlsx.load(Buffer.from(created, 'base64') as unknown as ExcelJS.Buffer);
    expect(keyWorkbook.getWorksheet('Ключ')).toBeDefined();

    const card = page.locator(`li[data-expert="${expected.packages[0].name}"]`);
    await card.getByRole('button', { name: 'Письмо' }).click();
    const letter = card.getByRole('textbox', { name: `Письмо эксперту ${expected.packages[0].name}` });
    await letter.waitFor();
    expect(await letter.inputValue()).toContain(`Уважаемый(ая) ${expected.packages[0].name}!`);
    expect(await card.innerText()).toContain('Скопировать автоматически не удалось');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'prepare-mac');
    expect(pane.pageErrors).toEqual([]);
  });

  it('stops on «Отмена», says so, keeps the inputs, and prepares again on request', async () => {
    // Once the test says so (over a BroadcastChannel, answered when taken), every read of a file's bytes in the
    // engine's worker is slow, as on a network drive.
    pane = await openPane({
      standInOffice: excelHost(),
      engineScript: slowEngineScript(false, 500),
    });
    const { page } = pane;
    const slowEngine = (slow: boolean) => setSlowEngine(page, slow);
    await openPreparation(page, pane.origin, inputs);
    await chooseInputs(page, inputs);
    await slowEngine(true);
    await page.getByRole('button', { name: 'Подготовить пакеты' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByText(/Шаг \d из 3/).waitFor({ timeout: 30_000 });
    await screenshot(page, 'prepare-progress');
    await page.getByRole('button', { name: 'Отмена' }).click();

    await page.getByText('Подготовка пакетов отменена').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('status').count()).toBe(0);
    expect(await page.locator('li[data-package]').count()).toBe(0);
    expect(await page.locator('[data-file="experts"]').innerText()).toContain('Эксперты.csv');
    expect(await page.locator('[data-file="sheet"]').innerText()).toContain(schoolFolder(HAND_SHEET_SCHOOL));
    await screenshot(page, 'prepare-cancelled');

    await slowEngine(false);
    await prepare(page);
    expect(await page.locator('li[data-package]').count()).toBe(expected.packages.length);
    expect(pane.pageErrors).toEqual([]);
  });
});
