import ExcelJS from 'exceljs';
import {
  buildProtocolWorkbook,
  checkProtocol,
  prefilledDigest,
  readProtocolWorkbook,
  type ProtocolProblem,
  type ProtocolSpec,
} from '../../../src/engine/protocol';
import { editProtocol, expertFilling, loadWorkbook, makeSpec, saveWorkbook, SECRET, workRows } from './protocolFixtures';
import { problemText } from '../../../src/engine/wording';

function summary(problems: ProtocolProblem[]): string[] {
  return problems.map((problem) => `${problem.problem} ${problem.cell}`);
}

/** Edits the hidden sheet's value for a key. */
function setMeta(workbook: ExcelJS.Workbook, key: string, value: ExcelJS.CellValue): void {
  const sheet = workbook.getWorksheet('recheck')!;
  for (let row = 1; row <= 20; row += 1) {
    if (sheet.getCell(`A${row}`).value === key) {
      sheet.getCell(`B${row}`).value = value;
      return;
    }
  }
  throw new Error(`no key ${key}`);
}

describe('checking a protocol', () => {
  let spec: ProtocolSpec;
  let fresh: Uint8Array;
  let filled: Uint8Array;
  let filling: ReturnType<typeof expertFilling>;

  beforeAll(async () => {
    spec = makeSpec({ works: 4, tasks: 6 });
    fresh = await buildProtocolWorkbook(spec, SECRET);
    filling = expertFilling(spec);
    filled = await editProtocol(fresh, filling.edits);
  });

  it('finds only missing scores in a fresh protocol, one per row, and counts works and rows', async () => {
    const check = await checkProtocol(fresh, { secret: SECRET });
    expect(check).toMatchObject({ complete: false, readable: true, works: 4, rows: 24 });
    expect(check.problems).toHaveLength(24);
    expect(new Set(check.problems.map((problem) => problem.problem))).toEqual(new Set(['missing-expert-score']));
    expect(check.problems[0]).toMatchObject({ cell: 'Протокол!G2', work: 'ОО-01/0401', task: '1' });
  });

  it('accepts a fully and correctly filled protocol as complete, with the signature verified', async () => {
    const check = await checkProtocol(filled, { secret: SECRET });
    expect(summary(check.problems)).toEqual([]);
    expect(check.complete).toBe(true);
    const read = await readProtocolWorkbook(filled);
    if (!read.ok) throw new Error(problemText(read.failure));
    expect(read.protocol.rows.map((row) => row.expertScore)).toEqual(filling.expert);
  });

  it('reports each broken rule at its cell, with the work and the task', async () => {
    const rows = workRows(spec);
    const second = rows[1].first;
    const edits: Record<string, ExcelJS.CellValue> = {
      ...filling.edits,
      [`G${second}`]: 99,
      [`G${second + 1}`]: 'два',
      [`G${second + 2}`]: null,
    };
    // A difference without a code: find an agreeing row and change the score.
    const agreeing = Object.keys(filling.edits).find((cell) => cell.startsWith('G') && !(`I${cell.slice(1)}` in filling.edits) && Number(cell.slice(1)) > second + 2)!;
    const agreeingRow = Number(agreeing.slice(1));
    const task = spec.works.flatMap((work) => work.tasks)[agreeingRow - 2];
    const schoolPoints = task.schoolScore.kind === 'score' ? task.schoolScore.value : 0;
    edits[agreeing] = schoolPoints === 0 ? 1 : 0;
    // A code without a difference, a code out of the list, a 6 with no explanation.
    const codeRows = Object.keys(filling.edits).filter((cell) => cell.startsWith('I')).map((cell) => Number(cell.slice(1)));
    edits[`I${2}`] = 2;
    edits[`I${codeRows[0]}`] = 6;
    edits[`J${codeRows[0]}`] = null;
    edits[`I${codeRows[1]}`] = 9;
    const check = await checkProtocol(await editProtocol(fresh, edits), { secret: SECRET });
    expect(check.complete).toBe(false);
    const found = summary(check.problems);
    expect(found).toEqual(
      expect.arrayContaining([
        `score-out-of-range Протокол!G${second}`,
        `invalid-expert-score Протокол!G${second + 1}`,
        `missing-expert-score Протокол!G${second + 2}`,
        `difference-without-code Протокол!I${agreeingRow}`,
        `code-without-difference Протокол!I2`,
        `explanation-required Протокол!J${codeRows[0]}`,
        `invalid-error-code Протокол!I${codeRows[1]}`,
      ]),
    );
    const outOfRange = check.problems.find((problem) => problem.problem === 'score-out-of-range')!;
    expect(outOfRange.work).toBe(`${spec.works[1].schoolCode}/${spec.works[1].workCode}`);
    expect(outOfRange.task).toBe(spec.works[1].tasks[0].task);
    // Sorted by row, then column.
    const order = check.problems.map((problem) => problem.row ?? 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('says which locked cell was edited, what it was and what it is now', async () => {
    const edited = await editProtocol(filled, { F3: 3, B5: '9999' });
    const check = await checkProtocol(edited, { secret: SECRET });
    const locked = check.problems.filter((problem) => problem.problem === 'locked-cell-edited');
    expect(locked.map((problem) => problem.cell)).toEqual(['Протокол!F3', 'Протокол!B5']);
    const original = spec.works[0].tasks[1].schoolScore;
    expect(problemText(locked[0])).toContain(`было «${original.kind === 'score' ? original.value : 'X'}», стало «3»`);
    expect(problemText(locked[0])).toContain('«Балл ОО»');
    expect(locked[1].work).toBe('ОО-01/0401');
    expect(check.complete).toBe(false);
  });

  it('reports a deleted row and an added one', async () => {
    const lastRow = workRows(spec).at(-1)!.last;
    const edited = await editProtocol(filled, {}, (workbook) => {
      const sheet = workbook.getWorksheet('Протокол')!;
      for (const letter of 'ABCDEFGHIJ') sheet.getCell(`${letter}3`).value = null;
      sheet.getRow(lastRow + 1).values = ['ОО-99', '7777', 1, '1', 1, 1, 1];
    });
    const check = await checkProtocol(edited, { secret: SECRET });
    expect(summary(check.problems)).toEqual([`protocol-row-deleted `, `protocol-row-added Протокол!A${lastRow + 1}`]);
    expect(check.problems[0]).toMatchObject({ row: 3, work: 'ОО-01/0401', task: spec.works[0].tasks[1].task });
  });

  it('keeps the checksum when locked numbers come back as numeric text and codes with stray spaces', async () => {
    const edited = await editProtocol(filled, { C2: '1', E2: ' 1 ', A3: 'ОО-01 ' });
    expect(summary((await checkProtocol(edited, { secret: SECRET })).problems)).toEqual([]);
  });

  it('reports a changed hidden sheet as a checksum mismatch', async () => {
    const edited = await editProtocol(filled, {}, (workbook) => setMeta(workbook, 'packageId', 'PKG-OTHER'));
    const check = await checkProtocol(edited);
    expect(summary(check.problems)).toEqual(['checksum-mismatch ']);
  });

  it('verifies the signature only with the secret, and catches a recomputed checksum', async () => {
    // A deliberate edit: change a school score and recompute the checksum, as anyone can.
    const workbook = await loadWorkbook(filled);
    workbook.getWorksheet('Протокол')!.getCell('F2').value = 3;
    const sheet = workbook.getWorksheet('recheck')!;
    const read = await readProtocolWorkbook(filled);
    if (!read.ok) throw new Error(problemText(read.failure));
    const rows = read.protocol.rows.map((row) => (row.row === 2 ? { ...row.prefilled, schoolScore: 3 } : row.prefilled));
    setMeta(workbook, 'checksum', await prefilledDigest({ identity: { ...read.protocol.meta, formatVersion: 2 }, rows }));
    // …and the originals too, so nothing shows which cell changed.
    for (let row = 1; row <= sheet.rowCount; row += 1) if (sheet.getCell(`A${row}`).value === 2) sheet.getCell(`G${row}`).value = 3;
    const forged = await saveWorkbook(workbook);

    const withoutSecret = (await checkProtocol(forged)).problems.map((problem) => problem.problem);
    expect(withoutSecret).not.toContain('checksum-mismatch');
    expect(withoutSecret).not.toContain('locked-cell-edited');
    expect(withoutSecret).not.toContain('signature-mismatch');
    expect(summary((await checkProtocol(forged, { secret: SECRET })).problems)).toContain('signature-mismatch ');
    expect(summary((await checkProtocol(filled, { secret: 'чужой ключ' })).problems)).toEqual(['signature-mismatch ']);
  });

  it('refuses a workbook without the hidden sheet as not a protocol', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Протокол').getCell('A1').value = 'Код ОО';
    const check = await checkProtocol(await saveWorkbook(workbook));
    expect(check).toMatchObject({ complete: false, readable: false, works: 0, rows: 0 });
    expect(check.problems).toEqual([expect.objectContaining({ problem: 'not-a-protocol', cell: '', work: '', task: '' })]);
    expect(problemText(check.problems[0])).toMatch(/протокол/i);
  });

  it('refuses a protocol of another format version', async () => {
    const edited = await editProtocol(filled, {}, (workbook) => setMeta(workbook, 'formatVersion', 3));
    const read = await readProtocolWorkbook(edited);
    expect(read).toMatchObject({ ok: false, failure: { problem: 'wrong-version', version: '3', supported: 2 } });
    expect(!read.ok && problemText(read.failure)).toContain('формат 3');
    expect((await checkProtocol(edited)).readable).toBe(false);
  });

  it('refuses bytes that are not a workbook as broken', async () => {
    const read = await readProtocolWorkbook(new TextEncoder().encode('not a zip at all'));
    expect(read).toMatchObject({ ok: false, failure: { problem: 'broken-workbook', reason: 'read-error' } });
    const check = await checkProtocol(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(check.problems.map((problem) => problem.problem)).toEqual(['broken-workbook']);
  });

  it('still finds the grid when the expert renamed the protocol sheet', async () => {
    const edited = await editProtocol(filled, {}, (workbook) => {
      workbook.getWorksheet('Протокол')!.name = 'Мой протокол';
    });
    const check = await checkProtocol(edited, { secret: SECRET });
    expect(check).toMatchObject({ complete: true, rows: 24 });
  });

  it('reads the expert\'s comments and the completion time', async () => {
    const edited = await editProtocol(
      filled,
      { 'Комментарии!C3': '+', 'Комментарии!D3': 'Не знают правило', 'Комментарии!E2': 'Критерии неоднозначны' },
      (workbook) => {
        const sheet = workbook.getWorksheet('Комментарии')!;
        for (let row = 1; row <= sheet.rowCount; row += 1) {
          if (sheet.getCell(`A${row}`).value === 'Общее мнение эксперта о КИМ и критериях оценивания') sheet.getCell(`C${row}`).value = 'КИМ соответствует';
        }
        setMeta(workbook, 'completedAt', '2026-06-01T12:00:00.000Z');
      },
    );
    const read = await readProtocolWorkbook(edited);
    if (!read.ok) throw new Error(problemText(read.failure));
    const { comments, meta } = read.protocol;
    expect(comments.tasks[1]).toMatchObject({ task: spec.variantTasks[1][1].task, hardest: true, reasons: 'Не знают правило' });
    expect(comments.tasks[0]).toMatchObject({ hardest: false, opinion: 'Критерии неоднозначны' });
    expect(comments.generalOpinion).toBe('КИМ соответствует');
    expect(meta.completedAt).toBe('2026-06-01T12:00:00.000Z');
    expect((await checkProtocol(edited, { secret: SECRET })).complete).toBe(true);
  });
});
