import ExcelJS from 'exceljs';
import { buildProtocolWorkbook, ERROR_CODES, readProtocolWorkbook, type ProtocolSpec } from '../../../src/engine/protocol';
import { loadWorkbook, makeSpec, SECRET, unzipText, workRows } from './protocolFixtures';
import { problemText } from '../../../src/engine/wording';

describe('the protocol workbook', () => {
  let spec: ProtocolSpec;
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    spec = makeSpec({ works: 4, tasks: 5, differentVariant2: true });
    spec.works[1].workCode = '=HYPERLINK("x")';
    spec.works[2].workCode = '+7';
    spec.works[3].workCode = '@0009';
    spec.works[3].tasks[0].task = '-1';
    bytes = await buildProtocolWorkbook(spec, SECRET);
    workbook = await loadWorkbook(bytes);
  });

  it('has the sheets Протокол, Комментарии, Итоги, Коды ошибок and a very hidden service sheet that is not the first', () => {
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['Протокол', 'visible'],
      ['Комментарии', 'visible'],
      ['Итоги', 'visible'],
      ['Коды ошибок', 'visible'],
      ['recheck', 'veryHidden'],
    ]);
  });

  it('lists one row per work and task with the school data and leaves the expert columns empty', () => {
    const sheet = workbook.getWorksheet('Протокол')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Код ОО',
      'Код работы',
      'Вариант',
      '№ задания',
      'Макс. балл',
      'Балл ОО',
      'Балл эксперта',
      'Расхождение',
      'Код ошибки',
      'Пояснение',
    ]);
    let row = 2;
    for (const work of spec.works) {
      for (const task of work.tasks) {
        const cells = sheet.getRow(row);
        expect([cells.getCell('A').value, cells.getCell('B').value, cells.getCell('C').value, cells.getCell('D').value, cells.getCell('E').value]).toEqual([
          work.schoolCode,
          work.workCode,
          work.variant,
          task.task,
          task.max,
        ]);
        const school = task.schoolScore.kind === 'score' ? task.schoolScore.value : task.schoolScore.kind === 'no-answer' ? 'X' : null;
        expect(cells.getCell('F').value).toEqual(school);
        expect([cells.getCell('G').value, cells.getCell('I').value, cells.getCell('J').value]).toEqual([null, null, null]);
        row += 1;
      }
    }
    expect(sheet.getCell(`A${row}`).value).toBeNull();
  });

  it('keeps codes as text: leading zeros stay and values starting with =, +, -, @ never become formulas', () => {
    const sheet = workbook.getWorksheet('Протокол')!;
    const [, second, third, fourth] = workRows(spec);
    expect(sheet.getCell('B2').value).toBe('0401');
    expect(sheet.getCell(`B${second.first}`).value).toBe('=HYPERLINK("x")');
    expect(sheet.getCell(`B${third.first}`).value).toBe('+7');
    expect(sheet.getCell(`B${fourth.first}`).value).toBe('@0009');
    expect(sheet.getCell(`D${fourth.first}`).value).toBe('-1');
    expect(sheet.getCell('B2').numFmt).toBe('@');
  });

  it('computes Расхождение by a formula in every row: X counts 0, empty expert score gives empty', () => {
    const sheet = workbook.getWorksheet('Протокол')!;
    const formula = (sheet.getCell('H2').value as ExcelJS.CellFormulaValue).formula;
    expect(formula).toBe('IF(OR(G2="",F2=""),"",IFERROR(IF(OR(G2="X",G2="Х"),0,G2)-IF(OR(F2="X",F2="Х"),0,F2),"?"))');
    const last = workRows(spec).at(-1)!.last;
    expect((sheet.getCell(`H${last}`).value as ExcelJS.CellFormulaValue).formula).toContain(`G${last}`);
  });

  it('locks the prefilled columns and the difference, unlocks the expert columns, and protects without a password', () => {
    const sheet = workbook.getWorksheet('Протокол')!;
    for (const letter of ['A', 'B', 'C', 'D', 'E', 'F', 'H']) expect(sheet.getCell(`${letter}3`).protection?.locked).not.toBe(false);
    for (const letter of ['G', 'I', 'J']) expect(sheet.getCell(`${letter}3`).protection).toMatchObject({ locked: false });
    const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, autoFilter: true, sort: true, formatColumns: true });
    expect(protection.hashValue).toBeUndefined();
  });

  it('puts the grid in an Excel table with filter buttons under a frozen header row', () => {
    const sheet = workbook.getWorksheet('Протокол')!;
    const tables = sheet.getTables() as unknown as Array<{ table: { ref: string; tableRef?: string; columns: Array<{ filterButton?: boolean }> } }>;
    expect(tables).toHaveLength(1);
    const last = workRows(spec).at(-1)!.last;
    expect(tables[0].table.tableRef ?? tables[0].table.ref).toMatch(new RegExp(`^A1(:J${last})?$`));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('bands rows by work: a heavier line above each work and alternating shades', () => {
    const sheet = workbook.getWorksheet('Протокол')!;
    const [first, second] = workRows(spec);
    expect(sheet.getCell(`A${first.first}`).border?.top?.style).toBe('medium');
    expect(sheet.getCell(`A${first.first + 1}`).border?.top?.style).toBe('thin');
    const shade = (row: number): unknown => (sheet.getCell(`A${row}`).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(shade(first.first)).toBe(shade(first.last));
    expect(shade(second.first)).not.toBe(shade(first.first));
  });

  it('is print-ready: landscape, one page wide, header row repeated, the expert and a signature line in the footer', () => {
    const sheet = workbook.getWorksheet('Протокол')!;
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(sheet.headerFooter.oddFooter).toContain('Эксперт: Эксперт Тестовый && Ко');
    expect(sheet.headerFooter.oddFooter).toContain('Подпись: ____');
  });

  it('names no school or pupil and sets neutral workbook properties', async () => {
    expect([workbook.creator, workbook.lastModifiedBy, workbook.title, workbook.company]).toEqual(['Recheck', 'Recheck', 'Recheck', 'Recheck']);
    const core = await unzipText(bytes, 'docProps/core.xml');
    const app = await unzipText(bytes, 'docProps/app.xml');
    expect(core).not.toMatch(/МБОУ|СОШ|школа/i);
    expect(app).toContain('<Company>Recheck</Company>');
  });

  it('lists the tasks of each variant on Комментарии, with unlocked cells for the expert', async () => {
    const read = await readProtocolWorkbook(bytes);
    if (!read.ok) throw new Error(problemText(read.failure));
    const { comments } = read.protocol;
    const byVariant = (variant: number): string[] => comments.tasks.filter((task) => task.variants.includes(variant)).map((task) => task.task);
    expect(byVariant(1)).toEqual(spec.variantTasks[1].map((task) => task.task));
    expect(byVariant(2)).toEqual(spec.variantTasks[2].map((task) => task.task));
    const sheet = workbook.getWorksheet('Комментарии')!;
    expect(sheet.getCell('C1').value).toContain('«+»');
    for (const letter of ['C', 'D', 'E', 'F']) expect(sheet.getCell(`${letter}2`).protection).toMatchObject({ locked: false });
    expect(sheet.getCell('B2').protection?.locked).not.toBe(false);
  });

  it('shares comment rows between variants with the same tasks', async () => {
    const same = makeSpec({ works: 2, tasks: 4 });
    const read = await readProtocolWorkbook(await buildProtocolWorkbook(same, SECRET));
    if (!read.ok) throw new Error(problemText(read.failure));
    expect(read.protocol.comments.tasks.map((task) => [task.variants, task.task])).toEqual(same.variantTasks[1].map((task) => [[1, 2], task.task]));
  });

  it('shows the seven error codes with the regulation\'s full texts on Коды ошибок', () => {
    const sheet = workbook.getWorksheet('Коды ошибок')!;
    expect(ERROR_CODES.map((code) => code.code)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    ERROR_CODES.forEach((code, index) => {
      expect(sheet.getCell(`A${index + 2}`).value).toBe(code.code);
      expect(sheet.getCell(`B${index + 2}`).value).toBe(code.text);
    });
    expect(sheet.getCell('B2').value).toBe('В специальном поле для отметок бланка проверочной работы проставлены баллы при отсутствии ответа обучающегося');
    expect(ERROR_CODES.filter((code) => code.needsExplanation).map((code) => code.code)).toEqual([6, 7]);
    expect(sheet.getCell('Z1').value).toBeNull();
  });

  it('totals each work on Итоги by formulas, matched by code', () => {
    const sheet = workbook.getWorksheet('Итоги')!;
    expect([sheet.getCell('A2').value, sheet.getCell('B2').value]).toEqual([spec.works[0].schoolCode, spec.works[0].workCode]);
    const formula = (cell: string): string => (sheet.getCell(cell).value as ExcelJS.CellFormulaValue).formula;
    expect(formula('G2')).toMatch(/^SUMPRODUCT\(\('Протокол'!\$A\$2:\$A\$\d+=\$A2\)\*\('Протокол'!\$B\$2:\$B\$\d+=\$B2\),'Протокол'!\$F\$2:\$F\$\d+\)$/);
    expect(formula('I2')).toBe('IF(E2=D2,H2-G2,"")');
    expect(sheet.getCell(`A${spec.works.length + 2}`).value).toBe('Итого');
  });

  it('keeps the format version, package, expert, creation time, checksum and signature on the hidden sheet', async () => {
    const read = await readProtocolWorkbook(bytes);
    if (!read.ok) throw new Error(problemText(read.failure));
    expect(read.protocol.meta).toMatchObject({
      formatVersion: 2,
      round: 1,
      reviewer: 'expert',
      packageId: spec.packageId,
      expert: spec.expert,
      subject: spec.subject,
      grade: spec.grade,
      createdAt: spec.createdAt,
      deadline: spec.deadline,
    });
    expect(read.protocol.meta.completedAt).toBeUndefined();
    expect(read.protocol.meta.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(read.protocol.meta.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(read.protocol.originals).toHaveLength(read.protocol.rows.length);
  });

  it('reads back the rows it wrote', async () => {
    const read = await readProtocolWorkbook(bytes);
    if (!read.ok) throw new Error(problemText(read.failure));
    const expected = spec.works.flatMap((work) =>
      work.tasks.map((task) => ({ schoolCode: work.schoolCode, workCode: work.workCode, variant: work.variant, task: task.task, max: task.max, schoolScore: task.schoolScore })),
    );
    expect(read.protocol.rows.map(({ schoolCode, workCode, variant, task, max, schoolScore }) => ({ schoolCode, workCode, variant, task, max, schoolScore }))).toEqual(expected);
    expect(read.protocol.rows.every((row) => row.expertScore.kind === 'empty' && row.errorCode === null && row.explanation === '')).toBe(true);
  });

  it('refuses a spec without any task', async () => {
    await expect(buildProtocolWorkbook({ ...spec, works: [] }, SECRET)).rejects.toThrow(RangeError);
  });

  it('builds and reads back 150 works of 20 tasks', async () => {
    const big = makeSpec({ works: 150, tasks: 20 });
    const started = performance.now();
    const built = await buildProtocolWorkbook(big, SECRET);
    const elapsed = performance.now() - started;
    const read = await readProtocolWorkbook(built);
    expect(read.ok && read.protocol.rows.length).toBe(3000);
    // A figure for the note, not an assertion: a timed test fails on a busy machine.
    console.log(`protocol of 150 works × 20 tasks: built in ${Math.round(elapsed)} ms, ${Math.round(built.length / 1024)} KB`);
  });
});
