/** One measured run for bench/indexBench.ts, in a process of its own: prints {ms, peakRssKb, note} as JSON. */
import { openAsBlob } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import JSZip from 'jszip';
import { indexArchives } from '../src/engine';
import { peakResidentKb } from './peakMemory';

async function main(mode: string, path: string) {
  const started = performance.now();
  let note: string;
  if (mode === 'recheck') {
    const bank = await indexArchives([{ name: basename(path), data: await openAsBlob(path) }]);
    const pages = bank.works.reduce((sum, work) => sum + work.pages, 0);
    note = `работ ${bank.works.length}, страниц ${pages}, проблем ${bank.problems.length}`;
  } else {
    const zip = await JSZip.loadAsync(await readFile(path));
    let bytes = 0;
    for (const entry of Object.values(zip.files)) {
      if (!entry.dir) bytes += (await entry.async('uint8array')).byteLength;
    }
    note = `файлов ${Object.keys(zip.files).length}, распаковано ${(bytes / 2 ** 20).toFixed(0)} МБ`;
  }
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, peakRssKb: peakResidentKb(), note }));
}

main(process.argv[2], process.argv[3]).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
