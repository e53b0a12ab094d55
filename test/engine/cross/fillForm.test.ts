import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedWork } from '../../../src/engine/cross/checkRows';
import { fillForm } from '../../../src/engine/cross/fillForm';
import { readXlsxParts, worksheetPart } from '../../../src/engine/cross/xlsxParts';
import { readScoreSheet, type ScoreSheet } from '../../../src/engine/scoreSheets';
import type { ScoreValue } from '../../../src/engine/scores';
import { convertWithLibreOffice, parseCsv } from '../../support/libreOffice';

const FORMS = join(__dirname, '..', '..', 'fixtures', 'school-forms');
const WHEN = new Date(2026, 3, 22, 12, 0, 0);

async function formOf(name: string): Promise<{ bytes: Uint8Array; sheet: ScoreSheet }> {
  const bytes = new Uint8Array(readFileSync(join(FORMS, name)));
  const read = await readScoreSheet(bytes, { archive: '', path: name });
  if (!read.ok) throw new Error('form not read');
  return { bytes, sheet: read.sheet };
}

/** Checked results for the first `count` participants: the maximum on every task but the last, X there. */
function results(sheet: ScoreSheet, count: number): CheckedWork[] {
  return sheet.rows.filter((row) => !row.absent).slice(0, count).map((row, index) => ({
    sheetRow: index + 2, file: 'Ш-101 4А.pdf', code: row.code, variant: row.variant ?? 1,
    scores: Object.fromEntries(sheet.tasks.map((task, t): [string, ScoreValue] => [task.task, t === sheet.tasks.length - 1 ? { kind: 'no-answer' } : { kind: 'score', value: task.max }])),
  }));
}

const CELL = /<c\b[^>]*?\sr="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

function cellsOf(xml: string): Map<string, string> {
  return new Map([...xml.matchAll(CELL)].map((m) => [m[1], m[0]]));
}

describe('filling an origin school’s own ФИС ОКО form', () => {
  for (const name of ['base_form_2024-11-12.xlsx', 'base_form_2025-05-06.xlsx']) {
    describe(name, () => {
      let original: { bytes: Uint8Array; sheet: ScoreSheet };
      let filled: Awaited<ReturnType<typeof fillForm>>;
      let works: CheckedWork[];
      beforeAll(async () => {
        original = await formOf(name);
        works = results(original.sheet, 10);
        filled = await fillForm(original.bytes, original.sheet, works, WHEN);
      });

      it('writes the scores of each participant found by code and variant', async () => {
        if (!filled.ok) throw new Error(filled.reason);
        expect(filled.fill.filled).toBe(10);
        expect(filled.fill.cells).toBe(10 * original.sheet.tasks.length);
        const read = await readScoreSheet(filled.fill.bytes, { archive: '', path: name });
        if (!read.ok) throw new Error('filled form not read');
        for (const work of works) expect(read.sheet.rows.find((row) => row.code === work.code)?.scores).toEqual(work.scores);
        // Participants without a result keep what the school typed.
        for (const row of original.sheet.rows.filter((r) => !works.some((w) => w.code === r.code))) {
          expect(read.sheet.rows.find((r) => r.code === row.code)).toEqual(row);
        }
      });

      it('keeps every other part of the file byte for byte, and the workbook part but for fullCalcOnLoad', async () => {
        if (!filled.ok) throw new Error(filled.reason);
        const before = await readXlsxParts(original.bytes);
        const after = await readXlsxParts(filled.fill.bytes);
        expect(after.map((p) => p.name)).toEqual(before.map((p) => p.name));
        const sheetPart = worksheetPart(before, original.sheet.sheetName);
        for (const part of before) {
          const other = after.find((p) => p.name === part.name)!;
          if (part.name === sheetPart) continue;
          if (part.name === 'xl/workbook.xml') {
            expect(new TextDecoder().decode(other.bytes).replace(' fullCalcOnLoad="1"', '')).toBe(new TextDecoder().decode(part.bytes));
            continue;
          }
          expect({ part: part.name, same: Buffer.compare(Buffer.from(part.bytes), Buffer.from(other.bytes)) === 0 }).toEqual({ part: part.name, same: true });
        }
      });

      it('changes only the score cells in the sheet (formula results of those rows left to recompute)', async () => {
        if (!filled.ok) throw new Error(filled.reason);
        const before = await readXlsxParts(original.bytes);
        const after = await readXlsxParts(filled.fill.bytes);
        const part = worksheetPart(before, original.sheet.sheetName)!;
        const xmlBefore = new TextDecoder().decode(before.find((p) => p.name === part)!.bytes);
        const xmlAfter = new TextDecoder().decode(after.find((p) => p.name === part)!.bytes);
        const outside = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '');
        expect(outside(xmlAfter)).toBe(outside(xmlBefore));
        const cellsBefore = cellsOf(xmlBefore);
        const cellsAfter = cellsOf(xmlAfter);
        const writtenRows = new Set(original.sheet.rows.filter((r) => works.some((w) => w.code === r.code)).map((r) => r.row));
        const changed = [...cellsBefore.keys()].filter((ref) => {
          const rowNumber = Number(/\d+$/.exec(ref)![0]);
          const a = cellsBefore.get(ref)!;
          const b = cellsAfter.get(ref);
          if (a === b) return false;
          // A formula cell of a written row differs only by its dropped cached value.
          if (writtenRows.has(rowNumber) && /<f\b/.test(a) && b === a.replace(/<v>[\s\S]*?<\/v>/, '')) return false;
          return true;
        });
        expect(changed.length).toBe(10 * original.sheet.tasks.length);
        expect([...cellsAfter.keys()].filter((ref) => !cellsBefore.has(ref))).toEqual([]);
        expect(changed.every((ref) => writtenRows.has(Number(/\d+$/.exec(ref)![0])))).toBe(true);
      });

      it('lists the rows left without results and the cells it overwrote', () => {
        if (!filled.ok) throw new Error(filled.reason);
        const without = filled.fill.problems.filter((p) => p.facts.problem === 'cross-row-without-result').map((p) => (p.facts as { participant: string }).participant);
        expect(without).toEqual(original.sheet.rows.filter((r) => !r.absent && !works.some((w) => w.code === r.code)).map((r) => r.code));
        expect(filled.fill.overwritten.length).toBeGreaterThan(0);
        expect(filled.fill.overwritten.every((cell) => cell.startsWith(`${original.sheet.sheetName}!`))).toBe(true);
      });
    });
  }

  it('does not write a participant whose variant differs, and says so', async () => {
    const { bytes, sheet } = await formOf('base_form_2024-11-12.xlsx');
    const [work] = results(sheet, 1);
    const filled = await fillForm(bytes, sheet, [{ ...work, variant: work.variant + 1 }], WHEN);
    if (!filled.ok) throw new Error(filled.reason);
    expect(filled.fill.cells).toBe(0);
    expect(filled.fill.problems[0].facts).toEqual({ problem: 'cross-variant-mismatch', participant: work.code, formVariant: work.variant, protocolVariant: work.variant + 1 });
  });

  it('opens in LibreOffice with the new scores and totals computed from them', async () => {
    const { bytes, sheet } = await formOf('base_form_2024-11-12.xlsx');
    // Zero on every task but the first (its maximum): totals far from the school's own, so a stale total shows.
    const works = results(sheet, 3).map((work) => ({
      ...work,
      scores: Object.fromEntries(sheet.tasks.map((task, t): [string, ScoreValue] => [task.task, { kind: 'score', value: t === 0 ? task.max : 0 }])),
    }));
    const filled = await fillForm(bytes, sheet, works, WHEN);
    if (!filled.ok) throw new Error(filled.reason);
    const csv = await convertWithLibreOffice([{ name: 'form.xlsx', bytes: filled.fill.bytes }, { name: 'original.xlsx', bytes }], 'csv');
    const rows = parseCsv(csv.get('form-Протокол.csv') ?? csv.get('form.csv')!);
    const originalRows = parseCsv(csv.get('original-Протокол.csv') ?? csv.get('original.csv')!);
    const header = rows[0];
    const total = header.indexOf('Итого баллов');
    for (const work of works) {
      const row = rows.find((r) => r[0] === work.code)!;
      const taskCells = sheet.tasks.map((t) => row[header.findIndex((h) => h.startsWith(`${t.task} (`))]);
      expect(taskCells).toEqual(sheet.tasks.map((t, i) => String(i === 0 ? t.max : 0)));
      expect(Number(originalRows.find((r) => r[0] === work.code)![total])).toBeGreaterThan(sheet.tasks[0].max);
      expect(Number(row[total])).toBe(sheet.tasks[0].max);
    }
    // Rows not written keep their values, totals included.
    for (const row of originalRows.slice(1).filter((r) => r[0] && !works.some((w) => w.code === r[0]))) expect(rows.find((r) => r[0] === row[0])).toEqual(row);
  }, 120_000);
});
