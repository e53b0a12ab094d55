import { openPane, screenshot, type PaneSession } from './support/browser';

describe('an unsupported Office', () => {
  let pane: PaneSession | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it('shows the unsupported-version message when Excel lacks ExcelApi 1.8', async () => {
    pane = await openPane({ standInOffice: { host: 'Excel', displayLanguage: 'ru-RU', requirementSets: { ExcelApi: '1.7' } } });
    const { page } = pane;
    await page.goto(`${pane.origin}/taskpane.html`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('Эта версия Office не поддерживается');
    expect(text).toContain('Microsoft 365 или Office 2021');
    expect(text).toContain('ExcelApi до 1.7');
    expect(await page.getByRole('button', { name: 'Загрузить архивы работ' }).count()).toBe(0);
    const asked = await page.evaluate(() => (window as unknown as { __standInOffice: { calls: { isSetSupported: string[][] } } }).__standInOffice.calls.isSetSupported);
    expect(asked).toContainEqual(['ExcelApi', '1.8']);
    await screenshot(page, 'unsupported');
    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });

  it('shows the message in Russian and English, without loading React, in a browser too old for the pane', async () => {
    // IE11 and old WebViews lack fetch (among much else): the HTML guard must catch it before the bundle loads.
    pane = await openPane({ initScript: 'delete window.fetch;' });
    const { page } = pane;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${pane.origin}/taskpane.html`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('Эта версия Office не поддерживается');
    expect(text).toContain('Unsupported Office version');
    expect(text).toContain('Microsoft 365 or Office 2021');
    expect(scripts.filter((path) => path.startsWith('/taskpane'))).toEqual([]);
    expect(await page.getAttribute('#root', 'data-state')).toBe('unsupported');
    await screenshot(page, 'unsupported-browser');
  });
});
