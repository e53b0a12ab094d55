import { BlobReader, ZipReader } from '@zip.js/zip.js';
import { readCountsTable } from '../../../src/engine/cross/countsTable';
import { countsCsv, crossPlanInWorker, crossPrepareInWorker } from '../../../src/taskpane/engineRun/crossInWorker';
import type { CrossPlanRequest } from '../../../src/taskpane/engineRun';
import { buildCrossArchives, CROSS_SCHOOLS } from '../../support/crossFixture';
import { startPdfJs } from '../../support/pdfjsInNode';

const IVANOVKA = CROSS_SCHOOLS[4];

async function entryNames(zip: Blob): Promise<string[]> {
  const reader = new ZipReader(new BlobReader(zip), { useWebWorkers: false });
  const names = (await reader.getEntries()).map((entry) => entry.filename);
  await reader.close();
  return names;
}

describe('the pane’s cross-check preparation in the worker', () => {
  it('writes the typed counts as a table the engine reads back, quotes and all', async () => {
    const csv = countsCsv([{ school: 'МБОУ "СОШ; №1"', subject: 'русский язык', class: '6А', works: 25 }]);
    const reading = await readCountsTable(new TextEncoder().encode(csv));
    expect(reading.problems).toEqual([]);
    expect(reading.rows).toEqual([{ school: 'МБОУ "СОШ; №1"', subject: 'русский язык', class: '6А', works: 25 }]);
  });

  it('plans from the letters, takes a typed count and a hand-made pair on a re-plan of the same bank, then packs', async () => {
    const archives = (await buildCrossArchives()).map((a) => new File([a.data], a.name));
    const request: CrossPlanRequest = { archives, password: '', forms: [], counts: [], overrides: [], seed: 3, deadline: '2026-05-20' };
    const stages: string[] = [];
    const first = await crossPlanInWorker(request, new AbortController().signal, (p) => stages.push(p.stage));
    expect(stages[0]).toBe('index');
    const ivanovka = first.classrooms.find((room) => room.school === IVANOVKA.school)!;
    expect(ivanovka.works).toBeNull();
    expect(first.problems.map((p) => p.problem)).toContain('cross-works-unknown');
    expect(first.classrooms.find((room) => room.school === CROSS_SCHOOLS[0].school && room.class === '6А')).toMatchObject({ works: 3, pages: 6, worksFrom: 'cover-letter' });

    const giver = first.schools.find((s) => s.school === CROSS_SCHOOLS[0].school)!;
    const checker = first.schools.find((s) => s.school !== giver.school && s.school !== giver.checkedBy)!.school;
    const again: CrossPlanRequest = {
      ...request, bank: first.bank,
      counts: [{ school: IVANOVKA.school, subject: 'русский язык', class: '6А', works: 3 }],
      overrides: [{ subject: 'русский язык', grade: 6, school: giver.school, checker }],
    };
    const replanned: string[] = [];
    const second = await crossPlanInWorker(again, new AbortController().signal, (p) => replanned.push(p.stage));
    expect(replanned).not.toContain('index');
    expect(second.classrooms.find((room) => room.school === IVANOVKA.school)).toMatchObject({ works: 3, worksFrom: 'counts' });
    expect(second.problems.map((p) => p.problem)).not.toContain('cross-works-unknown');
    expect(second.schools.find((s) => s.school === giver.school)?.checkedBy).toBe(checker);
    for (const s of second.schools) expect(s.checkedBy).not.toBe(s.school);

    const prepared = await crossPrepareInWorker(again, new AbortController().signal, () => undefined);
    expect(new Set(prepared.packages.map((pkg) => pkg.checker)).size).toBe(prepared.packages.length);
    expect(prepared.packages.map((pkg) => pkg.checker).sort()).toEqual(second.schools.map((s) => s.school).sort());
    const toChecker = prepared.packages.find((pkg) => pkg.checker === checker)!;
    expect(toChecker.coverLetter).toContain(second.schools.find((s) => s.school === giver.school)!.cipher);
    for (const pkg of prepared.packages) {
      for (const name of [pkg.fileName, ...(await entryNames(pkg.data))]) {
        for (const s of CROSS_SCHOOLS) expect(name).not.toContain(s.school);
      }
    }
    expect(prepared.keyWorkbook.size).toBeGreaterThan(0);
  });

  it('passes the text reader it is given to the plan: a PDF letter with text gives the works, a scanned one is a problem', async () => {
    const withText = { school: 'МБОУ СОШ №5', classes: [{ class: '6А', works: 3 }], letter: 'pdf-text' as const, firstCode: 47001 };
    const archives = (await buildCrossArchives([CROSS_SCHOOLS[1], withText, IVANOVKA])).map((a) => new File([a.data], a.name));
    const request: CrossPlanRequest = { archives, password: '', forms: [], counts: [], overrides: [], seed: 3, deadline: '' };
    // pdf.js in Node stands in for the viewer's pdf.js, which the pane hands over through a Comlink proxy.
    const pdfjs = startPdfJs();
    try {
      const plan = await crossPlanInWorker(request, new AbortController().signal, () => {}, undefined, pdfjs.text);
      expect(plan.classrooms.find((room) => room.school === withText.school)).toMatchObject({ works: 3, worksFrom: 'cover-letter' });
      expect(plan.classrooms.find((room) => room.school === IVANOVKA.school)?.works).toBeNull();
      expect(plan.problems).toContainEqual(expect.objectContaining({ problem: 'cross-cover-letter-unread', reason: 'pdf-no-text' }));
    } finally {
      await pdfjs.close();
    }
  });

  it('stops when cancelled', async () => {
    const archives = (await buildCrossArchives()).map((a) => new File([a.data], a.name));
    const controller = new AbortController();
    controller.abort();
    await expect(crossPrepareInWorker({ archives, password: '', forms: [], counts: [], overrides: [], seed: 1, deadline: '' }, controller.signal, () => undefined)).rejects.toThrow();
  });
});
