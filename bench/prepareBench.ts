/**
 * npm run bench:prepare — the coordinator's preparation at regional scale: 3,000 works of 20 tasks from
 * 100 schools in 10 municipalities, 20 experts. Measures preparePackages end to end (reading archives and
 * score sheets, joining, assignment, 20 protocol workbooks, 20 package ZIPs written to disk) in a process of its
 * own, bundled and run under plain node, with its peak memory (VmHWM).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { makePdf } from '../test/support/pdfFactory';
import { expertsCsv } from '../test/support/regionFixture';
import { BENCH_TASKS as TASKS, municipalityArchive, SCHOOLS_PER_MUNICIPALITY } from './regionBenchArchive';

const MUNICIPALITIES = 10;
const EXPERTS = 20;

const outDir = join(process.cwd(), 'bench-output', 'prepare');
const inputDir = join(outDir, 'input');

async function generate(): Promise<void> {
  mkdirSync(inputDir, { recursive: true });
  const pdf = makePdf({ pages: 2, text: 'scan' });
  for (let m = 0; m < MUNICIPALITIES; m++) {
    writeFileSync(join(inputDir, `Район ${m + 1}.zip`), await municipalityArchive(m, pdf, 1500));
  }
  writeFileSync(join(inputDir, 'эксперты.csv'), expertsCsv(Array.from({ length: EXPERTS }, (_, e) => ({
    name: `Эксперт ${e + 1}`, school: `Гимназия №${e + 1}`, municipality: `Район ${(e % MUNICIPALITIES) + 1}`,
  }))));
}

async function main() {
  if (!existsSync(join(inputDir, 'эксперты.csv'))) {
    const started = Date.now();
    process.stderr.write('Генерация входных данных…\n');
    await generate();
    process.stderr.write(`  готово за ${((Date.now() - started) / 1000).toFixed(1)} с\n`);
  }
  const runner = join(outDir, 'prepareOnce.cjs');
  buildSync({ entryPoints: [join(__dirname, 'prepareOnce.ts')], bundle: true, platform: 'node', target: 'node22', outfile: runner, logLevel: 'warning' });
  const child = spawnSync(process.execPath, [runner, inputDir, join(outDir, 'out')], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  const result = JSON.parse(child.stdout.trim().split('\n').pop()!);
  console.log(`Работ ${result.works} (${TASKS.length} заданий), школ ${MUNICIPALITIES * SCHOOLS_PER_MUNICIPALITY}, экспертов ${EXPERTS}, пакетов ${result.packages}`);
  console.log(`preparePackages: ${(result.ms / 1000).toFixed(2)} с, пик памяти ${(result.peakRssKb / 1024).toFixed(0)} МБ; проблем ${result.problems}, не распределено ${result.unassigned}`);
  console.log(`  из них: банк ${(result.stages.index / 1000).toFixed(2)} с, протоколы школ ${(result.stages.sheets / 1000).toFixed(2)} с, пакеты ${(result.stages.packages / 1000).toFixed(2)} с`);
  const s = (ms: number) => (ms / 1000).toFixed(2);
  console.log(`время процессора: ${s(result.cpu)} с (банк ${s(result.stagesCpu.index)}, протоколы школ ${s(result.stagesCpu.sheets)}, пакеты ${s(result.stagesCpu.packages)}); при занятой машине оно вернее часов`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
