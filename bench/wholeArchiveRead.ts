/** bench:index's baseline, a process of its own: the whole archive read with jszip.loadAsync and every entry's bytes. */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';

async function main(path: string) {
  const zip = await JSZip.loadAsync(await readFile(path));
  let bytes = 0;
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) bytes += (await entry.async('uint8array')).byteLength;
  }
  console.log(`файлов ${Object.keys(zip.files).length}, распаковано ${(bytes / 2 ** 20).toFixed(0)} МБ`);
}

main(process.argv[2]).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
