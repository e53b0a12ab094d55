import { BlobReader, Uint8ArrayWriter, ZipReader, type FileEntry } from '@zip.js/zip.js';
import {
  checkProtocol, indexArchives, preparePackages, readKeySecret, readKeyWorkbook, reviewsOfKey, type PreparedPackage, type PrepareResult,
} from '../../../src/engine';
import { makeProblem } from '../../../src/engine/problems';
import { readProtocolWorkbook } from '../../../src/engine/protocol';
import { buildRegionArchives, expertsCsv, REGION } from '../../support/regionFixture';

const EXPERTS = [
  { name: 'Иванова Анна Петровна', school: 'МБОУ Витимская СОШ', municipality: 'Боханский район' },
  { name: 'Петров Олег Ильич', school: 'МБОУ СОШ №5', municipality: 'Заларинский район' },
  { name: 'Сидорова Мария', school: 'Лицей №1', municipality: 'г. Иркутск' },
];
const SECRET = 'test-secret';
const FORBIDDEN = ['Витим', 'Тарасин', 'Хор-Тагнин', 'Боханский', 'Заларинский', 'СОШ', 'ООШ', 'МБОУ', 'МОУ'];

function utf16Hex(text: string): string {
  return Array.from(text, (c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('');
}

interface Unpacked { entries: Map<string, Uint8Array>; comment: string }

async function unpack(data: Blob): Promise<Unpacked> {
  const reader = new ZipReader(new BlobReader(data), { useWebWorkers: false });
  const entries = new Map<string, Uint8Array>();
  for (const entry of await reader.getEntries()) {
    if (!entry.directory) entries.set(entry.filename, await (entry as FileEntry).getData(new Uint8ArrayWriter()));
  }
  const comment = new TextDecoder().decode(reader.comment);
  await reader.close();
  return { entries, comment };
}

/** Every XML part of a workbook, as text: cells, sheet names, properties, headers and footers, hidden sheets. */
async function allWorkbookText(bytes: Uint8Array): Promise<string> {
  const { entries } = await unpack(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  return [...entries.entries()].map(([name, data]) => `${name}\n${new TextDecoder().decode(data)}`).join('\n');
}

describe('preparePackages', () => {
  let result: PrepareResult;
  const packages: PreparedPackage[] = [];

  beforeAll(async () => {
    const archives = await buildRegionArchives();
    result = await preparePackages(
      {
        archives,
        experts: { name: 'эксперты.csv', data: new Blob([expertsCsv(EXPERTS) as Uint8Array<ArrayBuffer>]) },
        seed: 7,
        secret: SECRET,
        deadline: '2026-12-20',
        createdAt: '2026-11-22T10:00:00.000Z',
      },
      async (pkg) => {
        packages.push(pkg);
      },
    );
  });

  it('assigns every scored work to exactly one expert and reports no problems on clean input', () => {
    expect(result.problems).toEqual([]);
    expect(result.unassigned).toEqual([]);
    const total = REGION.reduce((sum, s) => sum + s.codes.length, 0);
    expect(result.packages.reduce((sum, p) => sum + p.works, 0)).toBe(total);
  });

  it('never gives an expert works of their own school or municipality', () => {
    const ivanova = packages.find((p) => p.plan.expertName.startsWith('Иванова'));
    const petrov = packages.find((p) => p.plan.expertName.startsWith('Петров'));
    for (const scored of ivanova?.plan.works ?? []) expect(scored.work.municipality).not.toBe('Боханский район');
    for (const scored of petrov?.plan.works ?? []) expect(scored.work.municipality).not.toBe('Заларинский район');
  });

  it('packs the protocol, the works under school codes, the materials and an instruction', async () => {
    for (const pkg of packages) {
      const { entries } = await unpack(pkg.data);
      const names = [...entries.keys()];
      expect(names).toContain(`Протокол ${pkg.plan.packageId}.xlsx`);
      expect(names).toContain('Инструкция.txt');
      expect(names).toEqual(expect.arrayContaining(['Материалы/Критерии 1.pdf', 'Материалы/Вариант 1.pdf']));
      const works = names.filter((n) => /^ОО-\d+\/\d+_вар\.\d\.pdf$/.test(n));
      expect(works).toHaveLength(pkg.plan.works.length);
      // identical materials sent by several schools go in once
      expect(names.filter((n) => n.startsWith('Материалы/'))).toHaveLength(2);
    }
  });

  it('names no school, municipality or pupil anywhere an expert can see', async () => {
    for (const pkg of packages) {
      const { entries, comment } = await unpack(pkg.data);
      const visible = [...entries.keys(), comment, new TextDecoder().decode(entries.get('Инструкция.txt')), pkg.coverLetter];
      visible.push(await allWorkbookText(entries.get(`Протокол ${pkg.plan.packageId}.xlsx`)!));
      const text = visible.join('\n');
      for (const word of FORBIDDEN) expect(text).not.toContain(word);
      // the ФИО column of the school sheets never travels
      expect(text).not.toMatch(/Ученик|ФИО/);
    }
  });

  it('blanks the scanner metadata of the scans, which named the school', async () => {
    for (const pkg of packages) {
      const { entries } = await unpack(pkg.data);
      for (const [name, bytes] of entries) {
        if (!name.endsWith('.pdf')) continue;
        const text = new TextDecoder('latin1').decode(bytes).toUpperCase() + new TextDecoder().decode(bytes);
        for (const word of FORBIDDEN) {
          expect(text).not.toContain(word); // as UTF-8 (XMP)
          expect(text).not.toContain(utf16Hex(word)); // as a UTF-16BE hex string (Info)
        }
      }
    }
  });

  it('writes protocols whose prefilled school scores match the sheets and whose signature the key verifies', async () => {
    const secret = await readKeySecret(result.keyWorkbook);
    expect(secret).toBe(SECRET);
    const pkg = packages[0];
    const { entries } = await unpack(pkg.data);
    const protocol = entries.get(`Протокол ${pkg.plan.packageId}.xlsx`)!;
    const check = await checkProtocol(protocol, { secret: secret! });
    expect(check.readable).toBe(true);
    expect(check.works).toBe(pkg.plan.works.length);
    expect(check.problems.every((p) => p.problem === 'missing-expert-score')).toBe(true);
    const forged = await checkProtocol(protocol, { secret: 'another-coordinator' });
    expect(forged.problems.map((p) => p.problem)).toContain('signature-mismatch');
  });

  it('keeps the key to the school codes in the coordinator key workbook only', async () => {
    const text = await allWorkbookText(result.keyWorkbook);
    expect(text).toContain('МБОУ Витимская СОШ');
    expect(text).toMatch(/ОО-\d{3}/);
    expect(text).toContain(SECRET);
  });

  it('gives the same assignment for the same seed', async () => {
    const again: PreparedPackage[] = [];
    await preparePackages(
      {
        archives: await buildRegionArchives(),
        experts: { name: 'эксперты.csv', data: new Blob([expertsCsv(EXPERTS) as Uint8Array<ArrayBuffer>]) },
        seed: 7, secret: SECRET, createdAt: '2026-11-22T10:00:00.000Z',
      },
      async (pkg) => {
        again.push(pkg);
      },
    );
    const summary = (list: PreparedPackage[]) => list.map((p) => [p.plan.expertId, p.plan.works.map((w) => w.work.path).sort()]);
    expect(summary(again)).toEqual(summary(packages));
  });

  it('writes a key that reads back: every package with its reviewer and round, every work with its package', async () => {
    const read = await readKeyWorkbook(result.keyWorkbook);
    if (!read.ok) throw new Error(read.problem);
    expect(read.key).toMatchObject({ formatVersion: 2, createdAt: '2026-11-22T10:00:00.000Z', seed: 7, secret: SECRET });
    expect(read.key.packages.map((p) => [p.packageId, p.round, p.reviewer.kind, p.reviewer.id, p.works, p.fileName])).toEqual(
      packages.map((p) => [p.plan.packageId, 1, 'expert', p.plan.expertId, p.plan.works.length, p.fileName]),
    );
    expect(read.key.packages.every((p) => /^2026-Т1-Э\d+-\d+$/.test(p.packageId))).toBe(true);
    const packed = packages.flatMap((p) => p.plan.works.map((w) => `${p.plan.packageId} ${w.work.archive} ${w.work.path} ${w.work.code}`));
    expect(read.key.works.map((w) => `${w.packageId} ${w.archive} ${w.path} ${w.workCode}`).sort()).toEqual(packed.sort());
    const codes = new Set(read.key.schools.map((s) => s.code));
    expect(read.key.works.every((w) => codes.has(w.schoolCode))).toBe(true);
  });

  it('writes protocols of format 2 carrying the round', async () => {
    const { entries } = await unpack(packages[0].data);
    const read = await readProtocolWorkbook(entries.get(`Протокол ${packages[0].plan.packageId}.xlsx`)!);
    expect(read.ok && read.protocol.meta).toMatchObject({ formatVersion: 2, round: 1, reviewer: 'expert', packageId: packages[0].plan.packageId });
  });

  it('takes the bank already indexed instead of reading the archives for it again', async () => {
    const archives = await buildRegionArchives();
    const bank = await indexArchives(archives);
    const marker = makeProblem('проверка.zip', 'из готового банка.pdf', { problem: 'bad-name', expected: 'work' });
    const stages: string[] = [];
    const again: PreparedPackage[] = [];
    const prepared = await preparePackages(
      {
        archives, bank: { ...bank, problems: [...bank.problems, marker] },
        experts: { name: 'эксперты.csv', data: new Blob([expertsCsv(EXPERTS) as Uint8Array<ArrayBuffer>]) },
        seed: 7, secret: SECRET, createdAt: '2026-11-22T10:00:00.000Z',
        onProgress: ({ stage }) => { if (stages.at(-1) !== stage) stages.push(stage); },
      },
      async (pkg) => {
        again.push(pkg);
      },
    );
    expect(prepared.problems).toContainEqual(marker);
    expect(prepared.bank.problems).toContainEqual(marker);
    expect(stages).toEqual(['index', 'sheets', 'packages']);
    const summary = (list: PreparedPackage[]) => list.map((p) => [p.plan.packageId, p.plan.works.map((w) => w.work.path).sort()]);
    expect(summary(again)).toEqual(summary(packages));
  });

  it('prepares round 2 from the key of round 1: every work again, each to another expert, ids of round 2', async () => {
    const read = await readKeyWorkbook(result.keyWorkbook);
    if (!read.ok) throw new Error(read.problem);
    const second: PreparedPackage[] = [];
    const prepared = await preparePackages(
      {
        archives: await buildRegionArchives(), bank: result.bank, round: 2, earlierReviews: reviewsOfKey(read.key),
        experts: { name: 'эксперты.csv', data: new Blob([expertsCsv(EXPERTS) as Uint8Array<ArrayBuffer>]) },
        seed: 7, secret: SECRET, createdAt: '2026-12-22T10:00:00.000Z',
      },
      async (pkg) => {
        second.push(pkg);
      },
    );
    const firstReviewer = new Map(packages.flatMap((p) => p.plan.works.map((w) => [w.work.path, p.plan.expertId] as const)));
    const secondReviewer = new Map(second.flatMap((p) => p.plan.works.map((w) => [w.work.path, p.plan.expertId] as const)));
    const unassigned = new Set(prepared.unassigned.map((u) => u.path));
    for (const [path, expertId] of firstReviewer) {
      if (unassigned.has(path)) continue;
      expect(secondReviewer.get(path)).toBeDefined();
      expect(secondReviewer.get(path)).not.toBe(expertId);
    }
    expect(prepared.unassigned.every((u) => u.reason === 'only-earlier-reviewers' || u.reason === 'only-conflicted-experts')).toBe(true);
    expect(secondReviewer.size + unassigned.size).toBe(firstReviewer.size);
    expect(secondReviewer.size).toBeGreaterThan(firstReviewer.size / 2);
    expect(second.every((p) => p.plan.round === 2 && /^2026-Т2-/.test(p.plan.packageId) && p.fileName.includes('(тур 2)'))).toBe(true);
    expect(prepared.reviews.every((review) => review.round === 2)).toBe(true);
  });
});
