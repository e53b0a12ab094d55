import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isEncryptedWorkbook, isOldExcel, workbookKind } from '../../../src/engine/scoreSheets';
import { makeOleContainer, makeScoreSheet, sampleRows } from '../../support/scoreSheetFactory';
import { codesOf, read, realForm } from './helpers';
import { problemText } from '../../../src/engine/wording';

describe('files that are not a readable .xlsx', () => {
  it('an old .xls (an OLE file with a Workbook stream) is old-excel', async () => {
    const xls = makeOleContainer(['Workbook', '\u0005SummaryInformation']);
    expect(workbookKind(xls)).toBe('old-excel');
    expect(isOldExcel(xls)).toBe(true);
    expect(isEncryptedWorkbook(xls)).toBe(false);
    const result = await read(xls);
    expect(result.ok).toBe(false);
    expect(codesOf(result.problems)).toEqual(['old-excel']);
  });

  it('a password-protected .xlsx (an OLE file with EncryptionInfo) is encrypted-workbook, not old-excel', async () => {
    const encrypted = makeOleContainer(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']);
    expect(workbookKind(encrypted)).toBe('encrypted-workbook');
    expect(isOldExcel(encrypted)).toBe(false);
    expect(isEncryptedWorkbook(encrypted)).toBe(true);
    const result = await read(encrypted);
    expect(codesOf(result.problems)).toEqual(['encrypted-workbook']);
    expect(problemText(result.problems[0])).toMatch(/сн\S+ пароль/);
  });

  it('finds the streams in a directory that spans several sectors', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'EncryptionInfo'];
    expect(workbookKind(makeOleContainer(names))).toBe('encrypted-workbook');
  });

  it('an OLE file whose directory cannot be read names both possibilities', async () => {
    const truncated = makeOleContainer(['Workbook']).slice(0, 600);
    expect(workbookKind(truncated)).toBe('ole-unknown');
    const result = await read(truncated);
    expect(codesOf(result.problems)).toEqual(['broken-workbook']);
    expect(problemText(result.problems[0])).toContain('.xls');
    expect(problemText(result.problems[0])).toContain('паролем');
  });

  it('an empty file, a PDF and a damaged ZIP are broken-workbook', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
    const xlsx = realForm('base_form_2024-11-12.xlsx');
    for (const bytes of [new Uint8Array(0), pdf, xlsx.slice(0, 2000)]) {
      const result = await read(bytes);
      expect(result.ok).toBe(false);
      expect(codesOf(result.problems)).toEqual(['broken-workbook']);
    }
  });

  it('a real .xlsx is an xlsx', () => {
    expect(workbookKind(realForm('base_form_2025-05-06.xlsx'))).toBe('xlsx');
    expect(isOldExcel(realForm('base_form_2025-05-06.xlsx'))).toBe(false);
  });
});

// LibreOffice writes real .xls files and re-saves .xlsx files as other tools do (.ci/run installs it).
const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p)) ?? 'soffice';
describe('files written by LibreOffice', () => {
  let dir = '';
  let xls: Uint8Array;
  let resaved: Uint8Array;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'recheck-score-sheets-'));
    const source = path.join(dir, 'form.xlsx');
    const tasks = ['1 (2б)', '2 (1б)', '4К1 (3б)'];
    const rows = [...sampleRows(5, tasks), { code: 40006, absent: true }];
    writeFileSync(source, await makeScoreSheet({ tasks, rows, presizedRows: 200 }));
    const run = (format: string, out: string): void => {
      execFileSync(SOFFICE, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', format, '--outdir', path.join(dir, out), source], {
        stdio: 'ignore',
        timeout: 120_000,
      });
    };
    run('xls', 'xls');
    run('xlsx:Calc MS Excel 2007 XML', 'xlsx');
    xls = new Uint8Array(readFileSync(path.join(dir, 'xls', 'form.xls')));
    resaved = new Uint8Array(readFileSync(path.join(dir, 'xlsx', 'form.xlsx')));
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a real .xls is old-excel', async () => {
    expect(workbookKind(xls)).toBe('old-excel');
    expect(codesOf((await read(xls)).problems)).toEqual(['old-excel']);
  });

  it('a form re-saved by LibreOffice reads the same', async () => {
    const result = await read(resaved);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.problems).toEqual([]);
    expect(result.sheet.rows.map((r) => r.code)).toEqual(['40001', '40002', '40003', '40004', '40005', '40006']);
    expect(result.sheet.rows[5].absent).toBe(true);
    expect(result.sheet.tasks.map((t) => t.task)).toEqual(['1', '2', '4К1']);
  });
});
