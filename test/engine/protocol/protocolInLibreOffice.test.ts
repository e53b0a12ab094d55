import ExcelJS from 'exceljs';
import { buildProtocolWorkbook, checkProtocol, readProtocolWorkbook, type ProtocolSpec } from '../../../src/engine/protocol';
import type { ScoreValue } from '../../../src/engine/scores';
import { convertWithLibreOffice, parseCsv } from '../../support/libreOffice';
import { editProtocol, expertFilling, makeSpec, points, SECRET, unzipText, workRows } from './protocolFixtures';
import { problemText } from '../../../src/engine/wording';

/**
 * Opens generated protocols in LibreOffice headless (two soffice runs for the whole file): re-saved as xlsx
 * they must stay valid protocols; exported to CSV their formulas must have computed.
 */
describe('a protocol opened in LibreOffice', () => {
  let spec: ProtocolSpec;
  let fresh: Uint8Array;
  let partial: Uint8Array;
  /** The expert's scores of the partial filling, by sheet row; absent: left empty. */
  const expertByRow = new Map<number, ScoreValue>();
  let resaved: Map<string, Uint8Array>;
  let csv: Map<string, Uint8Array>;

  beforeAll(async () => {
    spec = makeSpec({ works: 5, tasks: 6 });
    spec.works[1].workCode = '=1+1';
    fresh = await buildProtocolWorkbook(spec, SECRET);
    const filling = expertFilling(spec);
    const lastWork = workRows(spec).at(-1)!;
    const edits: Record<string, ExcelJS.CellValue> = {};
    filling.expert.forEach((score, index) => {
      const row = index + 2;
      if (row >= lastWork.first) return; // the last work is left to do
      expertByRow.set(row, score);
    });
    for (const [cell, value] of Object.entries(filling.edits)) if (Number(cell.slice(1)) < lastWork.first) edits[cell] = value;
    // Cyrillic Х where the school wrote X: the expert agrees on a missing answer.
    const tasks = spec.works.flatMap((work) => work.tasks);
    const xRow = [...expertByRow.keys()].find((row) => tasks[row - 2].schoolScore.kind === 'no-answer');
    if (xRow === undefined) throw new Error('the fixture needs a missing answer in the filled rows');
    edits[`G${xRow}`] = 'Х';
    delete edits[`I${xRow}`];
    delete edits[`J${xRow}`];
    expertByRow.set(xRow, { kind: 'no-answer' });
    partial = await editProtocol(fresh, edits);

    resaved = await convertWithLibreOffice(
      [
        { name: 'fresh.xlsx', bytes: fresh },
        { name: 'partial.xlsx', bytes: partial },
      ],
      'xlsx',
    );
    csv = await convertWithLibreOffice(
      [
        { name: 'partial.xlsx', bytes: partial },
        { name: 'resaved.xlsx', bytes: output(resaved, 'partial.xlsx') },
      ],
      'csv',
    );
  }, 180_000);

  function output(files: Map<string, Uint8Array>, name: string): Uint8Array {
    const found = [...files].find(([file]) => file.normalize('NFC') === name.normalize('NFC'));
    if (!found) throw new Error(`LibreOffice wrote no ${name}; it wrote: ${[...files.keys()].join(', ')}`);
    return found[1];
  }

  function sheetCsv(base: string, sheet: string): string[][] {
    return parseCsv(output(csv, `${base}-${sheet}.csv`));
  }

  it('re-saves a fresh protocol that still reads with its checksum and signature intact', async () => {
    const check = await checkProtocol(output(resaved, 'fresh.xlsx'), { secret: SECRET });
    expect(check.readable).toBe(true);
    expect(new Set(check.problems.map((problem) => problem.problem))).toEqual(new Set(['missing-expert-score']));
    expect(check.problems).toHaveLength(30);
  });

  it('re-saves a partly filled protocol with the expert\'s entries and nothing else to report', async () => {
    const bytes = output(resaved, 'partial.xlsx');
    const check = await checkProtocol(bytes, { secret: SECRET });
    const lastWork = workRows(spec).at(-1)!;
    expect(check.problems.map((problem) => `${problem.problem} ${problem.row}`)).toEqual(
      Array.from({ length: lastWork.last - lastWork.first + 1 }, (_, index) => `missing-expert-score ${lastWork.first + index}`),
    );
    const read = await readProtocolWorkbook(bytes);
    if (!read.ok) throw new Error(problemText(read.failure));
    for (const row of read.protocol.rows) {
      const expected = expertByRow.get(row.row) ?? { kind: 'empty' };
      expect(row.expertScore).toEqual(expected);
    }
  });

  it('keeps the table, the validation rules, the conditional formatting and the protection when re-saving', async () => {
    const bytes = output(resaved, 'fresh.xlsx');
    const xml = await unzipText(bytes, 'xl/worksheets/sheet1.xml');
    const lastRow = workRows(spec).at(-1)!.last;
    expect(xml).toMatch(/<sheetProtection[^>]*sheet="(1|true)"/);
    expect(xml).toContain(`sqref="G2:G${lastRow}"`);
    expect(xml).toContain(`sqref="I2:I${lastRow}"`);
    expect(xml).toContain('&apos;Коды ошибок&apos;!$A$2:$A$8');
    expect(xml.match(/<conditionalFormatting/g)?.length).toBeGreaterThanOrEqual(4);
    expect(xml).toContain('<tableParts');
  });

  function expectedDifference(row: number): string {
    const expert = expertByRow.get(row);
    if (!expert) return '';
    const task = spec.works.flatMap((work) => work.tasks)[row - 2];
    return String(points(expert) - points(task.schoolScore));
  }

  it.each(['partial', 'resaved'])('computes Расхождение in every row (%s): X counts 0, an empty score gives empty', (base) => {
    const rows = sheetCsv(base, 'Протокол');
    expect(rows[0][7]).toBe('Расхождение');
    const lastRow = workRows(spec).at(-1)!.last;
    const differences = rows.slice(1, lastRow).map((cells) => cells[7]);
    expect(differences).toEqual(Array.from({ length: lastRow - 1 }, (_, index) => expectedDifference(index + 2)));
    expect(differences.filter((value) => value !== '' && value !== '0').length).toBeGreaterThan(0);
    // Codes keep their leading zeros; a code that looks like a formula stays text.
    expect(rows[1][1]).toBe('0401');
    expect(rows[workRows(spec)[1].first - 1][1]).toBe('=1+1');
  });

  it.each(['partial', 'resaved'])('computes the per-work totals on Итоги (%s)', (base) => {
    const rows = sheetCsv(base, 'Итоги');
    const ranges = workRows(spec);
    spec.works.forEach((work, index) => {
      const cells = rows[index + 1];
      const sheetRows = Array.from({ length: ranges[index].last - ranges[index].first + 1 }, (_, offset) => ranges[index].first + offset);
      const scored = sheetRows.filter((row) => expertByRow.has(row));
      const school = work.tasks.reduce((sum, task) => sum + points(task.schoolScore), 0);
      const expert = scored.reduce((sum, row) => sum + points(expertByRow.get(row)!), 0);
      const differing = scored.filter((row) => expectedDifference(row) !== '0').length;
      const max = work.tasks.reduce((sum, task) => sum + task.max, 0);
      const complete = scored.length === work.tasks.length;
      expect(cells).toEqual([
        work.schoolCode,
        work.workCode,
        String(work.variant),
        String(work.tasks.length),
        String(scored.length),
        String(max),
        String(school),
        String(expert),
        complete ? String(expert - school) : '',
        String(differing),
      ]);
    });
    const total = rows[spec.works.length + 1];
    expect(total[0]).toBe('Итого');
    expect(total[1]).toBe(String(spec.works.length));
  });
});
