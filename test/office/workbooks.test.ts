import { bytesToBase64, openWorkbook } from '../../src/office/workbooks';

const globals = globalThis as unknown as Record<string, unknown>;

/** A minimal office.js: Excel on Windows at the given ExcelApi minor version (1.<excelApi>). */
function fakeOffice(excelApi: number, host = 'Excel') {
  return {
    context: {
      host,
      platform: 'PC',
      diagnostics: { host, platform: 'PC', version: '16.0' },
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= excelApi,
      },
    },
  };
}

/** A minimal `Excel` global whose createWorkbook records what it was given, or fails as told. */
function fakeExcel(fail?: unknown) {
  const given: string[] = [];
  globals.Excel = {
    createWorkbook: (base64: string) => {
      given.push(base64);
      return fail === undefined ? Promise.resolve() : Promise.reject(fail);
    },
  };
  return given;
}

/** How office.js reports a failed request: an OfficeExtension.Error with a stable `code`. */
function officeError(code: string, message: string) {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code });
}

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

describe('openWorkbook', () => {
  it('hands Excel the workbook as base64 and reports success', async () => {
    globals.Office = fakeOffice(17);
    const given = fakeExcel();
    const bytes = new TextEncoder().encode('PK\u0003\u0004 a workbook');
    expect(await openWorkbook(bytes)).toEqual({ ok: true });
    expect(given).toEqual([Buffer.from(bytes).toString('base64')]);
  });

  it('encodes a workbook of several megabytes without overflowing the stack', async () => {
    globals.Office = fakeOffice(8);
    const given = fakeExcel();
    const bytes = new Uint8Array(5 * 1024 * 1024 + 7);
    for (let index = 0; index < bytes.length; index += 1) bytes[index] = (index * 31 + (index >> 9)) & 0xff;
    expect(await openWorkbook(bytes)).toEqual({ ok: true });
    expect(given[0]).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('says it is not in Excel outside Office, and calls nothing', async () => {
    const given = fakeExcel();
    expect(await openWorkbook(new Uint8Array([1, 2, 3]))).toEqual({ ok: false, problem: 'not-in-excel', code: null, detail: null });
    globals.Office = fakeOffice(17, 'Word');
    expect((await openWorkbook(new Uint8Array([1])))).toMatchObject({ ok: false, problem: 'not-in-excel' });
    expect(given).toEqual([]);
  });

  it('says the Excel is too old without ExcelApi 1.8', async () => {
    globals.Office = fakeOffice(7);
    const given = fakeExcel();
    expect(await openWorkbook(new Uint8Array([1]))).toEqual({ ok: false, problem: 'unsupported', code: null, detail: null });
    expect(given).toEqual([]);
  });

  it('says the host lacks createWorkbook when Excel has no such function', async () => {
    globals.Office = fakeOffice(17);
    globals.Excel = {};
    expect(await openWorkbook(new Uint8Array([1]))).toMatchObject({ ok: false, problem: 'unsupported' });
  });

  it.each([
    ['InvalidOperationInCellEditMode', 'cell-edit-mode'],
    ['RequestPayloadSizeLimitExceeded', 'too-large'],
    ['AccessDenied', 'access-denied'],
    ['ApiNotFound', 'unsupported'],
    ['NotImplemented', 'unsupported'],
    ['GeneralException', 'failed'],
  ])('maps the Office error %s to %s instead of throwing', async (code, problem) => {
    globals.Office = fakeOffice(17);
    fakeExcel(officeError(code, `The host said ${code}`));
    expect(await openWorkbook(new Uint8Array([1, 2]))).toEqual({ ok: false, problem, code, detail: `The host said ${code}` });
  });

  it('turns anything else thrown into a failure with its message', async () => {
    globals.Office = fakeOffice(17);
    fakeExcel(new TypeError('createWorkbook is not a function'));
    expect(await openWorkbook(new Uint8Array([1]))).toEqual({ ok: false, problem: 'failed', code: null, detail: 'createWorkbook is not a function' });
    fakeExcel('a string');
    expect(await openWorkbook(new Uint8Array([1]))).toEqual({ ok: false, problem: 'failed', code: null, detail: 'a string' });
  });
});

describe('bytesToBase64', () => {
  it.each([0, 1, 2, 3, 4, 49_151, 49_152, 49_153, 100_000])('matches Node for %i bytes', (length) => {
    const bytes = Uint8Array.from({ length }, (_, index) => (index * 7) & 0xff);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
