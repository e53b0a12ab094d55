/**
 * The commission's rows judged: which works can be carried over to the origin school's form (code, variant and
 * the scores that are scores), and what is wrong, cell by cell. A row nobody touched (no code, no variant, no
 * score) is a spare or unused row and is passed over; a work missing from the protocol shows up later as a
 * form row without a result.
 */
import { columnLetters } from '../columnLetters';
import { parseScoreCell } from '../protocol/cellValues';
import { canonicalText } from '../protocol/canonical';
import type { ProblemFacts } from '../problems';
import { cellReference } from '../scoreSheets';
import type { ScoreValue } from '../scores';
import { CHECK_COLUMNS } from './checkProtocolLayout';
import type { ReadCheckProtocol } from './readCheckProtocol';

export interface CheckedWork {
  sheetRow: number;
  /** The classroom file (its name in the package). */
  file: string;
  code: string;
  variant: number;
  /** Only the tasks whose cell holds a valid score or X. */
  scores: Record<string, ScoreValue>;
}

export interface RowProblem {
  cell: string;
  facts: ProblemFacts<'cross-row-invalid'>;
}

const CODE = /^\d{4,6}$/;

function codeText(value: unknown): string {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return canonicalText(value as string | null);
}

export function checkedWorks(protocol: ReadCheckProtocol): { works: CheckedWork[]; problems: RowProblem[] } {
  const works: CheckedWork[] = [];
  const problems: RowProblem[] = [];
  const pagesOf = new Map(protocol.files.map((f) => [f.file, f.pages]));
  const seen = new Map<string, number>();
  const ranges: { file: string; first: number; last: number; row: number }[] = [];
  const at = (letter: string, row: number) => cellReference(protocol.sheetName, row, letter.charCodeAt(0) - 64);
  const taskCell = (task: string, row: number) => `${protocol.sheetName}!${columnLetters(protocol.taskColumns[task])}${row}`;

  for (const row of protocol.rows) {
    const code = codeText(row.code);
    const variantText = canonicalText(row.variant);
    const typed = protocol.tasks.filter((task) => canonicalText(row.scores[task.task]) !== '');
    if (code === '' && variantText === '' && typed.length === 0) continue;
    const problem = (cell: string, facts: Omit<ProblemFacts<'cross-row-invalid'>, 'problem'>) => problems.push({ cell, facts: { problem: 'cross-row-invalid', ...facts } });

    if (code === '') {
      problem(at(CHECK_COLUMNS.code.letter, row.sheetRow), { reason: 'missing-code' });
      continue;
    }
    if (!CODE.test(code)) {
      problem(at(CHECK_COLUMNS.code.letter, row.sheetRow), { reason: 'bad-code', value: code });
      continue;
    }
    if (!pagesOf.has(row.file)) {
      problem(at(CHECK_COLUMNS.file.letter, row.sheetRow), { reason: 'unknown-file', participant: code, value: row.file });
      continue;
    }
    const variant = Number(variantText.replace(',', '.'));
    if (variantText === '' || !Number.isInteger(variant) || variant < 1) {
      problem(at(CHECK_COLUMNS.variant.letter, row.sheetRow), { reason: 'missing-variant', participant: code });
      continue;
    }
    if (seen.has(code)) {
      problem(at(CHECK_COLUMNS.code.letter, row.sheetRow), { reason: 'duplicate-code', participant: code });
      continue;
    }
    seen.set(code, row.sheetRow);

    const first = Number(canonicalText(row.first));
    const last = Number(canonicalText(row.last));
    const pages = pagesOf.get(row.file) ?? 0;
    if (!Number.isInteger(first) || !Number.isInteger(last) || first < 1 || last < first || last > pages) {
      problem(at(CHECK_COLUMNS.first.letter, row.sheetRow), { reason: 'bad-pages', participant: code });
    } else {
      const other = ranges.find((r) => r.file === row.file && r.first <= last && r.last >= first);
      if (other) problem(at(CHECK_COLUMNS.first.letter, row.sheetRow), { reason: 'pages-overlap', participant: code });
      ranges.push({ file: row.file, first, last, row: row.sheetRow });
    }

    const scores: Record<string, ScoreValue> = {};
    for (const task of protocol.tasks) {
      const parsed = parseScoreCell(row.scores[task.task] ?? null);
      if (parsed.kind === 'empty') problem(taskCell(task.task, row.sheetRow), { reason: 'missing-score', participant: code, task: task.task });
      else if (parsed.kind === 'invalid' || (parsed.kind === 'score' && (parsed.value < 0 || parsed.value > task.max || !Number.isInteger(parsed.value)))) {
        problem(taskCell(task.task, row.sheetRow), { reason: 'invalid-score', participant: code, task: task.task, value: parsed.kind === 'invalid' ? parsed.text : String(parsed.value), max: task.max });
      } else scores[task.task] = parsed;
    }
    works.push({ sheetRow: row.sheetRow, file: row.file, code, variant, scores });
  }
  return { works, problems };
}
