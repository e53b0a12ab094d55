/**
 * Issue 9 in the analyst's pane against the stand-in Excel host: after a merge, «Вернуть протоколы» with the date of
 * receipt and the last day of the test period builds a ZIP per municipality on the engine worker — the pane lists
 * each municipality's deadline and schools and the problems in the engine's words; «Сохранить все архивы» saves
 * every ZIP, each with its own schools' workbooks only; a municipality's ZIP is saved alone too. «Отмена» stops the
 * return; on a Mac the pane says plainly that ZIPs cannot be saved.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeStatistics, mergeProtocols, problemText, returnProtocols, type ReturnResult } from '../../src/engine';
import { localToday } from '../../src/taskpane/analyst/today';
import { zipEntries } from '../engine/adjudication/twoRoundRegion';
import { fillProtocol, prepareRegion, type PreparedRegion } from '../engine/merge/returnedProtocols';
import { xlsxText } from '../engine/returned/returnedFixtures';
import { analystExcel, downloadsOf, mergeInPane } from './analystReturnSteps';
import { openPane, screenshot, type PaneSession } from './support/browser';
import { setSlowEngine, slowEngineScript } from './support/slowEngine';

/** 30 April 2026: 1–3 and 9–11 May are days off, so the report is due on 18 May. */
const RECEIVED = '2026-04-30';
/** 60 days after 20 February is 21 April: returning on 30 April is late. */
const PERIOD_END = '2026-02-20';

let folder: string;
let region: PreparedRegion;
let protocols: string[];
let keyPath: string;
let expected: ReturnResult;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'recheck-analyst-return-'));
  region = await prepareRegion('секрет-возврата-в-панели');
  const write = (name: string, bytes: Uint8Array) => {
    const path = join(folder, name);
    writeFileSync(path, bytes);
    return path;
  };
  keyPath = write('Ключ перепроверки.xlsx', region.keyWorkbook);
  const filled = await Promise.all([...region.protocols.values()].map((blank) => fillProtocol(blank, { lowerEvery: 2, completedAt: '2026-04-20T12:00:00.000Z' })));
  protocols = filled.map((bytes, index) => write(`Протокол ${index + 1}.xlsx`, bytes));
  // What the engine makes of the same files in Node.
  const merged = await mergeProtocols(protocols.map((path) => ({ file: path.slice(path.lastIndexOf('/') + 1), data: new Uint8Array(readFileSync(path)) })), region.key);
  expected = await returnProtocols({
    merged, statistics: computeStatistics(merged.rows), key: region.key, received: RECEIVED, testPeriodEnd: PERIOD_END, createdAt: '2026-04-30T09:00:00.000Z',
  });
}, 120_000);

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** A name as it stands in a workbook's XML. */
function inXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

describe('returning the protocols from the analyst’s pane', () => {
  let pane: PaneSession | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it('writes a ZIP per municipality with its deadline, schools and problems, and saves them all or one by one', async () => {
    expect(expected.municipalities.length).toBeGreaterThanOrEqual(2);
    pane = await openPane({ height: 1600, standInOffice: analystExcel() });
    const { page } = pane;
    await mergeInPane(page, pane.origin, protocols, keyPath);

    const section = page.locator('[data-section="return"]');
    await section.getByRole('heading', { name: 'Возврат протоколов' }).waitFor();
    // Every work was scored once: no third check to offer.
    expect(await page.locator('[data-section="third-check"]').count()).toBe(0);
    // The receipt date starts at today; the test period's end is optional.
    expect(await section.locator('input[data-field="received"]').inputValue()).toBe(localToday());
    expect(await section.locator('input[data-field="period-end"]').inputValue()).toBe('');
    await section.locator('input[data-field="received"]').fill(RECEIVED);
    await section.locator('input[data-field="period-end"]').fill(PERIOD_END);
    await section.getByRole('button', { name: 'Вернуть протоколы' }).click();
    await section.locator(`[data-returned="${expected.municipalities.length}"]`).waitFor({ timeout: 90_000 });

    // Each municipality: its deadline and its schools, flagged first, as the engine orders them.
    const shown = await section.locator('[data-municipality]').evaluateAll((cards) =>
      cards.map((card) => ({
        municipality: card.getAttribute('data-municipality'),
        deadline: card.querySelector('[data-deadline]')?.getAttribute('data-deadline'),
        schools: [...card.querySelectorAll('[data-school]')].map((school) => school.getAttribute('data-school')),
      })),
    );
    expect(shown).toEqual(expected.municipalities.map((m) => ({ municipality: m.municipality, deadline: '2026-05-18', schools: m.schools.map((s) => s.schoolCode) })));
    const text = await section.innerText();
    expect(text).toContain('Отчёт о причинах — не позднее 18.05.2026');
    for (const school of expected.municipalities.flatMap((m) => m.schools)) {
      expect(text).toContain(`${school.school} (${school.schoolCode}), ${school.subject}, ${school.grade} класс`);
      expect(text).toContain(`работ ${school.works}, изменено ${school.worksChanged}`);
    }
    // The problems in the engine's words: here the re-check's 60 days are over.
    const late = expected.problems.find((problem) => problem.problem === 'recheck-late')!;
    expect(late).toBeDefined();
    await section.locator('[data-problem="recheck-late"]').getByText(problemText(late, 'ru')).waitFor();
    expect(await section.locator('[data-problem]').count()).toBe(expected.problems.length);
    await screenshot(page, 'analyst-return');

    // «Сохранить все архивы»: one ZIP per municipality, named after it, holding its schools' workbooks only.
    const count = expected.municipalities.length;
    const saved = await downloadsOf(page, count, () => section.getByRole('button', { name: `Сохранить все архивы (${count})` }).click());
    await section.getByText(`Сохранено архивов: ${count}.`).waitFor();
    expect(saved.map((download) => download.suggestedFilename()).sort()).toEqual(expected.municipalities.map((m) => `${m.folder}.zip`).sort());
    for (const download of saved) {
      const municipality = expected.municipalities.find((m) => `${m.folder}.zip` === download.suggestedFilename())!;
      const entries = await zipEntries(new Uint8Array(readFileSync((await download.path())!)));
      expect([...entries.keys()].sort()).toEqual(municipality.files.map((file) => `${municipality.folder}/${file.name}`).sort());
      const others = expected.municipalities.filter((m) => m !== municipality);
      for (const school of municipality.schools) {
        const workbook = await xlsxText(entries.get(`${municipality.folder}/${school.file}`)!);
        expect(workbook).toContain(inXml(school.school));
        for (const other of others) {
          expect(workbook).not.toContain(inXml(other.municipality));
          for (const stranger of other.schools) expect(workbook).not.toContain(inXml(stranger.school));
        }
      }
      const letter = new TextDecoder().decode(entries.get(`${municipality.folder}/Сопроводительное письмо.txt`));
      expect(letter).toContain('не позднее 18.05.2026');
    }

    // One municipality alone.
    const first = expected.municipalities[0];
    const [one] = await downloadsOf(page, 1, () => section.getByRole('button', { name: `Сохранить ${first.folder}.zip` }).click());
    expect(one.suggestedFilename()).toBe(`${first.folder}.zip`);
    await screenshot(page, 'analyst-return-saved');
    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  }, 240_000);

  it('stops on «Отмена», and on a Mac says plainly that the ZIPs cannot be saved from the pane', async () => {
    pane = await openPane({ height: 1400, standInOffice: analystExcel('Mac'), engineScript: slowEngineScript(false, 700) });
    const { page } = pane;
    await mergeInPane(page, pane.origin, protocols, keyPath);
    const section = page.locator('[data-section="return"]');

    await setSlowEngine(page, true);
    await section.getByRole('button', { name: 'Вернуть протоколы' }).click();
    await section.getByRole('progressbar').waitFor();
    await section.getByText(/^Читаем протоколы: \d+ из \d+$/).waitFor({ timeout: 30_000 });
    await screenshot(page, 'analyst-return-progress');
    await section.getByRole('button', { name: 'Отмена' }).click();
    await section.getByText('Возврат отменён: архивы не собраны.').waitFor();
    expect(await section.locator('[data-returned]').count()).toBe(0);

    await setSlowEngine(page, false);
    await section.getByRole('button', { name: 'Вернуть протоколы' }).click();
    await section.locator('[data-returned]').waitFor({ timeout: 90_000 });
    await section.getByText('В Excel для Mac панель не сохраняет ZIP-файлы').waitFor();
    expect(await section.innerText()).toContain('recheck return');
    expect(await section.locator('[data-save-all]').count()).toBe(0);
    expect(await section.getByRole('button', { name: /^Сохранить / }).count()).toBe(0);
    // What each municipality would get is still listed.
    expect(await section.locator('[data-municipality]').count()).toBe(expected.municipalities.length);
    await screenshot(page, 'analyst-return-mac');
    expect(pane.pageErrors).toEqual([]);
  }, 240_000);
});
