import ExcelJS from 'exceljs';
import { buildCheckProtocol, type CheckProtocolSpec } from '../../../src/engine/cross/buildCheckProtocol';
import { checkedWorks } from '../../../src/engine/cross/checkRows';
import { checkProtocolIntegrity, readCheckProtocol, type ReadCheckProtocol } from '../../../src/engine/cross/readCheckProtocol';
import { proposeSplit } from '../../../src/engine/cross/checkProtocolLayout';
import { convertWithLibreOffice, parseCsv } from '../../support/libreOffice';

const SECRET = 'check-protocol-secret';
const SPEC: CheckProtocolSpec = {
  packageId: '2026-ПП-417-1', checker: 'Ш-417', subject: 'русский язык', grade: 6, createdAt: '2026-04-20T08:00:00.000Z', deadline: '2026-04-25',
  tasks: [{ task: '1', max: 2 }, { task: '2', max: 1 }, { task: '4К1', max: 3 }],
  files: [
    { file: 'Ш-205 6А.pdf', cipher: 'Ш-205', class: '6А', pages: 6, works: 3 },
    { file: 'Ш-205 6Б.pdf', cipher: 'Ш-205', class: '6Б', pages: 5, works: 2 },
  ],
};

/** The commission's typing, as ExcelJS writes cells into the sheet (no add-in). */
async function fill(bytes: Uint8Array, rows: Record<number, (string | number | null)[]>, edit?: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const sheet = workbook.getWorksheet('Проверка')!;
  for (const [row, values] of Object.entries(rows)) values.forEach((value, index) => {
    if (value !== null) sheet.getCell(Number(row), 4 + index).value = value;
  });
  edit?.(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function read(bytes: Uint8Array): Promise<ReadCheckProtocol> {
  const result = await readCheckProtocol(bytes);
  if (!result.ok) throw new Error(result.facts.problem);
  return result.protocol;
}

describe('the check protocol', () => {
  let blank: Uint8Array;
  beforeAll(async () => {
    blank = await buildCheckProtocol(SPEC, SECRET);
  });

  it('proposes equal runs of pages, the remainder on the first works', () => {
    expect(proposeSplit(6, 3)).toEqual([{ first: 1, last: 2 }, { first: 3, last: 4 }, { first: 5, last: 6 }]);
    expect(proposeSplit(5, 2)).toEqual([{ first: 1, last: 3 }, { first: 4, last: 5 }]);
    expect(proposeSplit(4, null)).toEqual([{ first: 1, last: 4 }]);
  });

  it('reads back its files, tasks with maxima, prefilled pages and signature', async () => {
    const protocol = await read(blank);
    expect(protocol.files).toEqual([{ file: 'Ш-205 6А.pdf', pages: 6, works: 3 }, { file: 'Ш-205 6Б.pdf', pages: 5, works: 2 }]);
    expect(protocol.tasks).toEqual(SPEC.tasks);
    expect(protocol.rows.filter((r) => r.file).map((r) => [r.file, r.first, r.last])).toEqual([
      ['Ш-205 6А.pdf', 1, 2], ['Ш-205 6А.pdf', 3, 4], ['Ш-205 6А.pdf', 5, 6], ['Ш-205 6Б.pdf', 1, 3], ['Ш-205 6Б.pdf', 4, 5],
    ]);
    expect(await checkProtocolIntegrity(protocol, SECRET)).toEqual([]);
  });

  it('carries over complete rows and names every cell that is missing or wrong', async () => {
    const filled = await fill(blank, {
      2: ['41001', 1, 2, 1, 3],
      3: ['41002', 2, 'X', 0, 2],
      4: ['4100', 1, 5, 1, 1], // score above max (task 1, max 2)
      5: ['41001', 2, 1, 1, 1], // duplicate code
      6: ['41007', 1, 1, null, 2], // a missing score; the row still carries its other scores
      7: [null, null, 1, null, null], // a score without a code (a spare row)
    });
    const { works, problems } = checkedWorks(await read(filled));
    expect(works.map((w) => [w.code, w.variant, Object.keys(w.scores)])).toEqual([
      ['41001', 1, ['1', '2', '4К1']],
      ['41002', 2, ['1', '2', '4К1']],
      ['4100', 1, ['2', '4К1']],
      ['41007', 1, ['1', '4К1']],
    ]);
    expect(works[1].scores['1']).toEqual({ kind: 'no-answer' });
    expect(problems.map((p) => [p.cell, p.facts.reason])).toEqual([
      ['Проверка!F4', 'invalid-score'],
      ['Проверка!D5', 'duplicate-code'],
      ['Проверка!G6', 'missing-score'],
      ['Проверка!D7', 'missing-code'],
    ]);
  });

  it('flags pages outside the file and overlapping works', async () => {
    const filled = await fill(blank, { 2: ['41001', 1, 1, 1, 1], 3: ['41002', 1, 1, 1, 1] }, (workbook) => {
      const sheet = workbook.getWorksheet('Проверка')!;
      sheet.getCell('C2').value = 3; // 1–3 overlaps 3–4
      sheet.getCell('B3').value = 3;
      sheet.getCell('C3').value = 9; // beyond 6 pages
    });
    const { problems } = checkedWorks(await read(filled));
    expect(problems.map((p) => [p.cell, p.facts.reason])).toEqual([['Проверка!B3', 'bad-pages']]);
    const overlapping = await fill(blank, { 2: ['41001', 1, 1, 1, 1], 3: ['41002', 1, 1, 1, 1] }, (workbook) => {
      workbook.getWorksheet('Проверка')!.getCell('C2').value = 3;
    });
    expect(checkedWorks(await read(overlapping)).problems.map((p) => p.facts.reason)).toEqual(['pages-overlap']);
  });

  it('tells a changed file list or task maximum (checksum) from another key (signature)', async () => {
    const tampered = await fill(blank, {}, (workbook) => {
      workbook.getWorksheet('Проверка')!.getCell('F1').value = '1 (3б)';
    });
    expect(await checkProtocolIntegrity(await read(tampered), SECRET)).toEqual([{ problem: 'checksum-mismatch' }]);
    const renamed = await fill(blank, {}, (workbook) => {
      workbook.getWorksheet('Файлы')!.getCell('B2').value = 7;
    });
    expect(await checkProtocolIntegrity(await read(renamed), SECRET)).toEqual([{ problem: 'checksum-mismatch' }]);
    expect(await checkProtocolIntegrity(await read(blank), 'other')).toEqual([{ problem: 'signature-mismatch' }]);
  });

  it('opens in LibreOffice without the add-in: totals computed, and a re-saved copy still verifies', async () => {
    const filled = await fill(blank, { 2: ['41001', 1, 2, 1, 3], 3: ['41002', 2, 'X', 0, 2] });
    const csv = await convertWithLibreOffice([{ name: 'check.xlsx', bytes: filled }], 'csv');
    const sheet = parseCsv(csv.get('check-Проверка.csv')!);
    expect(sheet[0]).toEqual(['Файл класса', 'Первая страница', 'Последняя страница', 'Код участника', 'Вариант', '1 (2б)', '2 (1б)', '4К1 (3б)', 'Итого баллов']);
    expect(sheet[1].slice(3)).toEqual(['41001', '1', '2', '1', '3', '6']);
    expect(sheet[2].slice(3)).toEqual(['41002', '2', 'X', '0', '2', '2']);
    expect(sheet[6][8]).toBe('');
    const resaved = await convertWithLibreOffice([{ name: 'check.xlsx', bytes: filled }], 'xlsx');
    const protocol = await read(resaved.get('check.xlsx')!);
    expect(await checkProtocolIntegrity(protocol, SECRET)).toEqual([]);
    expect(checkedWorks(protocol).works.map((w) => w.code)).toEqual(['41001', '41002']);
  }, 120_000);
});
