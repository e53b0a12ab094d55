import ExcelJS from 'exceljs';
import { computeStatistics, mergeProtocols, type KeyFile, type MergeInput } from '../../../src/engine';
import { buildZip } from '../../support/archiveFixtures';
import { makeOleContainer } from '../../support/scoreSheetFactory';
import { editProtocol } from '../protocol/protocolFixtures';
import { editMeta, expertPoints, fillProtocol, prepareRegion, rowsOf, type PreparedRegion } from './returnedProtocols';

let region: PreparedRegion;
let other: PreparedRegion;
let ids: string[];

beforeAll(async () => {
  region = await prepareRegion('секрет-этого-ключа');
  other = await prepareRegion('секрет-другого-координатора');
  ids = [...region.protocols.keys()];
}, 60_000);

function blank(index: number): Uint8Array {
  return region.protocols.get(ids[index])!;
}

function input(file: string, data: Uint8Array, modified?: string): MergeInput {
  return modified ? { file, data, modified } : { file, data };
}

async function stateOf(file: Uint8Array, key: KeyFile = region.key) {
  const result = await mergeProtocols([input('p.xlsx', file)], key);
  return result.protocols[0];
}

describe('mergeProtocols', () => {
  it('merges a filled protocol with its rows joined with the key: real school, municipality, expert, round', async () => {
    const filled = await fillProtocol(blank(0));
    const result = await mergeProtocols([input('почта/p1.xlsx', filled)], region.key);
    expect(result.protocols).toEqual([expect.objectContaining({ file: 'почта/p1.xlsx', state: 'merged', packageId: ids[0], round: 1, problems: [] })]);
    const rows = await rowsOf(filled);
    expect(result.rows).toHaveLength(rows.length);
    const pkg = region.key.packages.find((p) => p.packageId === ids[0])!;
    const expected = expertPoints(rows);
    result.rows.forEach((row, index) => {
      const school = region.key.schools.find((s) => s.code === row.schoolCode)!;
      expect(row).toMatchObject({ school: school.school, municipality: school.municipality, expert: pkg.reviewer.name, packageId: ids[0], round: 1, file: 'почта/p1.xlsx' });
      expect(row.expertScore.kind === 'score' ? row.expertScore.value : 0).toBe(expected[index]);
      expect(row.errorCodes).toEqual(expected[index] === (row.schoolScore.kind === 'score' ? row.schoolScore.value : 0) ? [] : [3]);
    });
    expect(result.protocols[0].expert).toBe(pkg.reviewer.name);
  });

  it('merges the scored rows of an incomplete protocol and lists the unscored ones; a partly scored work stays out of the statistics', async () => {
    const filled = await fillProtocol(blank(0), { leaveEmpty: [1] });
    const rows = await rowsOf(filled);
    const result = await mergeProtocols([input('p.xlsx', filled)], region.key);
    expect(result.protocols[0].state).toBe('incomplete');
    expect(result.protocols[0].problems).toEqual([expect.objectContaining({ problem: 'missing-expert-score', cell: `Протокол!G${rows[1].row}` })]);
    expect(result.rows).toHaveLength(rows.length);
    const statistics = computeStatistics(result.rows);
    expect(statistics.unscoredWorks).toEqual([expect.objectContaining({ workCode: rows[1].workCode, unscoredTasks: [rows[1].task] })]);
    const works = new Set(rows.map((row) => row.workCode)).size;
    expect(statistics.groups.find((g) => g.level === 'region')?.works).toBe(works - 1);
  });

  it('lists rule violations of a merged protocol per cell and does not fix them', async () => {
    const rows = await rowsOf(blank(0));
    const agreeing = rows.findIndex((_, index) => (index + 1) % 3 !== 0);
    const filled = await fillProtocol(blank(0), { edits: { [`I${rows[agreeing].row}`]: 6 } });
    const result = await mergeProtocols([input('p.xlsx', filled)], region.key);
    expect(result.protocols[0].state).toBe('merged');
    expect(result.protocols[0].problems.map((p) => [p.problem, p.cell])).toEqual([
      ['code-without-difference', `Протокол!I${rows[agreeing].row}`],
      ['explanation-required', `Протокол!J${rows[agreeing].row}`],
    ]);
    expect(result.rows[agreeing].errorCode).toBe(6);
  });

  it('keeps explanations and the Комментарии sheet, and marks the tasks the expert found hardest', async () => {
    const rows = await rowsOf(blank(0));
    const lowered = rows.findIndex((_, index) => (index + 1) % 3 === 0 && rows[index].schoolScore.kind === 'score' && (rows[index].schoolScore as { value: number }).value > 0);
    const filled = await fillProtocol(blank(0), {
      edits: {
        [`J${rows[lowered].row}`]: 'Не учтена орфографическая ошибка',
        'Комментарии!C2': '+',
        'Комментарии!D2': 'Мало времени на задание',
      },
    });
    const commentTask = (await new ExcelJS.Workbook().xlsx.load(Buffer.from(filled) as unknown as ExcelJS.Buffer)).getWorksheet('Комментарии')!.getCell('B2').value;
    const result = await mergeProtocols([input('p.xlsx', filled)], region.key);
    expect(result.rows[lowered].explanation).toBe('Не учтена орфографическая ошибка');
    expect(result.comments).toEqual([expect.objectContaining({ task: String(commentTask), hardest: true, reasons: 'Мало времени на задание', packageId: ids[0] })]);
    expect(result.rows.filter((row) => row.hardest).every((row) => row.task === String(commentTask))).toBe(true);
    expect(result.rows.some((row) => row.hardest)).toBe(true);
  });

  it('calls a protocol with an edited prefilled cell tampered, naming the cell, and merges none of its rows', async () => {
    const original = (await rowsOf(blank(0)))[0];
    const raised = original.schoolScore.kind === 'score' && original.schoolScore.value > 0 ? 0 : 1;
    const changed = await fillProtocol(blank(0), { edits: { 'Протокол!F2': raised } });
    const result = await mergeProtocols([input('p.xlsx', changed)], region.key);
    expect(result.protocols[0]).toMatchObject({ state: 'tampered', problems: [expect.objectContaining({ problem: 'locked-cell-edited', cell: 'Протокол!F2' })] });
    expect(result.rows).toEqual([]);
  });

  it('calls a protocol prepared with another key foreign', async () => {
    const foreign = await fillProtocol([...other.protocols.values()][0]);
    expect(await stateOf(foreign)).toMatchObject({ state: 'foreign', problems: [expect.objectContaining({ problem: 'signature-mismatch' })] });
  });

  it('calls a protocol signed with this key but of a package the key does not list unknown-package', async () => {
    const withoutFirst: KeyFile = { ...region.key, packages: region.key.packages.filter((p) => p.packageId !== ids[0]) };
    expect(await stateOf(await fillProtocol(blank(0)), withoutFirst)).toMatchObject({
      state: 'unknown-package',
      problems: [expect.objectContaining({ problem: 'unknown-package', packageId: ids[0] })],
    });
  });

  it('calls a protocol of another format version wrong-version', async () => {
    expect(await stateOf(await editMeta(await fillProtocol(blank(0)), 'formatVersion', 9))).toMatchObject({
      state: 'wrong-version',
      problems: [expect.objectContaining({ problem: 'wrong-version', version: '9' })],
    });
  });

  it('tells other workbooks, password-protected workbooks and broken files apart', async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Лист1').getCell('A1').value = 'Итоги';
    const result = await mergeProtocols(
      [
        input('итоги.xlsx', new Uint8Array(await plain.xlsx.writeBuffer())),
        input('с паролем.xlsx', makeOleContainer(['EncryptionInfo', 'EncryptedPackage'])),
        input('обрезан.xlsx', (await fillProtocol(blank(0))).slice(0, 500)),
        input('пустой.xlsx', new Uint8Array()),
      ],
      region.key,
    );
    expect(result.protocols.map((p) => [p.file, p.state, p.problems[0].problem])).toEqual([
      ['итоги.xlsx', 'not-a-protocol', 'not-a-protocol'],
      ['с паролем.xlsx', 'encrypted-workbook', 'encrypted-workbook'],
      ['обрезан.xlsx', 'broken-workbook', 'broken-workbook'],
      ['пустой.xlsx', 'broken-workbook', 'broken-workbook'],
    ]);
    expect(result.rows).toEqual([]);
  });

  it('merges an identical second copy once and lists it as a duplicate of the first', async () => {
    const filled = await fillProtocol(blank(0));
    const result = await mergeProtocols([input('a.xlsx', filled), input('b.xlsx', filled)], region.key);
    expect(result.protocols.map((p) => p.state)).toEqual(['merged', 'duplicate']);
    expect(result.protocols[1].problems).toEqual([expect.objectContaining({ problem: 'duplicate-protocol', keptFile: 'a.xlsx', identical: true, differences: [] })]);
    expect(result.rows).toHaveLength((await rowsOf(filled)).length);
  });

  it('keeps the copy completed later whatever the order, and lists the differing cells of the other', async () => {
    const rows = await rowsOf(blank(0));
    const early = await fillProtocol(blank(0), { completedAt: '2026-12-01T10:00:00Z' });
    const late = await fillProtocol(blank(0), { completedAt: '2026-12-02T10:00:00Z', lowerEvery: 2 });
    for (const order of [[early, late], [late, early]]) {
      const result = await mergeProtocols([input('первый.xlsx', order[0]), input('второй.xlsx', order[1])], region.key);
      const lateFile = order[0] === late ? 'первый.xlsx' : 'второй.xlsx';
      const kept = result.protocols.find((p) => p.state === 'merged')!;
      const duplicate = result.protocols.find((p) => p.state === 'duplicate')!;
      expect(kept.file).toBe(lateFile);
      expect(result.rows.map((row) => row.expertScore.kind === 'score' ? row.expertScore.value : 0)).toEqual(expertPoints(rows, { lowerEvery: 2 }));
      const differing = rows.filter((_, i) => expertPoints(rows)[i] !== expertPoints(rows, { lowerEvery: 2 })[i]).map((row) => row.row);
      const problem = duplicate.problems[0] as { differences: string[]; identical: boolean; keptFile: string };
      expect(problem.identical).toBe(false);
      expect(problem.keptFile).toBe(lateFile);
      expect(problem.differences).toEqual(expect.arrayContaining(differing.map((row) => `Протокол!G${row}`)));
    }
  });

  it('falls back to the file time when neither copy says when it was completed', async () => {
    const first = await fillProtocol(blank(0));
    const second = await fillProtocol(blank(0), { lowerEvery: 2 });
    const result = await mergeProtocols([input('new.xlsx', second, '2026-12-03T08:00:00Z'), input('old.xlsx', first, '2026-12-01T08:00:00Z')], region.key);
    expect(result.protocols.map((p) => [p.file, p.state])).toEqual([['new.xlsx', 'merged'], ['old.xlsx', 'duplicate']]);
    const reversed = await mergeProtocols([input('old.xlsx', first, '2026-12-01T08:00:00Z'), input('new.xlsx', second, '2026-12-03T08:00:00Z')], region.key);
    expect(reversed.protocols.map((p) => [p.file, p.state])).toEqual([['old.xlsx', 'duplicate'], ['new.xlsx', 'merged']]);
  });

  it('judges a file by its own defect before duplication: a tampered or wrong-version copy beside an intact one', async () => {
    const intact = await fillProtocol(blank(0));
    const tampered = await editProtocol(intact, { 'Протокол!B2': '9999' });
    const newer = await editMeta(intact, 'formatVersion', 3);
    const result = await mergeProtocols([input('t.xlsx', tampered), input('ok.xlsx', intact), input('v.xlsx', newer)], region.key);
    expect(result.protocols.map((p) => [p.file, p.state])).toEqual([['t.xlsx', 'tampered'], ['ok.xlsx', 'merged'], ['v.xlsx', 'wrong-version']]);
  });

  it('expands a ZIP of protocols, naming each entry <zip path>/<entry path>, and lists what is not a protocol', async () => {
    const zip = await buildZip([
      { path: 'Эксперт/Протокол 1.xlsx', data: await fillProtocol(blank(0)), nameEncoding: 'cp866' },
      { path: 'Эксперт/Протокол 2.xlsx', data: await fillProtocol(blank(1)), nameEncoding: 'utf8-flag' },
      { path: 'Эксперт/скан подписи.pdf', data: '%PDF-1.4' },
    ]);
    const result = await mergeProtocols([input('почта/протоколы.zip', zip)], region.key);
    expect(result.protocols.map((p) => [p.file, p.state])).toEqual([
      ['почта/протоколы.zip/Эксперт/Протокол 1.xlsx', 'merged'],
      ['почта/протоколы.zip/Эксперт/Протокол 2.xlsx', 'merged'],
      ['почта/протоколы.zip/Эксперт/скан подписи.pdf', 'not-a-protocol'],
    ]);
    expect(new Set(result.rows.map((row) => row.packageId))).toEqual(new Set([ids[0], ids[1]]));
  });

  it('calls a ZIP that cannot be opened broken-workbook with the archive problem', async () => {
    const result = await mergeProtocols([input('битый.zip', new TextEncoder().encode('not a zip at all'))], region.key);
    expect(result.protocols).toEqual([expect.objectContaining({ file: 'битый.zip', state: 'broken-workbook', problems: [expect.objectContaining({ problem: 'broken-archive' })] })]);
  });
});
