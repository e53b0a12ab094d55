/** The benchmark's municipality archive: 10 schools, scan-like PDFs named as schools name them, CP866 names. */
import { writeFileSync } from 'node:fs';
import { buildZip } from '../test/support/archiveFixtures';
import { makePdfFromJpegPages, makeScanPage } from '../test/support/pdfFactory';

// Deflate gains ~8% on JPEG scans: aim the uncompressed total a little above the ~500 MB archive wanted.
const TARGET_BYTES = 545 * 2 ** 20;
const DISTINCT_PAGES = 6;
const A4_300DPI = { width: 2480, height: 3508 };

export async function writeBenchArchive(path: string, works: number): Promise<void> {
  // Encoding a 300-dpi JPEG in pure JS is slow: encode a few pages once, then compose works from them.
  const pages = Array.from({ length: DISTINCT_PAGES }, (_, seed) => makeScanPage(seed + 1, A4_300DPI.width, A4_300DPI.height));
  const averagePage = pages.reduce((sum, page) => sum + page.byteLength, 0) / pages.length;
  const pagesInAll = Math.max(works, Math.round(TARGET_BYTES / averagePage));

  const entries: Parameters<typeof buildZip>[0] = [];
  const schools = 10;
  for (let i = 0; i < works; i++) {
    const school = `МБОУ Школа №${(i % schools) + 1}, русский язык, 6 класс`;
    const code = String(40001 + i);
    // Spread the pages evenly: some works get one page more than others, as real works do.
    const pageCount = Math.floor(((i + 1) * pagesInAll) / works) - Math.floor((i * pagesInAll) / works);
    const workPages = Array.from({ length: pageCount }, (_, p) => pages[(i + p) % pages.length]);
    entries.push({
      path: `Боханский район/${school}/${code}_вар.${(i % 2) + 1}.pdf`,
      data: makePdfFromJpegPages(workPages, A4_300DPI.width, A4_300DPI.height),
      nameEncoding: 'cp866',
      method: 'deflate',
    });
  }
  writeFileSync(path, await buildZip(entries));
}
