import { readArchive } from '../../../src/engine/archive';
import { prepareCross, type CrossOverride, type CrossPackage, type CrossPrepareResult } from '../../../src/engine/cross';
import { readCheckProtocol, checkProtocolIntegrity } from '../../../src/engine/cross/readCheckProtocol';
import { inspectPdf } from '../../../src/engine/pdf';
import { readKeyWorkbook } from '../../../src/engine/prepare/keyWorkbook';
import { buildCrossArchives, countsCsv, CROSS_SCHOOLS, type CrossSchool } from '../../support/crossFixture';

const SECRET = 'cross-test-secret';
const SCHOOLS: CrossSchool[] = [
  ...CROSS_SCHOOLS.slice(0, 4),
  { ...CROSS_SCHOOLS[4], regionalFile: true },
  { school: 'МБОУ СОШ №7', subject: 'математика', classes: [{ class: '6А', works: 2 }], letter: 'txt', firstCode: 46001 },
];

async function entriesOf(data: Blob | Uint8Array, name: string): Promise<Map<string, Uint8Array>> {
  const entries = new Map<string, Uint8Array>();
  const blob = data instanceof Blob ? data : new Blob([data.slice()]);
  for await (const item of readArchive({ name, data: blob }, { maxDepth: 0 })) {
    if (item.type === 'file') entries.set(item.file.path, await item.file.read());
  }
  return entries;
}

async function prepare(options: { counts?: boolean; seed?: number; overrides?: CrossOverride[]; pairs?: { school: string; checker: string }[] } = {}): Promise<{ result: CrossPrepareResult; packages: CrossPackage[] }> {
  const archives = await buildCrossArchives(SCHOOLS);
  const packages: CrossPackage[] = [];
  const result = await prepareCross(
    {
      archives, seed: options.seed ?? 7, secret: SECRET, createdAt: '2026-04-20T08:00:00.000Z', deadline: '2026-04-25',
      overrides: options.overrides, pairs: options.pairs,
      counts: options.counts ? { name: 'Количества.csv', data: new Blob([countsCsv([SCHOOLS[4]]) as Uint8Array<ArrayBuffer>]) } : undefined,
    },
    async (pkg) => {
      packages.push(pkg);
    },
  );
  return { result, packages };
}

let prepared: Awaited<ReturnType<typeof prepare>>;
beforeAll(async () => {
  prepared = await prepare({ counts: true });
});

describe('preparing a cross-check', () => {
  it('routes each school of a test to another school of the sample, ciphered, with no mutual pairs', () => {
    const russian = prepared.result.plan.schools.filter((s) => s.subject === 'русский язык');
    expect(russian.map((s) => s.school).sort()).toEqual(SCHOOLS.slice(0, 5).map((s) => s.school).sort());
    const checkerOf = new Map(russian.map((s) => [s.school, s.checkedBy]));
    for (const s of russian) {
      expect(s.checkedBy).not.toBeNull();
      expect(s.checkedBy).not.toBe(s.school);
      expect(checkerOf.get(s.checkedBy!)).not.toBe(s.school);
      expect(s.cipher).toMatch(/^Ш-\d{3}$/);
    }
    expect(new Set(russian.map((s) => s.cipher)).size).toBe(russian.length);
    expect(new Set(russian.map((s) => s.checkedBy)).size).toBe(russian.length);
  });

  it('states plainly that a test with one school cannot be checked, and makes it no package', () => {
    const maths = prepared.result.plan.schools.find((s) => s.subject === 'математика');
    expect(maths?.checkedBy).toBeNull();
    expect(prepared.result.problems).toContainEqual(expect.objectContaining({ problem: 'cross-single-school', school: 'МБОУ СОШ №7', subject: 'математика', grade: 6 }));
    expect(prepared.packages.every((p) => p.plan.subject === 'русский язык')).toBe(true);
  });

  it('takes works from .docx and .txt letters and the counts table, and flags a file whose pages are not a multiple', () => {
    const works = new Map(prepared.result.plan.classrooms.map((c) => [`${c.work.school} ${c.work.class}`, [c.works, c.worksFrom]]));
    expect(works.get('МБОУ СОШ №131 6А')).toEqual([3, 'cover-letter']);
    expect(works.get('МБОУ СОШ №13 6А')).toEqual([4, 'cover-letter']);
    expect(works.get('МБОУ ООШ с. Ивановка 6А')).toEqual([3, 'counts']);
    expect(prepared.result.problems).toContainEqual(expect.objectContaining({ problem: 'cross-pages-not-multiple', class: '6В', pages: 5, works: 2 }));
    expect(prepared.result.problems.filter((p) => p.problem === 'cross-works-unknown')).toEqual([]);
  });

  it('says the works are unknown where neither the letter nor a counts table gives them', async () => {
    const { result } = await prepare();
    expect(result.problems).toContainEqual(expect.objectContaining({ problem: 'cross-cover-letter-unread', reason: 'pdf' }));
    expect(result.problems).toContainEqual(expect.objectContaining({ problem: 'cross-works-unknown', school: 'МБОУ ООШ с. Ивановка', class: '6А' }));
  });

  it('lists pupil-work files in a cross-check archive as a problem of the layout', () => {
    expect(prepared.result.problems).toContainEqual(expect.objectContaining({ problem: 'cross-regional-layout', school: 'МБОУ ООШ с. Ивановка' }));
  });

  it('packs classroom files under ciphered names, with criteria, protocol, instruction and letter', async () => {
    for (const pkg of prepared.packages) {
      const entries = await entriesOf(pkg.data, pkg.fileName);
      const names = [...entries.keys()].sort();
      expect(names).toEqual([
        'Инструкция.txt',
        'Критерии/Критерии 1.pdf',
        `Протокол проверки ${pkg.plan.packageId}.xlsx`,
        ...pkg.plan.files.map((f) => f.path),
        'Сопроводительное письмо.txt',
      ].sort());
      for (const file of pkg.plan.files) {
        expect(file.path).toMatch(/^Работы\/Ш-\d{3} 6[А-Я]( \(\d\))?\.pdf$/);
        const inspection = await inspectPdf(entries.get(file.path)!);
        expect(inspection).toEqual(expect.objectContaining({ ok: true, pages: file.pages }));
      }
      const letter = new TextDecoder().decode(entries.get('Сопроводительное письмо.txt'));
      for (const file of pkg.plan.files) expect(letter).toContain(`${file.cipher} | ${file.class} | русский язык | ${file.works}`);
      expect(letter).toContain('до 25.04.2026');
    }
  });

  it('leaves no school name in any byte of any package entry, workbook parts and PDF metadata included', async () => {
    const needles = SCHOOLS.flatMap((s) => [s.school, s.school.replace(/«|»/g, '"')]);
    const words = ['МБОУ', 'МАОУ', 'Гимназия', 'Лицей', 'Ивановка', 'СОШ', 'ООШ'];
    const forms = (text: string) => {
      const utf16 = Array.from(text, (c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
      return [text, utf16.toUpperCase(), utf16.toLowerCase()];
    };
    const search = [...needles, ...words].flatMap(forms).map((text) => ({ text, bytes: new TextEncoder().encode(text) }));
    const scan = (name: string, bytes: Uint8Array) => {
      const latin = Buffer.from(bytes).toString('latin1');
      for (const needle of search) expect({ entry: name, found: latin.includes(Buffer.from(needle.bytes).toString('latin1')) ? needle.text : null }).toEqual({ entry: name, found: null });
      for (const needle of [...needles, ...words]) expect(name.includes(needle)).toBe(false);
    };
    for (const pkg of prepared.packages) {
      const raw = new Uint8Array(await pkg.data.arrayBuffer());
      scan(pkg.fileName, raw);
      // No ZIP comment: the end record's comment length is 0.
      expect(raw[raw.length - 2] | (raw[raw.length - 1] << 8)).toBe(0);
      for (const [name, bytes] of await entriesOf(pkg.data, pkg.fileName)) {
        scan(name, bytes);
        if (name.endsWith('.xlsx')) for (const [part, partBytes] of await entriesOf(bytes, name)) scan(`${name}/${part}`, partBytes);
      }
    }
  });

  it('writes a check protocol with a row per work over the proposed split, signed with the key', async () => {
    for (const pkg of prepared.packages) {
      const entries = await entriesOf(pkg.data, pkg.fileName);
      const read = await readCheckProtocol(entries.get(`Протокол проверки ${pkg.plan.packageId}.xlsx`)!);
      if (!read.ok) throw new Error(read.facts.problem);
      const protocol = read.protocol;
      expect(protocol.tasks.map((t) => `${t.task} (${t.max}б)`)).toEqual(['1 (2б)', '2 (1б)', '3 (3б)', '4К1 (2б)']);
      expect(protocol.checker).toBe(pkg.plan.checkerCipher);
      expect(await checkProtocolIntegrity(protocol, SECRET)).toEqual([]);
      expect(await checkProtocolIntegrity(protocol, 'another secret')).toEqual([{ problem: 'signature-mismatch' }]);
      const prefilled = protocol.rows.filter((row) => row.file !== '');
      expect(prefilled.length).toBe(pkg.plan.files.reduce((sum, f) => sum + (f.works ?? 1), 0));
      for (const file of pkg.plan.files) {
        const ranges = prefilled.filter((row) => row.file === file.file).map((row) => [row.first, row.last]);
        expect(ranges[0]).toEqual([1, expect.any(Number)]);
        expect(ranges[ranges.length - 1][1]).toBe(file.pages);
      }
    }
  });

  it('keeps the key in the key workbook format: ciphers as school codes, commissions as reviewers', async () => {
    const read = await readKeyWorkbook(prepared.result.keyWorkbook);
    if (!read.ok) throw new Error(read.problem);
    expect(read.key.secret).toBe(SECRET);
    expect(read.key.packages.every((p) => p.reviewer.kind === 'commission')).toBe(true);
    for (const s of prepared.result.plan.schools) expect(read.key.schools).toContainEqual(expect.objectContaining({ code: s.cipher, school: s.school }));
    const files = prepared.packages.flatMap((p) => p.plan.files.map((f) => [p.plan.packageId, f.file]));
    expect(read.key.works.map((w) => [w.packageId, w.workCode]).sort()).toEqual(files.sort());
  });

  it('prepares the same routing and ciphers for the same seed', async () => {
    const again = await prepare({ counts: true });
    expect(again.result.plan.schools).toEqual(prepared.result.plan.schools);
  });

  it('keeps the coordinator’s pairing, routes the rest around it, and refuses a school checking itself', async () => {
    const [a, b] = [SCHOOLS[1].school, SCHOOLS[3].school];
    const { result } = await prepare({
      counts: true,
      pairs: [{ school: a, checker: b }],
      overrides: [{ school: SCHOOLS[0].school, checker: SCHOOLS[0].school, subject: 'русский язык', grade: 6 }],
    });
    const checkerOf = new Map(result.plan.schools.filter((s) => s.subject === 'русский язык').map((s) => [s.school, s.checkedBy]));
    expect(checkerOf.get(a)).toBe(b);
    for (const [school, checker] of checkerOf) expect(checker).not.toBe(school);
    expect(result.problems).toContainEqual(expect.objectContaining({ problem: 'cross-bad-override', school: SCHOOLS[0].school, reason: 'self' }));
  });
});
