/**
 * The analyst's flow in the built pane against the stand-in Excel host: protocols (files and a ZIP) and the key →
 * «Свести протоколы» on the engine worker → the summary sheets as Excel tables, the flags as conditional formatting,
 * native charts over their values, the analyst's own sheet untouched, in a fixed number of syncs; the report saved
 * with the charts' pictures; merging again with the protocols that came later replaces the summary without
 * duplicate rows; «Отмена» stops the merge before the workbook is touched; a sheet of the analyst's own named «Свод»
 * stops the write.
 */
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeStatistics, mergeProtocols, reportComments, summaryCharts, summarySheets, type MergeInput, type SummarySheet } from '../../src/engine';
import { buildZip } from '../support/archiveFixtures';
import { convertWithLibreOffice } from '../support/libreOffice';
import { editProtocol } from '../engine/protocol/protocolFixtures';
import { fillProtocol, prepareRegion, type PreparedRegion } from '../engine/merge/returnedProtocols';
import { openPane, screenshot, type PaneSession } from './support/browser';
import { setSlowEngine, slowEngineScript } from './support/slowEngine';
import { standInExcel, standInExcelScript, type StandInCell, type StandInSnapshot, type StandInWorkbook } from './support/standInExcel';

const OWN_SHEET: StandInWorkbook['sheets'][number] = { name: 'Мои заметки', rows: [['Заметка аналитика', 42]], visibility: 'Visible', protected: false };

let folder: string;
let region: PreparedRegion;
let firstBatch: string[];
let secondBatch: string[];
let keyPath: string;

function excelHost(sheets: StandInWorkbook['sheets']) {
  return {
    host: 'Excel' as const,
    requirementSets: { ExcelApi: '1.17' },
    extraScript: standInExcelScript({ sheets, active: { sheet: sheets[0].name, row: 1, column: 1 } }),
  };
}

/** What the engine makes of the same files in Node: the sheets the pane must write. */
async function expectedSheets(paths: string[]): Promise<{ sheets: SummarySheet[]; charts: number }> {
  const inputs: MergeInput[] = paths.map((path) => ({ file: path.slice(path.lastIndexOf('/') + 1), data: new Uint8Array(readFileSync(path)) }));
  const merged = await mergeProtocols(inputs, region.key);
  const statistics = computeStatistics(merged.rows);
  // The pane's report header: nothing typed, today's date.
  const report = { metadata: { region: '—', centre: '—', testPeriod: '—', date: new Date().toISOString().slice(0, 10) }, comments: reportComments(merged.comments) };
  return { sheets: summarySheets({ ...merged, statistics, report, language: 'ru' }), charts: summaryCharts(statistics).length };
}

/** A sheet's rows as the stand-in holds them (empty cells ''), trimmed to the summary's width. */
function cells(snapshot: StandInSnapshot, name: string, width: number): StandInCell[][] {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
}

function asWritten(sheet: SummarySheet): StandInCell[][] {
  const rows = sheet.rows.map((row) => row.map((value) => (value === null ? '' : value)));
  return sheet.table ? [sheet.columns.map((column) => column.header), ...rows] : rows;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'recheck-analyst-'));
  region = await prepareRegion('секрет-аналитика');
  const ids = [...region.protocols.keys()];
  expect(ids.length).toBeGreaterThanOrEqual(3);
  const write = (name: string, bytes: Uint8Array) => {
    const path = join(folder, name);
    writeFileSync(path, bytes);
    return path;
  };
  keyPath = write('Ключ перепроверки.xlsx', region.keyWorkbook);
  const filled = await Promise.all(ids.map((id) => fillProtocol(region.protocols.get(id)!, { completedAt: '2026-11-29T12:00:00.000Z' })));
  const tampered = await editProtocol(filled[1], { 'Протокол!B2': '9999' });
  firstBatch = [
    write('Протокол 1.xlsx', filled[0]),
    write('Протокол 2 (испорчен).xlsx', tampered),
    write('почта.zip', await buildZip([{ path: 'Протокол 3.xlsx', data: filled[2] }])),
  ];
  // Came later: the second protocol again, intact, and the rest.
  secondBatch = [write('Протокол 2.xlsx', filled[1]), ...filled.slice(3).map((bytes, index) => write(`Протокол ${index + 4}.xlsx`, bytes))];
}, 120_000);

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('the analyst in the pane', () => {
  let pane: PaneSession | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it('merges into the open workbook: tables, highlighted flags, native charts, the report with their pictures; merging again replaces it all', async () => {
    pane = await openPane({ height: 1400, standInOffice: excelHost([OWN_SHEET]) });
    const { page } = pane;
    const excel = standInExcel(page);
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole('button', { name: 'Свести протоколы' }).click();
    await page.getByRole('heading', { name: 'Сведение протоколов', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Свести протоколы' }).click();
    await page.getByRole('alert').getByText('Выберите хотя бы один протокол.').waitFor();

    await page.locator('input[data-picker="protocols"]').setInputFiles(firstBatch);
    await page.locator('input[data-picker="key"]').setInputFiles(keyPath);
    await page.locator('[data-file="key"]').getByText('Ключ перепроверки.xlsx').waitFor();
    expect(await page.locator('[data-file="protocol"]').count()).toBe(3);

    const syncsBefore = await excel.syncs();
    await page.getByRole('button', { name: 'Свести протоколы' }).click();
    await page.locator('[data-written]').waitFor({ timeout: 60_000 });
    // What is there, new sheets in, values (small: one request), tables, formats and charts.
    expect((await excel.syncs()) - syncsBefore).toBe(4);

    const expected = await expectedSheets(firstBatch);
    let snapshot = await excel.snapshot();
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(['Мои заметки', 'Свод', 'Журнал', 'Статистика', 'Комментарии', 'Справка', 'Диаграммы']);
    expect(snapshot.sheets[0].rows).toEqual(OWN_SHEET.rows);
    for (const sheet of expected.sheets) expect(cells(snapshot, sheet.name, sheet.columns.length)).toEqual(asWritten(sheet));
    const svod = expected.sheets[0];
    expect(svod.rows.length).toBeGreaterThan(0);
    expect(cells(snapshot, 'Журнал', 3).slice(1).map((row) => row[2])).toEqual(['merged', 'tampered', 'merged']);
    expect(snapshot.tables).toEqual([
      { sheet: 'Свод', name: 'Svod', address: `Свод!A1:S${svod.rows.length + 1}`, style: 'TableStyleLight9' },
      { sheet: 'Журнал', name: 'Zhurnal', address: 'Журнал!A1:G4', style: 'TableStyleLight9' },
      { sheet: 'Статистика', name: 'Statistika', address: `Статистика!A1:AE${expected.sheets[2].rows.length + 1}`, style: 'TableStyleLight9' },
      expect.objectContaining({ sheet: 'Комментарии', name: 'Kommentarii' }),
    ]);
    expect(snapshot.sheets.find((sheet) => sheet.name === 'Свод')?.frozenRows).toBe(1);
    expect(snapshot.conditionalFormats).toEqual([
      { sheet: 'Статистика', address: `Статистика!A2:AE${expected.sheets[2].rows.length + 1}`, type: 'Custom', formula: '=LEN($AE2)>0', fill: '#FFC7CE' },
    ]);
    expect(snapshot.charts.map((chart) => [chart.sheet, chart.name, chart.type])).toEqual([
      ['Диаграммы', 'RecheckSharesByMunicipality', 'BarClustered'],
      ['Диаграммы', 'RecheckSharesBySchool', 'BarClustered'],
      ['Диаграммы', 'RecheckMeansByTask', 'ColumnClustered'],
      ['Диаграммы', 'RecheckErrorCodes', 'ColumnClustered'],
    ]);
    expect(snapshot.charts).toHaveLength(expected.charts);
    expect(snapshot.charts.every((chart) => chart.source.startsWith('Диаграммы!A') && chart.title !== '' && chart.position !== '')).toBe(true);
    // Each chart's source holds its header and values as written.
    const chartCells = cells(snapshot, 'Диаграммы', 3);
    expect(chartCells[0][0]).toBe('Доля изменённых и объективно оценённых работ по муниципалитетам');
    expect(chartCells[1]).toEqual(['Муниципалитет', 'Изменено работ', 'Объективно оценено']);

    const pane1 = await page.locator('main').innerText();
    expect(pane1).toContain('Файлов: 3, сведено протоколов: 2.');
    expect(await page.locator('[data-protocol-state]').evaluateAll((items) => items.map((item) => item.getAttribute('data-protocol-state')))).toEqual(['merged', 'tampered', 'merged']);
    await screenshot(page, 'analyst');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Сохранить справку (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('Справка.docx');
    await page.getByText('Справка сохранена в папку загрузок.').waitFor();
    const docx = readFileSync((await download.path())!);
    const zip = await JSZip.loadAsync(docx);
    // One picture per chart (the stand-in draws them all alike, so the file stores the PNG once).
    expect(Object.keys(zip.files).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    expect((await zip.file('word/document.xml')!.async('string')).match(/<w:drawing>/g)).toHaveLength(expected.charts);
    expect((await excel.snapshot()).images).toBe(expected.charts);
    const text = new TextDecoder().decode((await convertWithLibreOffice([{ name: 'report.docx', bytes: docx }], 'txt')).get('report.txt'));
    expect(text).toContain('Рисунок 1. Доля изменённых и объективно оценённых работ по муниципалитетам');

    // More protocols came in: add them and merge again.
    await page.locator('input[data-picker="protocols"]').setInputFiles(secondBatch);
    await page.getByRole('button', { name: 'Свести заново' }).click();
    await page.locator('[data-written]').getByText(/Прежняя сводка заменена/).waitFor({ timeout: 60_000 });
    const all = await expectedSheets([...firstBatch, ...secondBatch]);
    snapshot = await excel.snapshot();
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(['Мои заметки', 'Свод', 'Журнал', 'Статистика', 'Комментарии', 'Справка', 'Диаграммы']);
    expect(snapshot.sheets[0].rows).toEqual(OWN_SHEET.rows);
    for (const sheet of all.sheets) expect(cells(snapshot, sheet.name, sheet.columns.length)).toEqual(asWritten(sheet));
    const svodAgain = cells(snapshot, 'Свод', 19).slice(1);
    expect(svodAgain.length).toBeGreaterThan(svod.rows.length);
    // No row twice: one row per school, work and task.
    expect(new Set(svodAgain.map((row) => `${row[2]}|${row[5]}|${row[7]}`)).size).toBe(svodAgain.length);
    expect(snapshot.tables.map((table) => table.name)).toEqual(['Svod', 'Zhurnal', 'Statistika', 'Kommentarii']);
    expect(snapshot.tables[0].address).toBe(`Свод!A1:S${svodAgain.length + 1}`);
    expect(snapshot.charts).toHaveLength(all.charts);
    expect(snapshot.conditionalFormats).toHaveLength(1);
    expect(snapshot.names.map((name) => name.formula)).toEqual(['Свод', 'Журнал', 'Статистика', 'Комментарии', 'Справка', 'Диаграммы'].map((sheet) => `=${sheet}!$A$1`));
    await screenshot(page, 'analyst-merged-again');
    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });

  it('stops on «Отмена» with the workbook unchanged, keeps the inputs, and merges on request', async () => {
    // Every read of a file's bytes in the engine's worker is slow, as on a network drive, until the test says
    // otherwise (over a BroadcastChannel, answered when taken). The worker starts with the first merge.
    pane = await openPane({
      height: 900,
      standInOffice: excelHost([OWN_SHEET]),
      engineScript: slowEngineScript(true, 700),
    });
    const { page } = pane;
    const excel = standInExcel(page);
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole('button', { name: 'Свести протоколы' }).click();
    await page.locator('input[data-picker="protocols"]').setInputFiles(firstBatch);
    await page.locator('input[data-picker="key"]').setInputFiles(keyPath);
    await page.getByRole('button', { name: 'Свести протоколы' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByText(/^Прочитано протоколов: 1 \(выбрано файлов: 3\)$/).waitFor({ timeout: 30_000 });
    await screenshot(page, 'analyst-progress');
    await page.getByRole('button', { name: 'Отмена' }).click();
    await page.getByText('Сведение отменено. Книга не изменена.').waitFor();
    expect(await page.locator('[data-file="protocol"]').count()).toBe(3);
    expect((await excel.snapshot()).sheets.map((sheet) => sheet.name)).toEqual(['Мои заметки']);
    expect(await excel.calls()).toEqual([]);

    await setSlowEngine(page, false);
    await page.getByRole('button', { name: 'Свести протоколы' }).click();
    await page.locator('[data-written]').waitFor({ timeout: 60_000 });
    expect((await excel.snapshot()).sheets).toHaveLength(7);
    expect(pane.pageErrors).toEqual([]);
  });

  it('leaves a workbook alone that has a sheet of its own named «Свод», and says what to do', async () => {
    const own: StandInWorkbook['sheets'][number] = { name: 'Свод', rows: [['свой свод']], visibility: 'Visible', protected: false };
    pane = await openPane({ height: 900, standInOffice: excelHost([own]) });
    const { page } = pane;
    const excel = standInExcel(page);
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole('button', { name: 'Свести протоколы' }).click();
    await page.locator('input[data-picker="protocols"]').setInputFiles(firstBatch.slice(0, 1));
    await page.locator('input[data-picker="key"]').setInputFiles(keyPath);
    await page.getByRole('button', { name: 'Свести протоколы' }).click();
    await page.getByText('В книге уже есть свой лист «Свод», его панель не трогает.', { exact: false }).waitFor({ timeout: 60_000 });
    const snapshot = await excel.snapshot();
    expect(snapshot.sheets.map((sheet) => [sheet.name, sheet.rows])).toEqual([['Свод', [['свой свод']]]]);
    expect(snapshot.tables).toEqual([]);
    expect(snapshot.charts).toEqual([]);
    expect(await excel.calls()).toEqual([]);
    await screenshot(page, 'analyst-sheet-taken');
  });
});
