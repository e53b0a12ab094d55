/**
 * The embedded demo package (issue 4 §5): what a newcomer opens with «Открыть пример» on the start screen.
 * Built the way a coordinator builds a real package — `preparePackages` over a municipality archive with
 * school folders, score sheets, variant and criteria — so the demo is exactly what an expert receives:
 * `Протокол <id>.xlsx`, `ОО-xx/<code>_вар.<n>.pdf`, `Материалы/…`, `Инструкция.txt`.
 *
 *     npm run demo   (npx tsx scripts/make-demo.ts)   → assets/demo/demo-package.zip (+ demo-package.json)
 *
 * Only invented names and codes: no real school, pupil or expert. The works are scan-like colour pages at low
 * resolution (620×877 px, JPEG quality 45) so the whole package stays well under 1.5 MB.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BlobReader, ZipReader } from '@zip.js/zip.js';
import { preparePackages, type PreparedPackage } from '../src/engine';
import { buildZip, type FixtureEntry } from '../test/support/archiveFixtures';
import { makePdf, makeScanPdf } from '../test/support/pdfFactory';
import { expertsCsv } from '../test/support/regionFixture';
import { makeScoreSheet } from '../test/support/scoreSheetFactory';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const OUT = join(ROOT, 'assets', 'demo');
export const DEMO_PACKAGE_FILE = 'demo-package.zip';

const MUNICIPALITY = 'Демонстрационный район';
const TASKS = ['1 (2б)', '2 (1б)', '3 (3б)', '4К1 (2б)'];
/** Invented schools; in the package they become codes ОО-01, ОО-02. */
const SCHOOLS = [
  { school: 'Демонстрационная школа №1', works: [{ code: 40001, variant: 1, pages: 2, scores: [2, 1, 3, 1] }, { code: 40002, variant: 2, pages: 1, scores: [1, 'X', 2, 2] }, { code: 40003, variant: 1, pages: 2, scores: [2, 0, 1, 2] }] },
  { school: 'Демонстрационная школа №2', works: [{ code: 41001, variant: 2, pages: 1, scores: [0, 1, 3, 2] }, { code: 41002, variant: 1, pages: 2, scores: [2, 1, 2, 0] }] },
];
const SCAN = { widthPx: 620, heightPx: 877, quality: 45 };
const CREATED_AT = '2026-04-20T08:00:00.000Z';
const DEADLINE = '2026-06-19';

async function municipalityArchive(): Promise<Uint8Array> {
  const entries: FixtureEntry[] = [];
  let seed = 11;
  for (const { school, works } of SCHOOLS) {
    const folder = `${MUNICIPALITY}/${school}, русский язык, 6 класс`;
    for (const work of works) {
      entries.push({ path: `${folder}/${work.code}_вар.${work.variant}.pdf`, data: makeScanPdf({ pages: work.pages, seed, ...SCAN }) });
      seed += work.pages;
    }
    const sheet = await makeScoreSheet({ tasks: TASKS, rows: works.map((work) => ({ code: work.code, variant: work.variant, scores: work.scores })) });
    entries.push({ path: `${folder}/Протокол ${school}.xlsx`, data: sheet });
  }
  const first = `${MUNICIPALITY}/${SCHOOLS[0].school}, русский язык, 6 класс`;
  entries.push({ path: `${first}/Вариант 1.pdf`, data: makePdf({ pages: 2, text: 'DEMO. Variant 1: tasks 1, 2, 3, 4K1 (sample text, not a real test)' }) });
  entries.push({ path: `${first}/Вариант 2.pdf`, data: makePdf({ pages: 2, text: 'DEMO. Variant 2: tasks 1, 2, 3, 4K1 (sample text, not a real test)' }) });
  entries.push({ path: `${first}/Критерии оценивания.pdf`, data: makePdf({ pages: 1, text: 'DEMO. Scoring criteria: task 1 - 2 points, 2 - 1, 3 - 3, 4K1 - 2' }) });
  return buildZip(entries);
}

async function main(): Promise<void> {
  const archive = await municipalityArchive();
  const packages: PreparedPackage[] = [];
  const result = await preparePackages(
    {
      archives: [{ name: `${MUNICIPALITY}.zip`, data: new Blob([archive as Uint8Array<ArrayBuffer>]) }],
      experts: {
        name: 'эксперты.csv',
        data: new Blob([expertsCsv([{ name: 'Эксперт Демонстрационный', school: 'Другая школа', municipality: 'Другой район' }]) as Uint8Array<ArrayBuffer>]),
      },
      seed: 1,
      secret: 'demo-secret-not-for-real-packages',
      createdAt: CREATED_AT,
      deadline: DEADLINE,
    },
    async (prepared) => {
      packages.push(prepared);
    },
  );
  if (result.problems.length > 0 || result.unassigned.length > 0 || packages.length !== 1) {
    throw new Error(`the demo region did not give one clean package: ${JSON.stringify({ problems: result.problems, unassigned: result.unassigned, packages: packages.length })}`);
  }
  const [prepared] = packages;
  const bytes = new Uint8Array(await prepared.data.arrayBuffer());
  const reader = new ZipReader(new BlobReader(prepared.data));
  const names = (await reader.getEntries()).map((entry) => entry.filename);
  await reader.close();

  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, DEMO_PACKAGE_FILE), bytes);
  const description = { packageId: prepared.plan.packageId, file: DEMO_PACKAGE_FILE, bytes: bytes.length, works: prepared.plan.works.length, entries: names };
  writeFileSync(join(OUT, 'demo-package.json'), `${JSON.stringify(description, null, 2)}\n`);
  console.log(`${join('assets', 'demo', DEMO_PACKAGE_FILE)}: ${bytes.length} bytes, package ${prepared.plan.packageId}, ${prepared.plan.works.length} works`);
  for (const name of names) console.log(`  ${name}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
