import { openPane, screenshot, type PaneSession } from './support/browser';

describe('the start screen', () => {
  let pane: PaneSession | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it('renders in Russian outside Excel with the product description and the primary action', async () => {
    pane = await openPane();
    const { page } = pane;
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole('heading', { name: 'Перепроверка ВПР', level: 1 }).waitFor();

    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Независимая перепроверка всероссийских проверочных работ (ВПР)');
    expect(text).toContain('Координатор загружает архивы сканов работ и протоколы школ');
    expect(text).toContain('Эксперт выставляет баллы');
    expect(text).toContain('Аналитик объединяет протоколы экспертов');
    expect(text).toContain('Все данные остаются на этом компьютере');
    expect(text).toContain('Открыто вне Excel');
    expect(text).toContain('Эксперт: откройте книгу-протокол из пакета — панель узнает её сама.');
    await expect(page.getByRole('button', { name: 'Загрузить архивы работ' }).isVisible()).resolves.toBe(true);
    // The expert's line is text, not a fake button; the analyst's role has its own.
    await expect(page.getByRole('button', { name: 'Свести протоколы' }).isVisible()).resolves.toBe(true);
    // Issue 10: the coordinator's cross-check preparation needs no workbook either.
    await expect(page.getByRole('button', { name: 'Перекрёстная проверка: подготовить пакеты' }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole('button').count()).toBe(3);
    // Nothing wider than the pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await screenshot(page, 'start');
    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });

  it('does not say "outside Excel" inside Excel, and opens the archive view', async () => {
    pane = await openPane({ standInOffice: { host: 'Excel', displayLanguage: 'ru-RU', requirementSets: { ExcelApi: '1.17' } } });
    const { page } = pane;
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole('button', { name: 'Загрузить архивы работ' }).click();
    await page.getByRole('heading', { name: 'Архивы работ' }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Открыто вне Excel');
    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });

  it('speaks English when Office does', async () => {
    pane = await openPane({ standInOffice: { host: 'Excel', displayLanguage: 'en-US' } });
    const { page } = pane;
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole('button', { name: 'Load archives of works' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('main').innerText()).toContain('All data stays on this computer');
  });
});
