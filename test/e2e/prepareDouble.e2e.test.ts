/**
 * Issue 11 in the coordinator's preparation: the double-check switch and its share. Turned on, «Подготовить пакеты»
 * hands each chosen work to a second expert too: the pane lists the round-2 packages beside round 1, as the engine
 * makes them from the same inputs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { preparePackages } from '../../src/engine';
import { FOUR_EXPERTS } from '../engine/adjudication/twoRoundRegion';
import { buildRegionArchives, expertsCsv } from '../support/regionFixture';
import { openPane, screenshot, type PaneSession } from './support/browser';

describe('the double check in the coordinator’s preparation', () => {
  let folder: string;
  let archives: string[];
  let experts: string;
  let pane: PaneSession | undefined;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'recheck-double-pane-'));
    archives = (await buildRegionArchives()).map((archive) => {
      const path = join(folder, archive.name);
      writeFileSync(path, archive.bytes);
      return path;
    });
    experts = join(folder, 'Эксперты.csv');
    writeFileSync(experts, expertsCsv(FOUR_EXPERTS));
  });
  afterAll(async () => {
    await pane?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('sends the chosen share of works to a second expert, in packages of round 2', async () => {
    const expected = await preparePackages(
      {
        archives: archives.map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), data: new Blob([readFileSync(path)]) })),
        experts: { name: 'Эксперты.csv', data: new Blob([readFileSync(experts)]) },
        seed: 1, copies: 2, share: 0.5,
      },
      async () => undefined,
    );
    const secondRound = expected.packages.filter((pkg) => pkg.package.includes('(тур 2)'));
    expect(secondRound.reduce((sum, pkg) => sum + pkg.works, 0)).toBe(5); // round(0,5 × 9)

    pane = await openPane({ height: 1000, standInOffice: { host: 'Excel', platform: 'PC', requirementSets: { ExcelApi: '1.17' } } });
    const { page } = pane;
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole('button', { name: 'Загрузить архивы работ' }).click();
    await page.locator('input[type="file"]').setInputFiles(archives);
    await page.getByRole('heading', { name: 'Школы' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Далее: пакеты для экспертов' }).click();
    await page.getByRole('heading', { name: 'Пакеты для экспертов', level: 1 }).waitFor();
    await page.locator('input[data-picker="experts"]').setInputFiles(experts);
    await page.locator('[data-file="experts"]').getByText('Эксперты.csv').waitFor();

    // Off by default; on, the share appears, all works at first.
    expect(await page.locator('[data-double-check="off"]').count()).toBe(1);
    await page.getByRole('switch', { name: 'Двойная проверка: два эксперта на работу' }).click();
    await page.locator('[data-double-check="on"]').waitFor();
    expect(await page.getByRole('switch', { name: 'Двойная проверка: два эксперта на работу' }).isChecked()).toBe(true);
    const share = page.getByLabel('Доля работ для двух экспертов, %');
    expect(await share.inputValue()).toBe('100');
    await share.fill('50');
    await share.blur();
    await page.mouse.move(0, 0);
    // The switch's track slides over 200 ms: the picture waits for it (nothing is asserted on time).
    await page.waitForTimeout(400);
    await screenshot(page, 'prepare-double');

    await page.getByRole('button', { name: 'Подготовить пакеты' }).click();
    await page.getByRole('status').getByText(/^Готово:/).waitFor({ timeout: 90_000 });
    expect(await page.locator('li[data-package]').count()).toBe(expected.packages.length);
    const [keyDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-section="key"]').getByRole('button', { name: 'Сохранить ключ' }).click(),
    ]);
    const key = new ExcelJS.Workbook();
    await key.xlsx.load(readFileSync((await keyDownload.path())!) as unknown as ExcelJS.Buffer);
    const rounds: number[] = [];
    key.getWorksheet('Работы')!.eachRow((row, number) => {
      if (number > 1) rounds.push(Number(row.getCell(5).value));
    });
    expect(rounds.filter((round) => round === 1)).toHaveLength(9);
    expect(rounds.filter((round) => round === 2)).toHaveLength(5);
    await screenshot(page, 'prepare-double-result');
    expect(pane.pageErrors).toEqual([]);
  }, 180_000);
});
