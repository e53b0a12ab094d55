import { getHostInfo, isExcelApiSupported, whenOfficeReady } from '../../src/office/host';

const globals = globalThis as unknown as Record<string, unknown>;

/** A minimal office.js as the Office hosts present it. */
function fakeOffice(options: { host?: string; platform?: string; displayLanguage?: string; excelApi?: number; onReady?: () => Promise<unknown> }) {
  return {
    onReady: options.onReady ?? (() => Promise.resolve({ host: options.host ?? null, platform: options.platform ?? null })),
    context: {
      host: options.host,
      platform: options.platform,
      displayLanguage: options.displayLanguage,
      diagnostics: options.host ? { host: options.host, platform: options.platform, version: '16.0' } : undefined,
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= (options.excelApi ?? 0),
      },
    },
  };
}

afterEach(() => {
  delete globals.Office;
});

describe('the Office host', () => {
  it('describes Excel on Windows with its language and every ExcelApi version it supports', async () => {
    globals.Office = fakeOffice({ host: 'Excel', platform: 'PC', displayLanguage: 'ru-RU', excelApi: 13 });
    const host = await whenOfficeReady();
    expect(host).toEqual({
      host: 'excel',
      hostName: 'Excel',
      platform: 'windows',
      displayLanguage: 'ru-RU',
      excelApiVersions: Array.from({ length: 13 }, (_, index) => `1.${index + 1}`),
    });
    expect(isExcelApiSupported('1.8')).toBe(true);
    expect(isExcelApiSupported('1.13')).toBe(true);
    expect(isExcelApiSupported('1.14')).toBe(false);
  });

  it('maps Excel on the web and on a Mac to our platform names', () => {
    globals.Office = fakeOffice({ host: 'Excel', platform: 'OfficeOnline', excelApi: 17 });
    expect(getHostInfo().platform).toBe('web');
    globals.Office = fakeOffice({ host: 'Excel', platform: 'Mac', excelApi: 17 });
    expect(getHostInfo().platform).toBe('mac');
  });

  it('is outside Office when office.js resolves with no host', async () => {
    globals.Office = fakeOffice({});
    expect(await whenOfficeReady()).toEqual({ host: 'none', hostName: null, platform: 'none', displayLanguage: null, excelApiVersions: [] });
    expect(isExcelApiSupported('1.1')).toBe(false);
  });

  it('is outside Office when office.js is not on the page at all', async () => {
    expect((await whenOfficeReady()).host).toBe('none');
    expect(isExcelApiSupported('1.8')).toBe(false);
  });

  it('does not reject when office.js fails to initialise', async () => {
    globals.Office = fakeOffice({ host: 'Excel', onReady: () => Promise.reject(new Error('host went away')) });
    expect((await whenOfficeReady()).host).toBe('none');
  });

  it('does not throw when the host throws on a question', () => {
    const office = fakeOffice({ host: 'Excel', platform: 'PC', excelApi: 13 });
    office.context.requirements.isSetSupported = () => {
      throw new Error('not ready');
    };
    globals.Office = office;
    expect(getHostInfo().excelApiVersions).toEqual([]);
    expect(isExcelApiSupported('1.8')).toBe(false);
  });

  it('calls a host other than Excel "other", with no ExcelApi', () => {
    globals.Office = fakeOffice({ host: 'Word', platform: 'PC', excelApi: 13 });
    expect(getHostInfo()).toMatchObject({ host: 'other', hostName: 'Word', excelApiVersions: [] });
    expect(isExcelApiSupported('1.8')).toBe(false);
  });
});
