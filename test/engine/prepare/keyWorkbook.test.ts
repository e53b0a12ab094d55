import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildKeyWorkbook, readKeySecret, readKeyWorkbook, type KeyFile } from '../../../src/engine';

const KEY: KeyFile = {
  formatVersion: 2,
  createdAt: '2026-11-22T10:00:00.000Z',
  seed: 42,
  secret: 'cd'.repeat(32),
  schools: [
    { code: 'ОО-017', municipality: 'Боханский район', school: 'МБОУ "Тарасинская СОШ"', subject: 'русский язык', grade: 6, works: 2 },
    { code: 'ОО-230', municipality: 'г. Иркутск', school: '=HYPERLINK("x")', subject: 'математика', grade: 5, works: 1 },
  ],
  packages: [
    {
      packageId: '2026-Т1-Э01-1', round: 1, reviewer: { kind: 'expert', id: 'Э01', name: 'Иванова Анна', school: 'Лицей №1', municipality: 'г. Иркутск' },
      subject: 'русский язык', grade: 6, works: 2, fileName: 'Э01 Иванова Анна — русский язык, 6 класс.zip',
    },
    {
      packageId: '2026-Т2-ОО-230-1', round: 2, reviewer: { kind: 'commission', id: 'ОО-230', name: 'Комиссия ОО-230', school: 'МБОУ СОШ №7', municipality: 'г. Иркутск' },
      subject: 'математика', grade: 5, works: 1, fileName: 'ОО-230 Комиссия — математика, 5 класс (тур 2).zip',
    },
  ],
  works: [
    { schoolCode: 'ОО-017', workCode: '04001', variant: 1, packageId: '2026-Т1-Э01-1', round: 1, reviewerName: 'Иванова Анна', archive: 'Бохан.zip', path: 'Б/Ш, русский язык, 6 класс/04001_вар.1.pdf' },
    { schoolCode: 'ОО-017', workCode: '04002', variant: 2, packageId: '2026-Т1-Э01-1', round: 1, reviewerName: 'Иванова Анна', archive: 'Бохан.zip', path: 'Б/Ш, русский язык, 6 класс/04002_вар.2.pdf' },
    { schoolCode: 'ОО-230', workCode: '40001', variant: 1, packageId: '2026-Т2-ОО-230-1', round: 2, reviewerName: 'Комиссия ОО-230', archive: 'Иркутск.zip', path: 'И/40001_вар.1.pdf' },
  ],
};

async function edited(bytes: Uint8Array, change: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  change(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('the key workbook', () => {
  it('reads back exactly what was written', async () => {
    const read = await readKeyWorkbook(await buildKeyWorkbook(KEY));
    expect(read).toEqual({ ok: true, key: KEY });
  });

  it('is found by its tables when the coordinator renamed the sheets, moved columns and relabelled the settings', async () => {
    const bytes = await edited(await buildKeyWorkbook(KEY), (workbook) => {
      for (const sheet of workbook.worksheets) sheet.name = `Лист ${sheet.id}`;
      const settings = workbook.worksheets[0];
      for (let row = 5; row <= 9; row += 1) settings.getCell(row, 1).value = `параметр ${row}`;
      const works = workbook.worksheets[3];
      works.spliceColumns(1, 0, ['Заметки', 'проверить', '', '']);
    });
    expect(await readKeyWorkbook(bytes)).toEqual({ ok: true, key: KEY });
  });

  it('keeps reading a key written before rounds (format 1) as round 1 of experts', async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/format1/key-format1.xlsx')));
    const read = await readKeyWorkbook(bytes);
    if (!read.ok) throw new Error(read.problem);
    expect(read.key).toMatchObject({ formatVersion: 1, createdAt: '2026-05-04T09:30:00.000Z', seed: 7, secret: 'ab'.repeat(32) });
    expect(read.key.schools).toEqual([
      { code: 'ОО-01', municipality: 'Боханский район', school: 'МБОУ Витимская СОШ', subject: 'русский язык', grade: 6, works: 2 },
      { code: 'ОО-02', municipality: 'Боханский район', school: 'МБОУ "Тарасинская СОШ"', subject: 'русский язык', grade: 6, works: 1 },
    ]);
    expect(read.key.packages).toEqual([
      {
        packageId: '2026-Э01-1', round: 1, reviewer: { kind: 'expert', id: 'Э01', name: 'Иванова Анна Петровна', school: 'МБОУ СОШ №5', municipality: 'Город' },
        subject: 'русский язык', grade: 6, works: 2, fileName: 'Э01 Иванова Анна Петровна — русский язык, 6 класс.zip',
      },
      {
        packageId: '2026-Э02-1', round: 1, reviewer: { kind: 'expert', id: 'Э02', name: 'Петров Пётр', school: 'Гимназия №1', municipality: 'Районный' },
        subject: 'русский язык', grade: 6, works: 1, fileName: 'Э02 Петров Пётр — русский язык, 6 класс.zip',
      },
    ]);
    expect(read.key.works.map((w) => [w.schoolCode, w.workCode, w.variant, w.packageId, w.round, w.reviewerName])).toEqual([
      ['ОО-01', '40001', 1, '2026-Э01-1', 1, 'Иванова Анна Петровна'],
      ['ОО-01', '40002', 2, '2026-Э01-1', 1, 'Иванова Анна Петровна'],
      ['ОО-02', '04003', 1, '2026-Э02-1', 1, 'Петров Пётр'],
    ]);
    expect(read.key.works[2].path).toBe('Боханский район/МБОУ Тарасинская СОШ, русский язык, 6 класс/04003_вар.1.pdf');
    expect(await readKeySecret(bytes)).toBe('ab'.repeat(32));
  });

  it('refuses a newer format, a workbook that is no key, and bytes that are no workbook', async () => {
    const newer = await edited(await buildKeyWorkbook(KEY), (workbook) => {
      workbook.worksheets[0].getCell('B6').value = 3;
    });
    expect(await readKeyWorkbook(newer)).toEqual({ ok: false, problem: 'newer-key', version: '3' });
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Лист1').getCell('A1').value = 'Код ОО';
    expect(await readKeyWorkbook(new Uint8Array(await other.xlsx.writeBuffer()))).toMatchObject({ ok: false, problem: 'not-a-key' });
    expect(await readKeyWorkbook(new TextEncoder().encode('not a zip'))).toMatchObject({ ok: false, problem: 'broken-workbook' });
    expect(await readKeySecret(new TextEncoder().encode('not a zip'))).toBeNull();
  });
});
