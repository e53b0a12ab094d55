import {
  buildAdjudicationPackages, buildKeyWorkbook, expertAgreement, mergeProtocols, planAdjudication, readKeyWorkbook,
  type AdjudicationPackageFile, type AdjudicationPlan, type KeyFile, type MergeResult,
} from '../../../src/engine';
import { checkProtocol, readProtocolWorkbook } from '../../../src/engine/protocol';
import { rowsOf } from '../merge/returnedProtocols';
import {
  FIRST, FOUR_EXPERTS, SECOND, SECRET, SENT_TO_THIRD, fillWith, prepareTwoRounds, protocolIn, zipEntries, type TwoRoundRegion,
} from './twoRoundRegion';

let region: TwoRoundRegion;
let merged: MergeResult;
let plan: AdjudicationPlan;
const built: AdjudicationPackageFile[] = [];
const returned = new Map<string, Uint8Array>();

/** The text of every entry of a package, workbooks' XML parts included: what an expert could read. */
async function readableText(data: Blob | Uint8Array): Promise<string> {
  const texts: string[] = [];
  for (const [path, bytes] of await zipEntries(data)) {
    texts.push(path);
    if (path.endsWith('.xlsx')) for (const [, part] of await zipEntries(bytes)) texts.push(new TextDecoder().decode(part));
    else texts.push(new TextDecoder().decode(bytes));
  }
  return texts.join('\n');
}

beforeAll(async () => {
  region = await prepareTwoRounds();
  for (const pkg of region.packages) {
    returned.set(pkg.packageId, await fillWith(await protocolIn(pkg.data), pkg.round === 1 ? FIRST : SECOND));
  }
  merged = await mergeProtocols([...returned].map(([id, data]) => ({ file: `${id}.xlsx`, data })), region.key);
  plan = planAdjudication({ key: region.key, finals: merged.finals, createdAt: '2026-12-01T09:00:00.000Z' });
  await buildAdjudicationPackages(plan, async (pkg) => { built.push(pkg); }, {
    earlierPackages: region.packages.map((pkg) => ({ name: pkg.fileName, data: pkg.data })), secret: SECRET,
  });
}, 120_000);

describe('preparing with two experts per work', () => {
  it('records both reviews of every work in the key: two rounds, two different experts, neither of the work’s municipality', () => {
    const packages = new Map(region.key.packages.map((pkg) => [pkg.packageId, pkg]));
    const schools = new Map(region.key.schools.map((school) => [school.code, school]));
    const byWork = new Map<string, { round: number; reviewer: string; municipality: string }[]>();
    for (const work of region.key.works) {
      const pkg = packages.get(work.packageId)!;
      byWork.set(work.workCode, [...(byWork.get(work.workCode) ?? []), { round: work.round, reviewer: pkg.reviewer.id, municipality: pkg.reviewer.municipality }]);
      expect(pkg.reviewer.municipality).not.toBe(schools.get(work.schoolCode)!.municipality);
    }
    expect(byWork.size).toBe(9);
    for (const reviews of byWork.values()) {
      expect(reviews.map((review) => review.round).sort()).toEqual([1, 2]);
      expect(reviews[0].reviewer).not.toBe(reviews[1].reviewer);
    }
    expect(region.packages.every((pkg) => pkg.packageId.startsWith(`2026-Т${pkg.round}-`))).toBe(true);
  });

  it('keeps the experts blind: no package of round 1 or 2 holds another expert’s name or any expert’s score', async () => {
    for (const pkg of region.packages) {
      const text = await readableText(pkg.data);
      for (const other of FOUR_EXPERTS.filter((expert) => expert.name !== pkg.reviewer)) expect(text).not.toContain(other.name);
      expect(text).not.toContain('-го эксперта');
      const rows = await rowsOf(await protocolIn(pkg.data));
      expect(rows.every((row) => row.expertScore.kind === 'empty')).toBe(true);
    }
  });
});

describe('adjudication of the returned protocols', () => {
  it('recognises the rounds and sends to a third expert exactly the works past a threshold', () => {
    const status = Object.fromEntries(merged.finals.map((work) => [work.workCode, work.status]));
    expect(Object.keys(status)).toHaveLength(9);
    for (const [code, state] of Object.entries(status)) expect(state).toBe(SENT_TO_THIRD.includes(code) ? 'awaiting-third' : 'mean');
    const byCode = new Map(merged.finals.map((work) => [work.workCode, work]));
    expect(byCode.get('40002')!.discrepancy).toMatchObject({ largestTask: 1, total: 1, substantial: false });
    expect(byCode.get('40003')!.discrepancy).toMatchObject({ largestTask: 2, rules: ['task'] });
    expect(byCode.get('40101')!.discrepancy).toMatchObject({ largestTask: 1, total: 2, substantial: false });
    expect(byCode.get('40102')!.discrepancy).toMatchObject({ largestTask: 1, total: 3, rules: ['total'] });
    // 40101: (2+1)/2 → 2, (1+0)/2 → 1, 3, 2: the mean half up, task by task.
    expect(byCode.get('40101')!.total).toBe(8);
    expect(merged.rows).toHaveLength(9 * 4 * 2);
    expect(merged.finalRows.filter((row) => row.expertScore.kind === 'empty').map((row) => row.workCode).sort()).toEqual(['40003', '40003', '40003', '40003', '40102', '40102', '40102', '40102']);
  });

  it('chooses for round 3 an expert who scored neither earlier round and works outside the school’s municipality', () => {
    expect(plan.works.map((entry) => entry.work.workCode).sort()).toEqual(SENT_TO_THIRD);
    for (const entry of plan.works) {
      expect(entry.thirdExpert).not.toBeNull();
      const earlier = entry.work.rounds.map((round) => round.expert);
      expect(earlier).toHaveLength(2);
      expect(earlier).not.toContain(entry.thirdExpert!.name);
      expect(entry.thirdExpert!.municipality).not.toBe(entry.work.municipality);
      expect(entry.packageId).toMatch(/^2026-Т3-Э\d+-1$/);
    }
    expect(plan.key.works.filter((work) => work.round === 3).map((work) => work.workCode).sort()).toEqual(SENT_TO_THIRD);
    expect(plan.key.secret).toBe(region.key.secret);
  });

  it('lists a work no third expert can take, and does not hand out again a work the key already gives a third expert', async () => {
    // The third expert chosen for 40003, moved into the school's municipality: nobody else may take it.
    const chosen = plan.works.find((entry) => entry.work.workCode === '40003')!.thirdExpert!;
    const moved: KeyFile = {
      ...region.key,
      packages: region.key.packages.map((pkg) => (pkg.reviewer.id === chosen.id ? { ...pkg, reviewer: { ...pkg.reviewer, municipality: 'Боханский район' } } : pkg)),
    };
    const without = planAdjudication({ key: moved, finals: merged.finals });
    expect(without.works.find((entry) => entry.work.workCode === '40003')).toMatchObject({ thirdExpert: null, packageId: null, reason: 'no-third-expert' });

    const again = await mergeProtocols([...returned].map(([id, data]) => ({ file: `${id}.xlsx`, data })), plan.key);
    expect(again.finals.filter((work) => work.status === 'awaiting-third').map((work) => work.pending)).toEqual([[3], [3]]);
    expect(planAdjudication({ key: plan.key, finals: again.finals }).works).toEqual([]);
  });

  it('builds round-3 packages: both earlier scores read-only beside the third column, the scans, signed with the key', async () => {
    expect(built.length).toBeGreaterThan(0);
    const earlierScans = new Map<string, Uint8Array>();
    for (const pkg of region.packages) for (const [path, bytes] of await zipEntries(pkg.data)) if (path.endsWith('.pdf')) earlierScans.set(path, bytes);
    for (const pkg of built) {
      const entries = await zipEntries(pkg.data);
      const protocol = entries.get(`Протокол ${pkg.plan.packageId}.xlsx`)!;
      const read = await readProtocolWorkbook(protocol);
      if (!read.ok) throw new Error(read.failure.problem);
      expect(read.protocol.meta).toMatchObject({ round: 3, formatVersion: 2, expert: pkg.plan.reviewer.name });
      const check = await checkProtocol(protocol, { secret: SECRET });
      expect(check.problems.map((problem) => problem.problem).filter((code) => code !== 'missing-expert-score')).toEqual([]);
      for (const work of pkg.plan.works) {
        const path = `${work.schoolCode}/${work.workCode}_вар.${work.variant}.pdf`;
        expect(entries.get(path)).toEqual(earlierScans.get(path));
      }
      expect([...entries.keys()].some((path) => path.startsWith('Материалы/'))).toBe(true);
      // The earlier experts' names never reach the third one.
      const text = await readableText(pkg.data);
      for (const work of pkg.plan.works) for (const round of work.rounds) expect(text).not.toContain(round.expert);
    }
  });

  it('shows each task’s earlier scores in columns K and L, headed by round, locked', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const pkg = built.find((candidate) => candidate.plan.works.some((work) => work.workCode === '40003'))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await zipEntries(pkg.data)).get(`Протокол ${pkg.plan.packageId}.xlsx`)!.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Протокол')!;
    expect([sheet.getCell('K1').value, sheet.getCell('L1').value]).toEqual(['Балл 1-го эксперта', 'Балл 2-го эксперта']);
    const rows: (string | number | null)[][] = [];
    sheet.eachRow((row, number) => {
      if (number > 1 && row.getCell('B').value === '40003') rows.push(['K', 'L'].map((letter) => row.getCell(letter).value as number));
    });
    expect(rows).toEqual([[2, 2], [1, 1], [3, 1], [2, 2]]);
    // Excel locks a cell unless its style says otherwise.
    expect(sheet.getCell('K2').protection?.locked ?? true).toBe(true);
    expect(sheet.getCell('G2').protection?.locked).toBe(false);
  });

  it('takes the third expert’s score as final once round 3 comes back, with the key that records it', async () => {
    const keyRead = await readKeyWorkbook(await buildKeyWorkbook(plan.key));
    if (!keyRead.ok) throw new Error('the new key does not read');
    const newKey: KeyFile = keyRead.key;
    const third = await Promise.all(built.map(async (pkg) => ({ file: `${pkg.plan.packageId}.xlsx`, data: await fillWith(await protocolIn(pkg.data), () => [2, 1, 2, 1]) })));
    const again = await mergeProtocols([...[...returned].map(([id, data]) => ({ file: `${id}.xlsx`, data })), ...third], newKey);
    expect(again.protocols.every((protocol) => protocol.state === 'merged')).toBe(true);
    const byCode = new Map(again.finals.map((work) => [work.workCode, work]));
    for (const code of SENT_TO_THIRD) expect(byCode.get(code)).toMatchObject({ status: 'third', total: 6 });
    const agreement = expertAgreement(again.finals);
    expect(agreement.tests[0]).toMatchObject({ works: 9, thirdChecks: 2 });
    // 5 of 9 pairs agree in total (40002: 8/7, 40003: 8/6, 40101: 8/6, 40102: 8/5 differ).
    expect(agreement.tests[0].exact).toBeCloseTo(5 / 9, 12);
  });
});
