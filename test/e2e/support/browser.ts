/**
 * Browser tests' harness: serves the built dist/ over http on a free localhost port and opens the pane in
 * Debian's Chromium through playwright-core, as ENGINEERING.md says. The page may reach only that server:
 * every other request is aborted and recorded (the add-in makes no network calls, and tests have no network).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { installStandInOffice, type StandInOfficeOptions } from './standInOffice';
import { startStaticServer, type StaticServer } from './staticServer';

export const ROOT = join(__dirname, '..', '..', '..');
export const DIST = join(ROOT, 'dist');
export const OUTPUT = join(ROOT, 'test-output', 'e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The task pane's width in Excel (320–350 px): we design for the narrowest. */
export const PANE_WIDTH = 320;

export interface PaneOptions {
  /** Play an Office host with the stand-in office.js; without it the real local office.js runs (outside Office). */
  standInOffice?: StandInOfficeOptions;
  /** JavaScript run in the page before any of its scripts (e.g. to take a browser feature away). */
  initScript?: string;
  /**
   * JavaScript run in the engine's worker before the engine (e.g. to slow its reads down): the page's init
   * script does not reach a worker, so this is put in front of the worker's script as it is served.
   */
  engineScript?: string;
  height?: number;
}

export interface PaneSession {
  page: Page;
  context: BrowserContext;
  /** The static server's origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Requests to anywhere but the static server: aborted, listed here. */
  blockedRequests: string[];
  /** Uncaught exceptions and console errors of the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Fails early, with the fix, when dist/ is missing or was built to load office.js from the CDN. */
export function assertTestBuild(): void {
  const html = join(DIST, 'taskpane.html');
  if (!existsSync(html)) throw new Error(`${html} is missing: run \`npm run test:e2e\` (it builds first)`);
  if (!/<script src="?office\/office\.js"?>/.test(readFileSync(html, 'utf8'))) {
    throw new Error('dist/ loads office.js from the CDN: browser tests need `webpack --mode production --env officeJs=local` (npm run test:e2e does this)');
  }
}

/** Opens dist/taskpane.html in a fresh Chromium profile at pane width. */
export async function openPane(options: PaneOptions = {}): Promise<PaneSession> {
  assertTestBuild();
  const server: StaticServer = await startStaticServer(DIST);
  const profile = mkdtempSync(join(tmpdir(), 'recheck-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: PANE_WIDTH, height: options.height ?? 720 },
      locale: 'ru-RU',
      ignoreHTTPSErrors: true,
    });
    const blockedRequests: string[] = [];
    const pageErrors: string[] = [];
    // Registered first, so the stand-in's routes (registered later) take precedence for office.js.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      blockedRequests.push(url);
      return route.abort('blockedbyclient');
    });
    if (options.standInOffice) await installStandInOffice(context, options.standInOffice);
    if (options.initScript) await context.addInitScript({ content: options.initScript });
    if (options.engineScript) await prefixEngineWorker(context, options.engineScript);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    const opened = context;
    return {
      page,
      context: opened,
      origin: server.origin,
      blockedRequests,
      pageErrors,
      close: async () => {
        await opened.close().catch(() => undefined);
        await server.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** The engine worker's bundle (webpack names its chunk `engine-worker`), served with `script` in front. */
async function prefixEngineWorker(context: BrowserContext, script: string): Promise<void> {
  await context.route(/\/engine-worker(\.[0-9a-f]+)?\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${script};\n${await response.text()}` });
  });
}

/** A full-page screenshot into test-output/e2e/<name>.png; returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT, { recursive: true });
  const path = join(OUTPUT, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
