/** One measured preparation for bench/prepareBench.ts, in a process of its own: prints figures as JSON. */
import { mkdirSync, openAsBlob, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preparePackages } from '../src/engine';
import { peakResidentKb } from './peakMemory';

async function main(inputDir: string, outDir: string) {
  mkdirSync(outDir, { recursive: true });
  const names = readdirSync(inputDir);
  const archives = await Promise.all(names.filter((n) => n.endsWith('.zip')).map(async (name) => ({ name, data: await openAsBlob(join(inputDir, name)) })));
  const experts = { name: 'эксперты.csv', data: await openAsBlob(join(inputDir, 'эксперты.csv')) };
  const stageEnds: Record<string, number> = {};
  const stageCpu: Record<string, number> = {};
  const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
  const started = performance.now();
  const cpuStarted = cpuMs();
  let packages = 0;
  const result = await preparePackages(
    { archives, experts, seed: 1, onProgress: ({ stage }) => { stageEnds[stage] = performance.now(); stageCpu[stage] = cpuMs(); } },
    async (pkg) => {
      writeFileSync(join(outDir, pkg.fileName), new Uint8Array(await pkg.data.arrayBuffer()));
      packages += 1;
    },
  );
  const ms = performance.now() - started;
  const cpu = cpuMs() - cpuStarted;
  // CPU time (user + system) of this process: what the work costs, less swayed by other processes than the clock.
  const stagesCpu = {
    index: stageCpu.index - cpuStarted,
    sheets: stageCpu.sheets - stageCpu.index,
    packages: stageCpu.packages - stageCpu.sheets,
  };
  const stages = {
    index: stageEnds.index - started,
    sheets: stageEnds.sheets - stageEnds.index,
    packages: stageEnds.packages - stageEnds.sheets,
  };
  console.log(JSON.stringify({
    ms, cpu, stages, stagesCpu, peakRssKb: peakResidentKb(), packages,
    works: result.packages.reduce((sum, p) => sum + p.works, 0), problems: result.problems.length, unassigned: result.unassigned.length,
  }));
}

main(process.argv[2], process.argv[3]).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
