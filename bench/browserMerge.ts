/**
 * bench:merge in the browser: the pane's merge (bench/browserMerge.worker.ts, bundled by esbuild as the pane's
 * worker is by webpack) in headless Chromium, fed the same protocol files through a file input. Time is measured
 * in the worker; peak memory is the largest sum of Chromium's processes' resident memory, sampled from /proc.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/e2e/support/browser';
import { startStaticServer } from '../test/e2e/support/staticServer';

export interface BrowserMeasurement {
  ms: number;
  /** Peak resident memory of all Chromium processes during the run, and just before it (idle page). */
  peakMb: number;
  idleMb: number;
  note: string;
}

const PAGE = `<!doctype html><meta charset="utf-8"><title>bench</title>
<input id="protocols" type="file" multiple><input id="key" type="file">
<script>
  window.runMerge = function () {
    return new Promise(function (resolve) {
      var worker = new Worker('merge.worker.js');
      worker.onmessage = function (event) { resolve(event.data); worker.terminate(); };
      worker.postMessage({ protocols: Array.from(document.getElementById('protocols').files), key: document.getElementById('key').files[0] });
    });
  };
</script>`;

/** The bundle and its page, built once into `dir`. */
export function buildBrowserMerge(dir: string): void {
  mkdirSync(dir, { recursive: true });
  buildSync({
    entryPoints: [join(__dirname, 'browserMerge.worker.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    minify: true,
    outfile: join(dir, 'merge.worker.js'),
    logLevel: 'warning',
  });
  writeFileSync(join(dir, 'index.html'), PAGE);
}

/** Resident memory (kB) of every process whose command line names `marker` (the profile folder). */
function residentKb(marker: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += rss ? Number(rss[1]) : 0;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

export async function measureBrowserMerge(dir: string, protocols: readonly string[], key: string): Promise<BrowserMeasurement> {
  const server = await startStaticServer(dir);
  const profile = mkdtempSync(join(tmpdir(), 'recheck-bench-merge-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/index.html`);
    await page.locator('#protocols').setInputFiles([...protocols]);
    await page.locator('#key').setInputFiles(key);
    const idleKb = residentKb(profile);
    let peakKb = idleKb;
    const sampler = setInterval(() => {
      peakKb = Math.max(peakKb, residentKb(profile));
    }, 50);
    const result = (await page.evaluate(() => (window as unknown as { runMerge: () => Promise<Record<string, unknown>> }).runMerge())) as {
      ms: number; error?: string; protocols: number; states: string; rows: number; works: number; sheetRows: number;
    };
    clearInterval(sampler);
    peakKb = Math.max(peakKb, residentKb(profile));
    if (result.error) throw new Error(result.error);
    return {
      ms: result.ms,
      peakMb: peakKb / 1024,
      idleMb: idleKb / 1024,
      note: `протоколов ${result.protocols} (${result.states}), работ ${result.works}, строк ${result.rows}, строк листов сводки ${result.sheetRows}`,
    };
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
