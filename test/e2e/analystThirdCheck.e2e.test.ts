/**
 * Issue 11 in the analyst's pane against the stand-in Excel host: a merge of two rounds where two works' experts
 * differ substantially offers «Подготовить третью проверку»; with the earlier rounds' packages chosen, the engine
 * worker sends exactly those works to a third expert, and one action saves the round-3 packages and the new key
 * (under a warning that the key stays with the coordinator) — as the engine makes them from the same files in Node.
 * «Отмена» stops the run before anything is built.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeProtocols, planAdjudication, readKeyWorkbook, type AdjudicationPlan } from '../../src/engine';
import { FIRST, SECOND, SENT_TO_THIRD, fillWith, prepareTwoRounds, protocolIn, zipEntries, type TwoRoundRegion } from '../engine/adjudication/twoRoundRegion';
import { protocolFileName, workPathInPackage } from '../../src/engine/prepare/packageLayout';
import { analystExcel, downloadsOf, mergeInPane } from './analystReturnSteps';
import { openPane, screenshot, type PaneSession } from './support/browser';
import { setSlowEngine, slowEngineScript } from './support/slowEngine';

let folder: string;
let region: TwoRoundRegion;
let protocols: string[];
let packages: string[];
let keyPath: string;
let expected: AdjudicationPlan;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'recheck-analyst-third-'));
  mkdirSync(join(folder, 'packages'));
  region = await prepareTwoRounds();
  keyPath = join(folder, 'Ключ перепроверки.xlsx');
  writeFileSync(keyPath, region.keyWorkbook);
  packages = [];
  protocols = [];
  const returned = [];
  for (const pkg of region.packages) {
    const packagePath = join(folder, 'packages', pkg.fileName);
    writeFileSync(packagePath, new Uint8Array(await pkg.data.arrayBuffer()));
    packages.push(packagePath);
    const file = `${pkg.packageId}.xlsx`;
    const data = await fillWith(await protocolIn(pkg.data), pkg.round === 1 ? FIRST : SECOND);
    writeFileSync(join(folder, file), data);
    protocols.push(join(folder, file));
    returned.push({ file, data });
  }
  // What the engine plans from the same files in Node (the key's seed: the same experts).
  const merged = await mergeProtocols(returned, region.key);
  expected = planAdjudication({ key: region.key, finals: merged.finals });
}, 120_000);

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('the third check from the analyst’s pane', () => {
  let pane: PaneSession | undefined;
  afterAll(async () => {
    await pane?.close();
  });

  it('sends the works scored far apart to a third expert and saves the round-3 packages with the new key', async () => {
    expect(expected.works.map((entry) => entry.work.workCode).sort()).toEqual(SENT_TO_THIRD);
    expect(expected.packages.length).toBeGreaterThan(0);
    pane = await openPane({ height: 1800, standInOffice: analystExcel(), engineScript: slowEngineScript(false, 700) });
    const { page } = pane;
    await mergeInPane(page, pane.origin, protocols, keyPath);

    const section = page.locator('[data-section="third-check"]');
    await section.getByRole('heading', { name: 'Третья проверка' }).waitFor();
    expect(await section.innerText()).toContain('Баллы двух экспертов существенно расходятся: 2 работы.');
    await section.getByRole('button', { name: 'Подготовить третью проверку' }).click();
    await section.getByRole('alert').getByText('Выберите ZIP-пакеты прошлых туров.').waitFor();

    await section.locator('input[data-picker="earlier-packages"]').setInputFiles(packages);
    await section.locator(`[data-earlier-packages="${packages.length}"]`).waitFor();
    // «Отмена» while the files are read (slowly, as from a network drive): nothing is built.
    await setSlowEngine(page, true);
    await section.getByRole('button', { name: 'Подготовить третью проверку' }).click();
    await section.getByRole('progressbar').waitFor();
    await section.getByRole('button', { name: 'Отмена' }).click();
    await section.getByText('Подготовка третьей проверки отменена: пакеты не собраны.').waitFor();
    expect(await section.locator('[data-third-works]').count()).toBe(0);
    await setSlowEngine(page, false);
    await section.getByRole('button', { name: 'Подготовить третью проверку' }).click();
    await section.locator('[data-third-works]').waitFor({ timeout: 90_000 });
    expect(await section.locator('[data-third-works]').getAttribute('data-third-works')).toBe(String(SENT_TO_THIRD.length));

    // Each work: its school and work code, both experts' totals, the third expert the engine chose.
    const lines = await section.locator('[data-third-work]').evaluateAll((items) => items.map((item) => [item.getAttribute('data-third-work'), (item as HTMLElement).innerText]));
    expect(lines.map(([code]) => code)).toEqual(expected.works.map((entry) => entry.work.workCode));
    for (const [index, entry] of expected.works.entries()) {
      const line = lines[index][1]!;
      expect(line).toContain(`${entry.work.schoolCode}, работа ${entry.work.workCode} (${entry.work.subject}, ${entry.work.grade} класс)`);
      expect(line).toContain(`Баллы экспертов: ${entry.work.rounds.map((round) => round.total).join(' и ')}`);
      expect(line).toContain(`Третий эксперт: ${entry.thirdExpert!.name}`);
    }
    expect(await section.getByText('Новый ключ храните только у себя').count()).toBe(1);
    // Every scan was found in the packages chosen.
    expect(await section.locator('[data-problem]').count()).toBe(0);
    await screenshot(page, 'analyst-third-check');

    // One action: every round-3 package and the key with round 3.
    const count = expected.packages.length + 1;
    const saved = await downloadsOf(page, count, () => section.getByRole('button', { name: `Сохранить пакеты и ключ (${count})` }).click());
    await section.getByText(`Сохранено файлов: ${count}.`).waitFor();
    expect(saved.map((download) => download.suggestedFilename()).sort()).toEqual([...expected.packages.map((pkg) => pkg.fileName), 'Ключ перепроверки.xlsx'].sort());
    for (const download of saved) {
      const bytes = new Uint8Array(readFileSync((await download.path())!));
      if (download.suggestedFilename() === 'Ключ перепроверки.xlsx') {
        const key = await readKeyWorkbook(bytes);
        if (!key.ok) throw new Error('the saved key does not read');
        expect(key.key.works.filter((work) => work.round === 3).map((work) => work.workCode).sort()).toEqual(SENT_TO_THIRD);
        expect(key.key.secret).toBe(region.key.secret);
        continue;
      }
      const planned = expected.packages.find((pkg) => pkg.fileName === download.suggestedFilename())!;
      const entries = [...(await zipEntries(bytes)).keys()];
      expect(entries).toContain(protocolFileName(planned));
      // The scan of each work of the package, taken from the earlier packages, and no other work's.
      const scans = entries.filter((path) => !path.startsWith('Материалы/') && path.endsWith('.pdf'));
      expect(scans.sort()).toEqual(planned.works.map((work) => workPathInPackage(work.schoolCode, work.workCode, work.variant)).sort());
    }
    await screenshot(page, 'analyst-third-check-saved');
    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  }, 240_000);
});
