/**
 * bench:merge in the browser: the pane's merge (bench/browserMerge.worker.ts, bundled by esbuild as the pane's
 * worker is by webpack) in headless Chromium, fed the same protocol files through a file input. Time is measured
 * by the page from handing the files to the worker to holding the whole outcome (as the pane gets it); CPU time is
 * what Chromium's processes spent meanwhile; memory is the proportional set size (PSS: shared pages counted once)
 * summed over Chromium's processes, sampled from /proc — its peak, and its level just before the run.
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
  /** CPU time of all Chromium processes during the run. */
  cpuMs: number;
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
      var started = performance.now();
      worker.onmessage = function (event) {
        var ms = performance.now() - started, outcome = event.data.outcome;
        worker.terminate();
        if (!outcome.ok) { resolve({ ms: ms, error: 'key: ' + outcome.key.problem }); return; }
        var states = {};
        outcome.merged.protocols.forEach(function (p) { states[p.state] = (states[p.state] || 0) + 1; });
        resolve({
          ms: ms, workerMs: event.data.ms, protocols: outcome.merged.protocols.length,
          states: Object.keys(states).map(function (s) { return s + ' ' + states[s]; }).join(', '),
          rows: outcome.merged.rows.length,
          works: outcome.statistics.groups.filter(function (g) { return g.level === 'region'; }).reduce(function (sum, g) { return sum + g.works; }, 0),
          sheetRows: outcome.sheets.reduce(function (sum, sheet) { return sum + sheet.rows.length; }, 0),
        });
      };
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

/** The processes whose command line names `marker` (the profile folder): Chromium's. */
function processesOf(marker: string): string[] {
  return readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
    } catch {
      return false;
    }
  });
}

/** Summed over the processes: PSS in kB, and CPU time (user + system) in clock ticks. */
function usage(pids: readonly string[]): { pssKb: number; ticks: number } {
  let pssKb = 0;
  let ticks = 0;
  for (const pid of pids) {
    try {
      const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      pssKb += pss ? Number(pss[1]) : 0;
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return { pssKb, ticks };
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export async function measureBrowserMerge(dir: string, protocols: readonly string[], key: string): Promise<BrowserMeasurement> {
  const server = await startStaticServer(dir);
  const profile = mkdtempSync(join(tmpdir(), 'recheck-bench-merge-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/index.html`);
    await page.locator('#protocols').setInputFiles([...protocols]);
    await page.locator('#key').setInputFiles(key);
    const before = usage(processesOf(profile));
    let peakKb = before.pssKb;
    const sampler = setInterval(() => {
      peakKb = Math.max(peakKb, usage(processesOf(profile)).pssKb);
    }, 100);
    const result = (await page.evaluate(() => (window as unknown as { runMerge: () => Promise<Record<string, unknown>> }).runMerge())) as {
      ms: number; workerMs: number; error?: string; protocols: number; states: string; rows: number; works: number; sheetRows: number;
    };
    clearInterval(sampler);
    const after = usage(processesOf(profile));
    peakKb = Math.max(peakKb, after.pssKb);
    if (result.error) throw new Error(result.error);
    return {
      ms: result.ms,
      cpuMs: ((after.ticks - before.ticks) * 1000) / TICKS_PER_SECOND,
      peakMb: peakKb / 1024,
      idleMb: before.pssKb / 1024,
      note: `в Worker ${(result.workerMs / 1000).toFixed(2)} с; протоколов ${result.protocols} (${result.states}), работ ${result.works}, строк ${result.rows}, строк листов сводки ${result.sheetRows}`,
    };
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
