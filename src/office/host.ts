/**
 * The only module that names the `Office` global (script-lab's officeJsHost.ts, made strict): it waits for
 * office.js, normalises the host and platform to our own types, and answers requirement-set questions.
 * Everything else in the pane is handed plain data.
 *
 * Outside Office (a plain browser page, a browser test) office.js still loads, `Office.onReady` resolves with
 * no host and `Excel` is undefined; when office.js did not load at all, `Office` itself is undefined. Both
 * come out as `host: 'none'`, and the pane keeps working without a workbook.
 */

/** Which Office application hosts the pane; `none` outside Office. */
export type HostKind = 'excel' | 'other' | 'none';

/** Where that application runs. */
export type PlatformKind = 'windows' | 'mac' | 'web' | 'ios' | 'android' | 'other' | 'none';

export interface HostInfo {
  host: HostKind;
  /** Office's own name for the host (`Excel`, `Word`, …), null outside Office. */
  hostName: string | null;
  platform: PlatformKind;
  /** Office's UI language, e.g. `ru-RU`; null outside Office. */
  displayLanguage: string | null;
  /** Every ExcelApi version (1.1 upwards, in order) the host says it supports; empty outside Excel. */
  excelApiVersions: string[];
}

/** The ExcelApi versions we ask about; the highest published when this was written is 1.20. */
const EXCEL_API_PROBE = Array.from({ length: 20 }, (_, index) => `1.${index + 1}`);

const OUTSIDE_OFFICE: HostInfo = { host: 'none', hostName: null, platform: 'none', displayLanguage: null, excelApiVersions: [] };

function officeGlobal(): typeof Office | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

/** Office's enums are strings at run time (`Office.HostType.Excel === 'Excel'`). */
function nameOf(value: Office.HostType | Office.PlatformType | string | null | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}

function hostKind(hostName: string | null): HostKind {
  if (!hostName) return 'none';
  return hostName === 'Excel' ? 'excel' : 'other';
}

function platformKind(platformName: string | null): PlatformKind {
  switch (platformName) {
    case null:
      return 'none';
    case 'PC':
    case 'Universal':
      return 'windows';
    case 'Mac':
      return 'mac';
    case 'OfficeOnline':
      return 'web';
    case 'iOS':
      return 'ios';
    case 'Android':
      return 'android';
    default:
      return 'other';
  }
}

/** Asks the host about a requirement set; never throws (outside Office the answer is false). */
function isSetSupportedSafe(name: string, version: string): boolean {
  const office = officeGlobal();
  try {
    return Boolean(office?.context?.requirements?.isSetSupported(name, version));
  } catch {
    return false;
  }
}

/** What is known about the host once office.js is ready; call after `whenOfficeReady`. Never throws. */
export function getHostInfo(): HostInfo {
  try {
    return readHostInfo();
  } catch {
    return OUTSIDE_OFFICE;
  }
}

function readHostInfo(): HostInfo {
  const context = officeGlobal()?.context as Partial<Office.Context> | undefined;
  const hostName = nameOf(context?.diagnostics?.host ?? context?.host);
  const host = hostKind(hostName);
  if (host === 'none') return OUTSIDE_OFFICE;
  return {
    host,
    hostName,
    platform: platformKind(nameOf(context?.diagnostics?.platform ?? context?.platform)),
    displayLanguage: context?.displayLanguage || null,
    excelApiVersions: host === 'excel' ? EXCEL_API_PROBE.filter((version) => isSetSupportedSafe('ExcelApi', version)) : [],
  };
}

/** Whether the host supports ExcelApi at this version (e.g. `1.8`, `1.13`); false outside Excel. */
export function isExcelApiSupported(version: string): boolean {
  return getHostInfo().host === 'excel' && isSetSupportedSafe('ExcelApi', version);
}

/**
 * Resolves once office.js has initialised (inside or outside Office) with the host's description.
 * Resolves at once, outside Office, when office.js is not on the page; never rejects.
 */
export async function whenOfficeReady(): Promise<HostInfo> {
  const office = officeGlobal();
  if (!office || typeof office.onReady !== 'function') return OUTSIDE_OFFICE;
  try {
    await office.onReady();
  } catch {
    return OUTSIDE_OFFICE;
  }
  return getHostInfo();
}

/**
 * Office's partition key for local storage (IndexedDB keys are prefixed with it), or null where the host does not
 * partition storage (the browser controls of Windows, outside Office). Never throws.
 */
export function getPartitionKey(): string | null {
  try {
    const key = officeGlobal()?.context?.partitionKey;
    return typeof key === 'string' && key !== '' ? key : null;
  } catch {
    return null;
  }
}
