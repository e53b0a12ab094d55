import { cellReference, readTables, tableProblems } from '../assignment/readTables';
import type { Problem } from '../problems';
import { thresholdsRise, type MarksScale } from './marksScale';
import { findScaleHeader, SCALE_FIELDS, type ScaleField } from './scaleHeader';
import { testKey } from './testKey';

export interface MarksScalesReading {
  scales: MarksScale[];
  problems: Problem[];
}

/** A score cell: a whole number, or a range `10–15` (its lower end is the lowest score, its upper the top). */
interface ScoreCell {
  lowest: number;
  highest: number | null;
}

/**
 * The marks-scale table, from an `.xlsx` (any sheet) or a CSV/text file (encoding and separator detected). The
 * header row is found by its texts: a subject column, a grade column (`Класс`/`Параллель`), the lowest score of
 * «3», «4» and «5» (headers naming the mark: `«3» от`, `Минимальный балл «3»`) and the maximum. Without a maximum
 * column, a range in the «5» column (`21–24`) gives it. A row that cannot be a scale is a problem, not a scale.
 * Whether the maximum equals the sum of task maxima is checked against the works (`computeStatistics`).
 */
export async function readMarksScales(bytes: Uint8Array, fileName: string): Promise<MarksScalesReading> {
  const { problems, report } = tableProblems(fileName);

  const read = await readTables(bytes);
  if (!read.ok) {
    report(read.failure === 'old-excel' ? { problem: 'scale-unreadable', reason: 'old-excel' } : { problem: 'scale-unreadable', reason: 'unreadable', detail: read.reason });
    return { scales: [], problems };
  }
  const header = findScaleHeader(read.tables);
  if (header === null) {
    report({ problem: 'scale-no-header' });
    return { scales: [], problems };
  }
  const { table, headerRow, columns } = header;
  const missing = SCALE_FIELDS.filter((field) => field !== 'max' && columns[field] === undefined);
  if (missing.length > 0) {
    for (const field of missing) report({ problem: 'scale-missing-column', column: field }, cellReference(table, headerRow, 0));
    return { scales: [], problems };
  }

  const scales: MarksScale[] = [];
  const firstRowOf = new Map<string, number>();
  let maximumMissingReported = false;
  for (let index = headerRow + 1; index < table.rows.length; index += 1) {
    const cells = table.rows[index];
    const text = (field: ScaleField) => {
      const column = columns[field];
      return column === undefined ? '' : (cells[column] ?? '').trim();
    };
    const at = (field: ScaleField) => cellReference(table, index, columns[field] ?? 0);
    if (SCALE_FIELDS.every((field) => text(field) === '')) continue;

    const subject = text('subject').replace(/\s+/gu, ' ');
    const grade = gradeOf(text('grade'));
    if (subject === '' || grade === null) {
      const field = subject === '' ? 'subject' : 'grade';
      report({ problem: 'scale-bad-value', column: field, value: text(field), header: headerText(field) }, at(field));
      continue;
    }
    const cellsRead = new Map<ScaleField, ScoreCell>();
    let readable = true;
    for (const field of ['lowest3', 'lowest4', 'lowest5', 'max'] as const) {
      if (field === 'max' && columns.max === undefined) continue;
      const cell = scoreCellOf(text(field));
      if (cell === null) {
        report({ problem: 'scale-bad-value', column: field, value: text(field), header: headerText(field), subject, grade }, at(field));
        readable = false;
      } else cellsRead.set(field, cell);
    }
    if (!readable) continue;
    const max = columns.max === undefined ? cellsRead.get('lowest5')!.highest : cellsRead.get('max')!.lowest;
    if (max === null) {
      if (!maximumMissingReported) report({ problem: 'scale-missing-column', column: 'max' }, cellReference(table, headerRow, 0));
      maximumMissingReported = true;
      continue;
    }
    const scale: MarksScale = {
      subject,
      grade,
      lowest3: cellsRead.get('lowest3')!.lowest,
      lowest4: cellsRead.get('lowest4')!.lowest,
      lowest5: cellsRead.get('lowest5')!.lowest,
      max,
      source: { file: fileName, cell: at('subject') },
    };
    if (!thresholdsRise(scale)) {
      report({ problem: 'scale-not-increasing', subject, grade, lowest3: scale.lowest3, lowest4: scale.lowest4, lowest5: scale.lowest5, max: scale.max }, at('lowest3'));
      continue;
    }
    const key = testKey(subject, grade);
    const firstRow = firstRowOf.get(key);
    if (firstRow !== undefined) {
      report({ problem: 'scale-duplicate', subject, grade, otherRow: firstRow }, at('subject'));
      continue;
    }
    firstRowOf.set(key, index + 1);
    scales.push(scale);
  }
  return { scales, problems };

  function headerText(field: ScaleField): string {
    const column = columns[field];
    return column === undefined ? '' : (table.rows[headerRow][column] ?? '').trim();
  }
}

/** `4`, `4 класс`, `4 кл.` → 4; grades of a Russian school are 1–11. A range (`4-5`) is no grade: a scale is per grade. */
function gradeOf(text: string): number | null {
  const match = /^(\d{1,2})(?:\s*(?:класс|кл\.?))?$/iu.exec(text);
  if (match === null) return null;
  const grade = Number(match[1]);
  return grade >= 1 && grade <= 11 ? grade : null;
}

function scoreCellOf(text: string): ScoreCell | null {
  const match = /^(\d+)(?:\s*[-–—]\s*(\d+))?$/u.exec(text);
  if (match === null) return null;
  return { lowest: Number(match[1]), highest: match[2] === undefined ? null : Number(match[2]) };
}
