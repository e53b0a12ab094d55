import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readKeyWorkbook, type KeyFile } from '../../src/engine';
import { recheck } from '../support/builtCli';
import { buildRegionArchives, expertsCsv } from '../support/regionFixture';
import { FIRST, FOUR_EXPERTS, SECOND, SENT_TO_THIRD, fillWith, protocolIn, zipEntries } from '../engine/adjudication/twoRoundRegion';

const dir = mkdtempSync(join(tmpdir(), 'recheck-double-'));
const out = join(dir, 'выдача');
const inbox = join(dir, 'почта');
const keyPath = join(out, 'Ключ перепроверки.xlsx');
let archives: string[];
let key: KeyFile;
let prepared: { experts: { name: string; works: number; package: string; round: number }[]; unassigned: unknown[] };

async function readKey(path: string): Promise<KeyFile> {
  const read = await readKeyWorkbook(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(`${path} is not a key`);
  return read.key;
}

beforeAll(async () => {
  archives = [];
  for (const archive of await buildRegionArchives()) {
    writeFileSync(join(dir, archive.name), archive.bytes);
    archives.push(join(dir, archive.name));
  }
  writeFileSync(join(dir, 'эксперты.csv'), expertsCsv(FOUR_EXPERTS));
  const run = recheck('prepare', '--works', ...archives, '--experts', join(dir, 'эксперты.csv'), '--out', out, '--seed', '7', '--copies', '2', '--json');
  expect(run.code).toBe(0);
  prepared = JSON.parse(run.stdout);
  key = await readKey(keyPath);
  mkdirSync(inbox, { recursive: true });
  for (const pkg of key.packages) {
    const blank = await protocolIn(new Blob([readFileSync(join(out, 'packages', pkg.fileName))]));
    writeFileSync(join(inbox, `Протокол ${pkg.packageId}.xlsx`), await fillWith(blank, pkg.round === 1 ? FIRST : SECOND));
  }
}, 120_000);

describe('recheck prepare --copies 2', () => {
  it('hands every work to two experts in rounds 1 and 2, recorded in the key', () => {
    const rounds = new Map<string, number[]>();
    for (const work of key.works) rounds.set(work.workCode, [...(rounds.get(work.workCode) ?? []), work.round].sort());
    expect(rounds.size).toBe(9);
    for (const list of rounds.values()) expect(list).toEqual([1, 2]);
    expect(readdirSync(join(out, 'packages'))).toHaveLength(key.packages.length);
    expect(prepared.unassigned).toEqual([]);
    for (const round of [1, 2]) expect(prepared.experts.filter((e) => e.round === round).reduce((sum, e) => sum + e.works, 0)).toBe(9);
    expect(prepared.experts.filter((e) => e.round === 2).every((e) => e.package.endsWith('(тур 2).zip'))).toBe(true);
  });

  it('scores a share of the works twice, the same share for the same seed', async () => {
    const runs = ['доля-1', 'доля-2'].map((name) => {
      const run = recheck('prepare', '--works', ...archives, '--experts', join(dir, 'эксперты.csv'), '--out', join(dir, name), '--seed', '7', '--copies', '2', '--share', '0.5', '--json');
      expect(run.code).toBe(0);
      return join(dir, name, 'Ключ перепроверки.xlsx');
    });
    const seconds = await Promise.all(runs.map(async (path) => (await readKey(path)).works.filter((work) => work.round === 2).map((work) => work.workCode).sort()));
    expect(seconds[0]).toHaveLength(5); // round(0.5 × 9)
    expect(seconds[1]).toEqual(seconds[0]);
  });

  it('lists the works no second expert can take', () => {
    writeFileSync(join(dir, 'двое.csv'), expertsCsv(FOUR_EXPERTS.slice(2, 3).concat(FOUR_EXPERTS.slice(0, 1))));
    const run = recheck('prepare', '--works', ...archives, '--experts', join(dir, 'двое.csv'), '--out', join(dir, 'двое'), '--copies', '2', '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    // Сидорова (Иркутск) takes every work in round 1; Иванова (Боханский район) may second only Заларинский район's 4.
    expect(result.unassigned.map((u: { reason: string }) => u.reason)).toEqual(Array(5).fill('no-second-expert'));
    expect(result.unassigned[0].message).toContain('второго эксперта');
  });

  it('refuses copies other than 1 or 2 and a share without two copies', () => {
    const base = ['prepare', '--works', ...archives, '--experts', join(dir, 'эксперты.csv'), '--out', join(dir, 'нет')];
    expect(recheck(...base, '--copies', '3').code).toBe(2);
    expect(recheck(...base, '--share', '0.2').code).toBe(2);
    expect(recheck(...base, '--copies', '2', '--share', '1.5').code).toBe(2);
  });
});

describe('recheck merge of two rounds', () => {
  it('adds the experts’ consistency and each work’s final score to the JSON', () => {
    const run = recheck('merge', inbox, '--key', keyPath, '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.problems).toEqual([]);
    const test = result.experts.find((entry: { level: string }) => entry.level === 'test');
    expect(test).toMatchObject({ subject: 'русский язык', grade: 6, works: 9, thirdChecks: 2 });
    expect(test.exact).toBeCloseTo(5 / 9, 12);
    expect(result.experts.filter((entry: { level: string }) => entry.level === 'task')).toHaveLength(4);
    const experts = result.experts.filter((entry: { level: string }) => entry.level === 'expert');
    expect(Object.keys(experts[0])).toEqual(['level', 'expert', 'expertId', 'subject', 'grade', 'works', 'doublyScored', 'thirdChecks', 'thirdShare', 'meanDifference', 'flagged']);
    expect(experts.reduce((sum: number, e: { doublyScored: number }) => sum + e.doublyScored, 0)).toBe(18);
    expect(result.finals).toHaveLength(9);
    expect(Object.keys(result.finals[0])).toEqual(['schoolCode', 'workCode', 'subject', 'grade', 'rounds', 'discrepancy', 'status', 'final']);
    const awaiting = result.finals.filter((work: { status: string }) => work.status === 'awaiting-third').map((work: { workCode: string }) => work.workCode).sort();
    expect(awaiting).toEqual(SENT_TO_THIRD);
    // Against the school: the 7 works with a final score, each counted once.
    expect(result.works).toBe(7);
    expect(result.rows).toBe(9 * 4 * 2);
  });

  it('says in the summary how many works two experts scored and how many await a third', () => {
    const run = recheck('merge', inbox, '--key', keyPath);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Проверено двумя экспертами: 9 работ; решено третьим экспертом: 0; ждут третьего эксперта: 2');
  });

  it('writes the experts’ sheet into the summary workbook', async () => {
    const summary = join(dir, 'Свод.xlsx');
    expect(recheck('merge', inbox, '--key', keyPath, '--out', summary).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(summary) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Свод', 'Журнал', 'Статистика', 'Комментарии', 'Справка', 'Согласованность экспертов']);
    const sheet = workbook.getWorksheet('Согласованность экспертов')!;
    expect([sheet.getCell('A2').value, sheet.getCell('G2').value, sheet.getCell('I2').value]).toEqual(['тест', 9, 2]);
    expect(workbook.getWorksheet('Свод')!.rowCount).toBe(9 * 4 * 2 + 1);
  });
});

describe('recheck adjudicate', () => {
  const third = join(dir, 'третья');
  let result: { works: Record<string, unknown>[]; protocols: { state: string }[]; problems: unknown[] };

  beforeAll(() => {
    const run = recheck('adjudicate', inbox, '--key', keyPath, '--out', third, '--deadline', '2026-12-20', '--json');
    expect(run.code).toBe(0);
    result = JSON.parse(run.stdout);
  });

  it('prints the documented JSON: the works past a threshold, both rounds, the discrepancy, the third expert and package', () => {
    expect(result.problems).toEqual([]);
    expect(result.protocols.every((p) => p.state === 'merged')).toBe(true);
    expect(result.works.map((work) => work.workCode).sort()).toEqual(SENT_TO_THIRD);
    for (const work of result.works) {
      expect(Object.keys(work)).toEqual(['schoolCode', 'workCode', 'subject', 'grade', 'rounds', 'discrepancy', 'thirdExpert', 'package', 'reason', 'message']);
      const rounds = work.rounds as { expert: string; total: number }[];
      expect(rounds.map((round) => round.total)).toEqual(work.workCode === '40003' ? [8, 6] : [8, 5]);
      expect(rounds.map((round) => round.expert)).not.toContain(work.thirdExpert);
      expect(work.package).toMatch(/^\d{4}-Т3-Э\d+-1$/);
      expect(work.discrepancy).toMatchObject({ substantial: true, rules: work.workCode === '40003' ? ['task'] : ['total'] });
    }
  });

  it('writes the round-3 packages with the scans, and a key that records round 3 with the same secret', async () => {
    const newKey = await readKey(join(third, 'Ключ перепроверки.xlsx'));
    expect(newKey.secret).toBe(key.secret);
    const round3 = newKey.packages.filter((pkg) => pkg.round === 3);
    expect(round3.length).toBeGreaterThan(0);
    for (const pkg of round3) {
      const path = join(third, 'packages', pkg.fileName);
      expect(existsSync(path)).toBe(true);
      const entries = await zipEntries(new Blob([readFileSync(path)]));
      expect([...entries.keys()].filter((name) => name.endsWith('.pdf') && !name.startsWith('Материалы/'))).toHaveLength(pkg.works);
      expect(new TextDecoder().decode(entries.get('Инструкция.txt')!)).toContain('Третья проверка');
    }
    expect(readdirSync(join(third, 'letters'))).toHaveLength(round3.length);
  });

  it('lists the scans it cannot find when the earlier packages are elsewhere', () => {
    const run = recheck('adjudicate', inbox, '--key', keyPath, '--out', join(dir, 'без-пакетов'), '--packages', join(dir, 'нет-такой-папки'), '--json');
    expect(run.code).toBe(0);
    const problems = JSON.parse(run.stdout).problems as { problem: string }[];
    expect(problems.map((problem) => problem.problem)).toEqual(Array(2).fill('earlier-scan-missing'));
  });

  it('exits 1 when the key cannot be read and 2 on a usage error', () => {
    expect(recheck('adjudicate', inbox, '--key', join(dir, 'нет.xlsx'), '--out', third).code).toBe(1);
    expect(recheck('adjudicate', inbox, '--key', keyPath).code).toBe(2);
    expect(recheck('adjudicate', '--key', keyPath, '--out', third).code).toBe(2);
    expect(recheck('adjudicate', inbox, '--key', keyPath, '--out', third, '--task-difference', '0').code).toBe(2);
  });
});
