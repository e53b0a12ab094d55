/**
 * The CLI hands the engine pdf.js (the legacy build of the pane's version): a scan the inspector had to repair is
 * a work only when pdf.js opens it, with pdf.js's page count.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildZip } from '../support/archiveFixtures';
import { breakXref, makePdf, makeRawPdf, truncate } from '../support/pdfFactory';

const SCHOOL = 'Боханский район/МБОУ Витимская СОШ, русский язык, 6 класс';

it('recheck index takes a repaired scan pdf.js opens, and reports one it cannot open or the inspector finds cut', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recheck-viewer-'));
  const archive = join(dir, 'Боханский район.zip');
  const page = (num: number) => ({ num, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>' });
  writeFileSync(archive, await buildZip([
    // pdf.js rebuilds this one's table.
    { path: `${SCHOOL}/4001_вар.1.pdf`, data: breakXref(makePdf({ pages: 3 })) },
    // pdf.js never looks inside object streams for a lost catalog: it cannot open this one.
    { path: `${SCHOOL}/4002_вар.1.pdf`, data: breakXref(makePdf({ pages: 4, objectStreams: true })) },
    // The tree holds 3 pages but says 1: pdf.js shows one, and so does the bank.
    {
      path: `${SCHOOL}/4003_вар.1.pdf`,
      data: makeRawPdf([{ num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' }, { num: 2, body: '<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 1 >>' }, page(3), page(4), page(5)]),
    },
    // Cut at 95 %: the cross-reference stream is lost with the end.
    { path: `${SCHOOL}/4004_вар.1.pdf`, data: truncate(makePdf({ pages: 4, objectStreams: true }), 0.95) },
  ]));
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/recheck.ts', 'index', archive, '--json'], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  const bank = JSON.parse(result.stdout);
  expect(bank.works.map((work: { code: string; pages: number }) => [work.code, work.pages])).toEqual([['4001', 3], ['4003', 1]]);
  expect(bank.problems.map((problem: { path: string; problem: string }) => [problem.path.slice(-14), problem.problem])).toEqual([
    ['4002_вар.1.pdf', 'broken-pdf'],
    ['4004_вар.1.pdf', 'broken-pdf'],
  ]);
});
