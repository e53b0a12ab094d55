/**
 * Generated protocol specs and an "expert" who edits a protocol workbook with ExcelJS, the way Excel would
 * save typed values. Test-only (ExcelJS with Node's Buffer).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ProtocolSpec, ProtocolWork } from '../../../src/engine/protocol';
import type { ScoreValue, Task } from '../../../src/engine/scores';

export const SECRET = 'координатор-секрет-2026';

export interface SpecOptions {
  works?: number;
  tasks?: number;
  /** Give variant 2 a different task list (so Комментарии has two groups). */
  differentVariant2?: boolean;
}

export function taskList(count: number): Task[] {
  const labels = ['1', '2', '3(1)', '3(2)', 'К1', '4К1', '9.1', '12.2'];
  return Array.from({ length: count }, (_, index) => ({
    task: index < labels.length ? labels[index] : String(index + 1),
    max: (index % 3) + 1,
  }));
}

/** The school's score for work `w`, task `t`: a deterministic mix of scores and X. */
export function schoolScoreFor(w: number, t: number, max: number): ScoreValue {
  if ((w + t) % 7 === 3) return { kind: 'no-answer' };
  return { kind: 'score', value: (w * 3 + t) % (max + 1) };
}

export function makeSpec(options: SpecOptions = {}): ProtocolSpec {
  const workCount = options.works ?? 3;
  const tasks1 = taskList(options.tasks ?? 5);
  const tasks2 = options.differentVariant2 ? taskList((options.tasks ?? 5) + 1).slice(1) : tasks1;
  const works: ProtocolWork[] = Array.from({ length: workCount }, (_, w) => {
    const variant = (w % 2) + 1;
    const tasks = variant === 1 ? tasks1 : tasks2;
    return {
      schoolCode: `ОО-${String((w % 3) + 1).padStart(2, '0')}`,
      workCode: String(401 + w).padStart(4, '0'),
      variant,
      tasks: tasks.map((task, t) => ({ task: task.task, max: task.max, schoolScore: schoolScoreFor(w, t, task.max) })),
    };
  });
  return {
    packageId: 'PKG-2026-007',
    expert: 'Эксперт Тестовый & Ко',
    subject: 'русский язык',
    grade: 6,
    createdAt: '2026-05-04T09:30:00.000Z',
    deadline: '2026-06-30',
    works,
    variantTasks: { 1: tasks1, 2: tasks2 },
  };
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Edits cells (`'Протокол!G2'` or `'G2'` for Протокол) and saves, as an expert would in Excel. */
export async function editProtocol(
  bytes: Uint8Array,
  edits: Record<string, ExcelJS.CellValue>,
  change?: (workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = await loadWorkbook(bytes);
  for (const [address, value] of Object.entries(edits)) {
    const [sheetName, cell] = address.includes('!') ? address.split('!') : ['Протокол', address];
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    sheet.getCell(cell).value = value;
  }
  change?.(workbook);
  return saveWorkbook(workbook);
}

/** The points of a score (X counts 0). */
export function points(score: ScoreValue): number {
  return score.kind === 'score' ? score.value : 0;
}

/**
 * A complete, correct filling: the expert agrees everywhere except every fourth row, where the score is one
 * lower (or higher at 0) with code 3; the first such row of a work gets code 6 with an explanation; X where the
 * school wrote X, and 0 where the school wrote X in every fifth row (X and 0 agree).
 */
export function expertFilling(spec: ProtocolSpec): { edits: Record<string, ExcelJS.CellValue>; expert: ScoreValue[] } {
  const edits: Record<string, ExcelJS.CellValue> = {};
  const expert: ScoreValue[] = [];
  let row = 2;
  spec.works.forEach((work) => {
    let explained = false;
    work.tasks.forEach((task) => {
      let score: ScoreValue = task.schoolScore;
      if (task.schoolScore.kind === 'no-answer' && row % 5 === 0) score = { kind: 'score', value: 0 };
      if (row % 4 === 0) {
        const school = points(task.schoolScore);
        score = { kind: 'score', value: school > 0 ? school - 1 : Math.min(1, task.max) };
        if (!explained) {
          edits[`I${row}`] = 6;
          edits[`J${row}`] = 'Балл завышен за недочёт, не описанный в критериях';
          explained = true;
        } else {
          edits[`I${row}`] = 3;
        }
      }
      edits[`G${row}`] = score.kind === 'score' ? score.value : score.kind === 'no-answer' ? 'X' : null;
      expert.push(score);
      row += 1;
    });
  });
  return { edits, expert };
}

export async function unzipText(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file(path);
  if (!entry) throw new Error(`no ${path} in the workbook`);
  return entry.async('string');
}

/** The row numbers of a spec's works: first and last sheet row of each. */
export function workRows(spec: ProtocolSpec): Array<{ first: number; last: number }> {
  let row = 2;
  return spec.works.map((work) => {
    const first = row;
    row += work.tasks.length;
    return { first, last: row - 1 };
  });
}
