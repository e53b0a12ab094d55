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
 * Dialogs (DialogApi 1.2, issue 12): `Office.context.ui.displayDialogAsync` opens the page in a real popup of the
 * same browser context (`window.open`: Playwright sees it as a new page); `dialog.messageChild` and
 * `Office.context.ui.messageParent` carry strings between the two windows asynchronously, as Office does;
 * `dialog.close()` closes the popup, and the person closing it reaches the pane as `DialogEventReceived` 12006.
 * A second dialog while one is open fails with 12007. Without `DialogApi` in `requirementSets` the set is
 * reported missing (the methods stay, as on old hosts that have DialogApi 1.1).
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
  /** The highest version the host supports per requirement set, e.g. `{ ExcelApi: '1.17' }`. Default ExcelApi 1.17, DialogApi 1.2. */
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
    requirementSets: options.requirementSets ?? { ExcelApi: '1.17', DialogApi: '1.2' },
    version: options.version ?? '16.0.18000.20000',
  };
  return `(function () {
  'use strict';
  var options = ${JSON.stringify(settings)};
  var standIn = { options: options, calls: { onReady: 0, isSetSupported: [], displayDialogAsync: [], messageChild: [], messageParent: [] } };
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
  var EventType = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived', DialogParentMessageReceived: 'dialogParentMessageReceived' };
  var AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
  function later(fn) { setTimeout(fn, 0); }
  function failed(code, message) { return { status: AsyncResultStatus.Failed, error: { code: code, name: 'Error', message: message } }; }

  // --- The pane's side: one dialog at a time, a popup of this browser context ---
  var openDialog = null;
  standIn.dialog = { open: false, url: null, closedBy: null };
  standIn.deliverToParent = function (source, message) {
    if (!openDialog || openDialog.popup !== source) return;
    standIn.calls.messageParent.push(message);
    var handlers = openDialog.handlers[EventType.DialogMessageReceived] || [];
    later(function () { handlers.forEach(function (h) { h({ type: EventType.DialogMessageReceived, message: message, origin: location.origin }); }); });
  };
  function dialogGone(code, by) {
    if (!openDialog) return;
    var dialog = openDialog; openDialog = null;
    clearInterval(dialog.watch);
    standIn.dialog.open = false; standIn.dialog.closedBy = by;
    if (by === 'person') (dialog.handlers[EventType.DialogEventReceived] || []).forEach(function (h) { h({ type: EventType.DialogEventReceived, error: code }); });
  }
  var ui = {
    displayDialogAsync: function (url, dialogOptions, callback) {
      standIn.calls.displayDialogAsync.push({ url: url, options: dialogOptions || {} });
      if (openDialog) { later(function () { callback && callback(failed(12007, 'A dialog box is already opened.')); }); return; }
      var target = new URL(url, location.href);
      if (target.origin !== location.origin) { later(function () { callback && callback(failed(12004, 'Invalid domain.')); }); return; }
      var w = Math.round(screen.availWidth * (dialogOptions && dialogOptions.width || 80) / 100);
      var h = Math.round(screen.availHeight * (dialogOptions && dialogOptions.height || 80) / 100);
      var popup = window.open(target.href, '_blank', 'popup,width=' + w + ',height=' + h);
      if (!popup) { later(function () { callback && callback(failed(12009, 'The dialog was blocked.')); }); return; }
      var dialog = { popup: popup, handlers: {}, watch: 0 };
      openDialog = dialog;
      standIn.dialog.open = true; standIn.dialog.url = target.href; standIn.dialog.closedBy = null;
      dialog.watch = setInterval(function () { if (popup.closed) dialogGone(12006, 'person'); }, 50);
      var api = {
        addEventHandler: function (type, handler) { (dialog.handlers[type] = dialog.handlers[type] || []).push(handler); },
        messageChild: function (message) {
          if (openDialog !== dialog) throw new Error('The dialog is closed.');
          standIn.calls.messageChild.push(message);
          later(function () { var child = popup.__standInOfficeChild; if (child) child.deliver(message, location.origin); });
        },
        close: function () { if (openDialog === dialog) { dialogGone(0, 'pane'); popup.close(); } },
      };
      later(function () { callback && callback({ status: AsyncResultStatus.Succeeded, value: api }); });
    },
    // --- The dialog's side: talks to the pane that opened it ---
    messageParent: function (message) {
      var parent = window.opener && window.opener.__standInOffice;
      if (!parent) throw new Error('Not opened as a dialog.');
      parent.deliverToParent(window, String(message));
    },
    addHandlerAsync: function (type, handler, optionsOrCallback, maybeCallback) {
      var callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
      if (type !== EventType.DialogParentMessageReceived || !window.opener) { later(function () { callback && callback(failed(12002, 'Not a dialog.')); }); return; }
      child.handlers.push(handler);
      later(function () { callback && callback({ status: AsyncResultStatus.Succeeded, value: undefined }); });
    },
    removeHandlerAsync: function (type, options, callback) {
      var handler = options && options.handler;
      child.handlers = handler ? child.handlers.filter(function (h) { return h !== handler; }) : [];
      later(function () { callback && callback({ status: AsyncResultStatus.Succeeded }); });
    },
  };
  var child = { handlers: [], received: [], deliver: function (message, origin) {
    child.received.push(message);
    child.handlers.forEach(function (h) { h({ type: EventType.DialogParentMessageReceived, message: message, origin: origin }); });
  } };
  window.__standInOfficeChild = child;
  context.ui = ui;

  var info = { host: inOffice ? options.host : null, platform: inOffice ? options.platform : null };
  var ready = new Promise(function (resolve) { setTimeout(function () { resolve(info); }, 0); });

  window.Office = {
    HostType: HostType,
    PlatformType: PlatformType,
    EventType: EventType,
    AsyncResultStatus: AsyncResultStatus,
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
