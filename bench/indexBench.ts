/**
 * npm run bench:index — indexing a ~500 MB municipality archive of 300 scan-like PDFs, against a
 * whole-archive read of the same file (jszip.loadAsync and every entry's bytes).
 * Each measurement runs in its own process, so its peak memory (the process's VmHWM) is its own.
 * Goal (issue 2): peak memory ≤ 150 MB, and faster than the whole-archive read.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { writeBenchArchive } from './benchArchive';

const WORKS = Number(process.env.BENCH_WORKS ?? 300);
const outDir = join(process.cwd(), 'bench-output');
mkdirSync(outDir, { recursive: true });
const archivePath = join(outDir, `municipality-${WORKS}.zip`);

async function main() {
  if (!existsSync(archivePath)) {
    const started = Date.now();
    process.stderr.write(`Генерация архива ${archivePath} (${WORKS} работ)…\n`);
    await writeBenchArchive(archivePath, WORKS);
    process.stderr.write(`  готово за ${((Date.now() - started) / 1000).toFixed(1)} с\n`);
  }
  const sizeMb = statSync(archivePath).size / 2 ** 20;

  interface Measurement { label: string; ms: number; peakMb: number; note: string }

  // The measured code runs as one bundled script under plain node: a TypeScript loader in the process would
  // add its own ~80 MB to the peak and be counted against the indexer.
  const runner = join(outDir, 'indexOnce.cjs');
  buildSync({ entryPoints: [join(__dirname, 'indexOnce.ts')], bundle: true, platform: 'node', target: 'node22', outfile: runner, logLevel: 'warning' });

  function measure(label: string, mode: 'recheck' | 'jszip'): Measurement {
    const child = spawnSync(process.execPath, [runner, mode, archivePath], {
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
    if (child.status !== 0) throw new Error(`${label} failed:\n${child.stderr}`);
    const result = JSON.parse(child.stdout.trim().split('\n').pop()!);
    return { label, ms: result.ms, peakMb: result.peakRssKb / 1024, note: result.note };
  }

  const runs = [measure('recheck indexArchives', 'recheck'), measure('jszip.loadAsync (весь архив)', 'jszip')];
  console.log(`Архив: ${WORKS} PDF, ${sizeMb.toFixed(0)} МБ`);
  for (const run of runs) {
    console.log(`${run.label.padEnd(32)} ${(run.ms / 1000).toFixed(2).padStart(7)} с   пик памяти ${run.peakMb.toFixed(0).padStart(5)} МБ   ${run.note}`);
  }
  const [ours, whole] = runs;
  console.log(`Цель: пик ≤ 150 МБ — ${ours.peakMb <= 150 ? 'да' : 'НЕТ'}; быстрее чтения целиком — ${ours.ms < whole.ms ? 'да' : 'НЕТ'} (${(whole.ms / ours.ms).toFixed(1)}×)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
