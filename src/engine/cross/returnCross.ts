/**
 * `recheck cross return` and the pane: the returned check protocols, verified as the merge verifies expert
 * protocols (a readable workbook of this format, checksum intact, signed with this key, a package the key
 * holds), ciphers mapped back to schools through the key, and each origin school's results written into its
 * own ФИС ОКО forms by participant code and variant.
 *
 * Which form is whose: the school named in the form's path (file or folders), the longest name that matches
 * (so «СОШ №1» is not found in «СОШ №13»); else the school whose returned codes the form holds. Which test: the
 * subject and grade in the path, else the one whose tasks the form has.
 */
import { expandArchives } from '../merge/expandArchives';
import type { MergeInput, ProtocolState } from '../merge/types';
import type { KeyFile } from '../prepare/keyWorkbook';
import { normaliseSchool, normaliseSubject } from '../names/normalise';
import { makeProblem, type Problem, type ProblemFacts } from '../problems';
import { readScoreSheet, type ScoreSheet } from '../scoreSheets';
import { workbookKind } from '../scoreSheets/workbookKind';
import type { ArchiveCodecs } from '../archive';
import type { MergedRow } from '../statistics';
import { checkedWorks, type CheckedWork } from './checkRows';
import { fillForm } from './fillForm';
import { checkProtocolIntegrity, readCheckProtocol } from './readCheckProtocol';

export interface CrossReturnOptions {
  protocols: MergeInput[];
  key: KeyFile;
  forms: { file: string; data: Blob | Uint8Array }[];
  codecs?: ArchiveCodecs;
  /** The time written into the filled forms' ZIP headers; now by default. */
  now?: Date;
}

export interface ReturnedProtocol {
  file: string;
  state: ProtocolState;
  packageId: string | null;
  checker: string | null;
  works: number;
}

export interface FilledForm {
  school: string;
  subject: string;
  grade: number;
  /** The form as given. */
  source: string;
  bytes: Uint8Array;
  filled: number;
  cells: number;
  overwritten: string[];
}

export interface CrossReturnResult {
  protocols: ReturnedProtocol[];
  forms: FilledForm[];
  problems: Problem[];
  /**
   * Where the school had scored a work itself (its form held scores before), the two scorings task by task, the
   * checking school playing the expert: the merge's statistics (`computeStatistics`) take these rows as they are.
   */
  comparison: MergedRow[];
}

interface SchoolResults {
  school: string;
  subject: string;
  grade: number;
  works: CheckedWork[];
  tasks: string[];
}

const WORKBOOK_NAME = /\.(xlsx|xlsm)$/i;

export async function returnCross(options: CrossReturnOptions): Promise<CrossReturnResult> {
  const { key } = options;
  const problems: Problem[] = [];
  const protocols: ReturnedProtocol[] = [];
  const results = new Map<string, SchoolResults>();
  const taken = new Set<string>();

  for await (const input of expandArchives(options.protocols, { codecs: options.codecs })) {
    const entry = (state: ProtocolState, facts?: ProblemFacts, extra: Partial<ReturnedProtocol> = {}) => {
      protocols.push({ file: input.file, state, packageId: null, checker: null, works: 0, ...extra });
      if (facts) problems.push(makeProblem('', input.file, facts));
    };
    if ('failure' in input) {
      entry('broken-workbook', input.failure);
      continue;
    }
    if (!WORKBOOK_NAME.test(input.file)) {
      entry('not-a-protocol', { problem: 'not-a-protocol' });
      continue;
    }
    const bytes = await input.bytes().catch(() => null);
    const kind = bytes ? workbookKind(bytes) : 'other';
    if (!bytes || kind !== 'xlsx') {
      if (kind === 'encrypted-workbook') entry('encrypted-workbook', { problem: 'encrypted-workbook' });
      else entry('broken-workbook', { problem: 'broken-workbook', reason: kind === 'empty' ? 'empty-file' : 'not-xlsx' });
      continue;
    }
    const read = await readCheckProtocol(bytes);
    if (!read.ok) {
      entry(read.facts.problem, read.facts);
      continue;
    }
    const protocol = read.protocol;
    const integrity = await checkProtocolIntegrity(protocol, key.secret);
    const base = { packageId: protocol.packageId, checker: protocol.checker };
    if (integrity.length > 0) {
      entry(integrity[0].problem === 'signature-mismatch' ? 'foreign' : 'tampered', integrity[0], base);
      continue;
    }
    const pkg = key.packages.find((p) => p.packageId === protocol.packageId);
    if (!pkg) {
      entry('unknown-package', { problem: 'unknown-package', packageId: protocol.packageId }, base);
      continue;
    }
    if (taken.has(pkg.packageId)) {
      entry('duplicate', { problem: 'duplicate-protocol', packageId: pkg.packageId, keptFile: protocols.find((p) => p.packageId === pkg.packageId && p.state !== 'duplicate')?.file ?? '', identical: false, differences: [] }, base);
      continue;
    }
    taken.add(pkg.packageId);
    const checked = checkedWorks(protocol);
    for (const problem of checked.problems) problems.push({ ...makeProblem('', input.file, problem.facts), cell: problem.cell });
    const incomplete = checked.problems.some((p) => p.facts.reason === 'missing-score' || p.facts.reason === 'invalid-score' || p.facts.reason === 'missing-code');
    entry(incomplete ? 'incomplete' : 'merged', undefined, { ...base, checker: pkg.reviewer.name, works: checked.works.length });

    // The file a work came from names its origin school's cipher through the key.
    const cipherOf = new Map(key.works.filter((w) => w.packageId === pkg.packageId).map((w) => [w.workCode, w.schoolCode]));
    for (const work of checked.works) {
      const cipher = cipherOf.get(work.file);
      const school = key.schools.find((s) => s.code === cipher && s.subject === pkg.subject && s.grade === pkg.grade);
      if (!school) continue;
      const id = schoolTestKey(school.school, school.subject, school.grade);
      const group = results.get(id) ?? { school: school.school, subject: school.subject, grade: school.grade, works: [], tasks: protocol.tasks.map((t) => t.task) };
      group.works.push(work);
      results.set(id, group);
    }
  }

  const forms = await readForms(options.forms, problems);
  const owners = assignForms(forms, [...results.values()], key);
  const filled: FilledForm[] = [];
  const comparison: MergedRow[] = [];
  const when = options.now ?? new Date();
  for (const group of results.values()) {
    const mine = forms.filter((_, index) => owners[index] === schoolTestKey(group.school, group.subject, group.grade));
    if (mine.length === 0) {
      problems.push(makeProblem('', '', { problem: 'cross-no-form', school: group.school, subject: group.subject, grade: group.grade }));
      continue;
    }
    const byForm = new Map<number, CheckedWork[]>();
    for (const work of group.works) {
      const at = mine.findIndex((form) => form.sheet.rows.some((row) => row.code === work.code));
      if (at < 0) {
        problems.push(makeProblem('', mine[0].file, { problem: 'cross-code-not-in-form', participant: work.code, school: group.school }));
        continue;
      }
      byForm.set(at, [...(byForm.get(at) ?? []), work]);
    }
    for (const [index, form] of mine.entries()) {
      comparison.push(...comparedRows(group, form.sheet, byForm.get(index) ?? [], key));
      const result = await fillForm(form.bytes, form.sheet, byForm.get(index) ?? [], when);
      if (!result.ok) {
        problems.push(makeProblem('', form.file, { problem: 'unknown-layout', personalData: false }));
        continue;
      }
      for (const problem of result.fill.problems) problems.push({ ...makeProblem('', form.file, problem.facts), ...(problem.cell ? { cell: problem.cell } : {}) });
      filled.push({ school: group.school, subject: group.subject, grade: group.grade, source: form.file, bytes: result.fill.bytes, filled: result.fill.filled, cells: result.fill.cells, overwritten: result.fill.overwritten });
    }
  }
  return { protocols, forms: filled, problems, comparison };
}

function schoolTestKey(school: string, subject: string, grade: number): string {
  return `${school}\u0000${subject}\u0000${grade}`;
}

interface ReadForm {
  file: string;
  bytes: Uint8Array;
  sheet: ScoreSheet;
}

async function readForms(inputs: CrossReturnOptions['forms'], problems: Problem[]): Promise<ReadForm[]> {
  const forms: ReadForm[] = [];
  for (const input of inputs) {
    const bytes = input.data instanceof Uint8Array ? input.data : new Uint8Array(await input.data.arrayBuffer());
    const result = await readScoreSheet(bytes, { archive: '', path: input.file });
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    forms.push({ file: input.file, bytes, sheet: result.sheet });
  }
  return forms;
}

function folded(text: string): string {
  return normaliseSchool(text).toLowerCase().replace(/ё/g, 'е').replace(/[«»"]/g, '');
}

/** The school of each form (its key in `groups`), or null. */
function assignForms(forms: readonly ReadForm[], groups: readonly SchoolResults[], key: KeyFile): (string | null)[] {
  const schools = [...new Set(key.schools.map((s) => s.school))].sort((a, b) => b.length - a.length);
  return forms.map((form) => {
    const path = folded(form.file.replace(/\\/g, '/'));
    const named = schools.find((school) => {
      const name = folded(school);
      const at = path.indexOf(name);
      return at >= 0 && !/\d/.test(path[at + name.length] ?? '');
    });
    const candidates = named ? groups.filter((g) => g.school === named) : groups.filter((g) => g.works.some((w) => form.sheet.rows.some((row) => row.code === w.code)));
    const formTasks = form.sheet.tasks.map((t) => t.task).join('|');
    const subjectPath = normaliseSubject(form.file);
    const chosen =
      candidates.length === 1
        ? candidates[0]
        : (candidates.find((g) => subjectPath.includes(g.subject) && (subjectPath.match(/\d+/g) ?? []).map(Number).includes(g.grade)) ??
          candidates.find((g) => g.tasks.join('|') === formTasks) ??
          null);
    return chosen ? schoolTestKey(chosen.school, chosen.subject, chosen.grade) : null;
  });
}

/** The school's own scores (the form as it was) beside the checked ones, for works the school had scored. */
function comparedRows(group: SchoolResults, sheet: ScoreSheet, works: readonly CheckedWork[], key: KeyFile): MergedRow[] {
  const school = key.schools.find((s) => s.school === group.school && s.subject === group.subject && s.grade === group.grade);
  const pkg = key.packages.find((p) => key.works.some((w) => w.packageId === p.packageId && w.schoolCode === school?.code));
  const rows: MergedRow[] = [];
  for (const work of works) {
    const row = sheet.rows.find((r) => r.code === work.code);
    if (!row || row.absent || row.variant !== work.variant || Object.values(row.scores).every((score) => score.kind === 'empty')) continue;
    for (const task of sheet.tasks) {
      const checked = work.scores[task.task];
      if (!checked) continue;
      rows.push({
        municipality: school?.municipality ?? '', school: group.school, schoolCode: school?.code ?? '', expert: pkg?.reviewer.name ?? '',
        subject: group.subject, grade: group.grade, workCode: work.code, variant: work.variant,
        task: task.task, max: task.max, schoolScore: row.scores[task.task] ?? { kind: 'empty' }, expertScore: checked, errorCodes: [],
      });
    }
  }
  return rows;
}
