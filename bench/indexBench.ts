/**
 * npm run bench:index — what a coordinator waits for: `recheck index BIG.zip --json`, the built command run as
 * a whole process (start-up included), on a ~500 MB municipality archive of 300 scan-like PDFs; side by side in
 * the same run with a whole-archive read of the same file (jszip.loadAsync and every entry's bytes, also a
 * process of its own). Wall time is measured around each process; peak memory is the process's own peak RSS
 * (/usr/bin/time's maximum resident set, or VmHWM reported at exit where there is no /usr/bin/time).
 * Goal (issue 7): peak ≤ 150 MB, and time ≤ 0.5× the whole-archive read.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { buildSync } from 'esbuild';
import { writeBenchArchive } from './benchArchive';
import { runMeasured } from './runMeasured';

const WORKS = Number(process.env.BENCH_WORKS ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
const root = join(__dirname, '..');
const outDir = join(root, 'bench-output');
mkdirSync(outDir, { recursive: true });
const archivePath = join(outDir, `municipality-${WORKS}.zip`);

interface Measurement { ms: number; cpuMs: number; peakMb: number; note: string }

async function main() {
  if (!existsSync(archivePath)) {
    const started = Date.now();
    process.stderr.write(`Генерация архива ${archivePath} (${WORKS} работ)…\n`);
    await writeBenchArchive(archivePath, WORKS);
    process.stderr.write(`  готово за ${((Date.now() - started) / 1000).toFixed(1)} с\n`);
  }
  const sizeMb = statSync(archivePath).size / 2 ** 20;

  // The command as shipped (the package's bin), and the baseline bundled the same way: neither process carries a
  // TypeScript loader.
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), '--if-stale'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('building the CLI failed');
  const cli = join(root, 'dist-cli', 'recheck.cjs');
  const baseline = join(outDir, 'wholeArchiveRead.cjs');
  buildSync({ entryPoints: [join(__dirname, 'wholeArchiveRead.ts')], bundle: true, platform: 'node', target: 'node22', outfile: baseline, logLevel: 'warning' });

  const measureCli = (): Measurement => {
    const { ms, cpuMs, peakKb, stdout } = runMeasured([cli, 'index', archivePath, '--json'], outDir);
    const bank = JSON.parse(stdout) as { works: { pages: number }[]; problems: unknown[] };
    const pages = bank.works.reduce((sum, work) => sum + work.pages, 0);
    return { ms, cpuMs, peakMb: peakKb / 1024, note: `работ ${bank.works.length}, страниц ${pages}, проблем ${bank.problems.length}` };
  };
  const measureBaseline = (): Measurement => {
    const { ms, cpuMs, peakKb, stdout } = runMeasured([baseline, archivePath], outDir);
    return { ms, cpuMs, peakMb: peakKb / 1024, note: stdout.trim() };
  };

  // Alternated, so that a neighbour's load on a shared machine falls on both; the best of each is compared.
  const ours: Measurement[] = [];
  const whole: Measurement[] = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(measureCli());
    whole.push(measureBaseline());
  }
  const show = (label: string, m: Measurement) =>
    console.log(`${label.padEnd(40)} ${(m.ms / 1000).toFixed(2).padStart(6)} с (ЦП ${(m.cpuMs / 1000).toFixed(2)} с)   пик памяти ${m.peakMb.toFixed(0).padStart(4)} МБ   ${m.note}`);
  console.log(`Архив: ${WORKS} PDF, ${sizeMb.toFixed(0)} МБ; замеров каждого: ${RUNS}`);
  ours.forEach((m, i) => show(`recheck index --json (процесс) #${i + 1}`, m));
  whole.forEach((m, i) => show(`jszip, весь архив (процесс) #${i + 1}`, m));
  const best = (runs: Measurement[]) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const o = best(ours);
  const w = best(whole);
  const peak = Math.max(...ours.map((m) => m.peakMb));
  const ratio = o.ms / w.ms;
  console.log(`Лучшее: recheck ${(o.ms / 1000).toFixed(2)} с против ${(w.ms / 1000).toFixed(2)} с — ${ratio.toFixed(2)}× времени чтения целиком; пик recheck ${peak.toFixed(0)} МБ`);
  // On a machine shared with other work, wall time favours the command that uses both cores; CPU time does not.
  console.log(`Процессорное время: ${(Math.min(...ours.map((m) => m.cpuMs)) / Math.min(...whole.map((m) => m.cpuMs))).toFixed(2)}× чтения целиком; нагрузка машины (loadavg за минуту) ${loadavg()[0].toFixed(1)} на ${availableParallelism()} ядра`);
  console.log(`Цель: пик ≤ 150 МБ — ${peak <= 150 ? 'да' : 'НЕТ'}; время ≤ 0,5× чтения целиком — ${ratio <= 0.5 ? 'да' : 'НЕТ'}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
