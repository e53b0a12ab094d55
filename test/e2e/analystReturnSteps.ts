/**
 * Steps the analyst's browser tests of the next steps after a merge share (returning the protocols, the third
 * check): the pane in the stand-in Excel, a merge of the given files, and every download of one action.
 */
import type { Download, Page } from 'playwright-core';
import type { StandInOfficeOptions } from './support/standInOffice';
import { standInExcelScript } from './support/standInExcel';

/** Excel on `platform` with an empty workbook: the analyst's summary is written into it. */
export function analystExcel(platform: 'PC' | 'Mac' = 'PC'): StandInOfficeOptions {
  const sheets = [{ name: 'Лист1', rows: [['']], visibility: 'Visible' as const, protected: false }];
  return { host: 'Excel', platform, requirementSets: { ExcelApi: '1.17' }, extraScript: standInExcelScript({ sheets, active: { sheet: 'Лист1', row: 1, column: 1 } }) };
}

/** From the start screen: the protocols and the key chosen, «Свести протоколы», the summary written. */
export async function mergeInPane(page: Page, origin: string, protocols: string[], key: string): Promise<void> {
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole('button', { name: 'Свести протоколы' }).click();
  await page.getByRole('heading', { name: 'Сведение протоколов', level: 1 }).waitFor();
  await page.locator('input[data-picker="protocols"]').setInputFiles(protocols);
  await page.locator('input[data-picker="key"]').setInputFiles(key);
  await page.locator('[data-file="key"]').waitFor();
  await page.getByRole('button', { name: 'Свести протоколы' }).click();
  await page.locator('[data-written]').waitFor({ timeout: 90_000 });
}

/** The downloads `act` starts, `count` of them (the events follow the clicks one by one). */
export async function downloadsOf(page: Page, count: number, act: () => Promise<void>): Promise<Download[]> {
  const downloads: Download[] = [];
  const all = new Promise<Download[]>((resolve) => {
    const taken = (download: Download) => {
      downloads.push(download);
      if (downloads.length < count) return;
      page.off('download', taken);
      resolve(downloads);
    };
    page.on('download', taken);
  });
  await act();
  return all;
}
