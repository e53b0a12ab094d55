/**
 * A stand-in for office.js, so browser tests can play a host: Excel at a chosen ExcelApi version, in a chosen
 * display language, on a chosen platform — or no host at all, as a plain browser page sees it.
 *
 * How it works: the pane's HTML loads office.js with a <script> (dist/office/office.js in test builds, the
 * CDN in production). `installStandInOffice` routes that request, in the browser context, to the script
 * this module writes, so `window.Office` is the stand-in from the first line of the page on; the real
 * office.js is never fetched. The stand-in implements what the pane uses (`Office.onReady`,
 * `Office.context.{host, platform, displayLanguage, diagnostics, requirements.isSetSupported}`, the
 * HostType / PlatformType enums) and records calls in `window.__standInOffice` for assertions.
 *
 * Extending it: later tests add an Excel stand-in (`Excel.run`, a workbook model) through `extraScript`,
 * plain JavaScript run right after `Office` is defined, with the options as `standIn.options`.
 */
import type { BrowserContext } from 'playwright-core';

export interface StandInOfficeOptions {
  /** `Excel` for an Excel host; null: outside Office (`onReady` resolves with no host). Default `Excel`. */
  host?: 'Excel' | null;
  /** Office.PlatformType value: `PC` (default), `Mac`, `OfficeOnline`. */
  platform?: 'PC' | 'Mac' | 'OfficeOnline';
  /** Office's UI language. Default `ru-RU`. */
  displayLanguage?: string;
  /** The highest version the host supports per requirement set, e.g. `{ ExcelApi: '1.17' }`. Default ExcelApi 1.17. */
  requirementSets?: Record<string, string>;
  /** Office build, as `Office.context.diagnostics.version` reports it. */
  version?: string;
  /** JavaScript run after `window.Office` exists (e.g. to define `window.Excel`). */
  extraScript?: string;
}

/** The office.js URLs the pane may load: the local copy of test builds and Microsoft's CDN. */
export const OFFICE_JS_URLS = ['**/office/office.js', 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js'];

/** The stand-in as JavaScript source: what the route serves instead of office.js. */
export function standInOfficeScript(options: StandInOfficeOptions = {}): string {
  const settings = {
    host: options.host === undefined ? 'Excel' : options.host,
    platform: options.platform ?? 'PC',
    displayLanguage: options.displayLanguage ?? 'ru-RU',
    requirementSets: options.requirementSets ?? { ExcelApi: '1.17' },
    version: options.version ?? '16.0.18000.20000',
  };
  return `(function () {
  'use strict';
  var options = ${JSON.stringify(settings)};
  var standIn = { options: options, calls: { onReady: 0, isSetSupported: [] } };
  window.__standInOffice = standIn;

  function parts(version) {
    return String(version || '0').split('.').map(function (part) { return parseInt(part, 10) || 0; });
  }
  function atLeast(have, want) {
    var a = parts(have), b = parts(want);
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      var x = a[i] || 0, y = b[i] || 0;
      if (x !== y) return x > y;
    }
    return true;
  }

  var inOffice = options.host !== null;
  var HostType = { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' };
  var PlatformType = { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' };
  var context = {
    host: inOffice ? options.host : undefined,
    platform: inOffice ? options.platform : undefined,
    displayLanguage: inOffice ? options.displayLanguage : undefined,
    contentLanguage: inOffice ? options.displayLanguage : undefined,
    partitionKey: undefined,
    diagnostics: inOffice ? { host: options.host, platform: options.platform, version: options.version } : undefined,
    requirements: {
      isSetSupported: function (name, version) {
        standIn.calls.isSetSupported.push([name, version]);
        if (!inOffice) return false;
        var have = options.requirementSets[name];
        return have !== undefined && atLeast(have, version === undefined ? '1.1' : String(version));
      }
    }
  };
  var info = { host: inOffice ? options.host : null, platform: inOffice ? options.platform : null };
  var ready = new Promise(function (resolve) { setTimeout(function () { resolve(info); }, 0); });

  window.Office = {
    HostType: HostType,
    PlatformType: PlatformType,
    context: context,
    initialize: undefined,
    onReady: function (callback) {
      standIn.calls.onReady += 1;
      return ready.then(function (value) {
        if (typeof callback === 'function') callback(value);
        return value;
      });
    }
  };
  ready.then(function () { if (typeof window.Office.initialize === 'function') window.Office.initialize(); });
${options.extraScript ?? ''}
})();
`;
}

/** Serves the stand-in instead of office.js to every page of this browser context. */
export async function installStandInOffice(context: BrowserContext, options: StandInOfficeOptions = {}): Promise<void> {
  const body = standInOfficeScript(options);
  for (const url of OFFICE_JS_URLS) {
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body }));
  }
}
