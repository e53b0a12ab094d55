/**
 * The cross-check, stage 1 (plan → packages → key): from a bank indexed from the schools' archives, the
 * classroom files with their numbers of works (counts table, else cover letter), the task list of each test
 * (any ФИС ОКО form of that subject and grade in the archives, or a blank form given), the ciphers, and which
 * school checks which. Nothing is packed yet.
 */
import type { ArchiveCodecs, ArchiveFile, ArchiveInput } from '../archive';
import type { Bank, ClassroomWork } from '../bank/types';
import type { PdfTextReader } from '../pdf';
import { normaliseSubject } from '../names/normalise';
import { randomSecret, type NamedBlob } from '../prepare/planPreparation';
import { collectFiles, fileKey } from '../prepare/archiveHandles';
import { makeProblem, type Problem } from '../problems';
import { readScoreSheet } from '../scoreSheets';
import type { Task } from '../scores';
import { assignCiphers } from './ciphers';
import { readCoverLetter } from './coverLetter';
import { countOf, readCountsTable, type CountRow } from './countsTable';
import { routeSchools } from './routing';
import type { CrossClassroom, CrossOverride, CrossPackageFile, CrossPackagePlan, CrossSchoolRoute, CrossTest } from './types';

export interface CrossPlanOptions {
  bank: Bank;
  archives: ArchiveInput[];
  password?: string;
  codecs?: ArchiveCodecs;
  /** Blank (or any) ФИС ОКО forms the coordinator adds for tests whose archives hold none; named by subject and grade. */
  forms?: NamedBlob[];
  /** The counts table (CSV or .xlsx): school, class, works. */
  counts?: NamedBlob;
  seed: number;
  overrides?: CrossOverride[];
  /** Pairings for every test both schools write (the CLI's `--pair`); `overrides` name one test. */
  pairs?: { school: string; checker: string }[];
  deadline?: string;
  /** Reads the text layer of cover letters sent as PDF (the face's pdf.js); without it such letters are not read. */
  pdfText?: PdfTextReader;
  createdAt?: string;
  secret?: string;
  signal?: AbortSignal;
}

export interface CrossPlan {
  createdAt: string;
  seed: number;
  secret: string;
  deadline?: string;
  classrooms: CrossClassroom[];
  tests: (CrossTest & { tasks: Task[] })[];
  ciphers: Map<string, string>;
  schools: CrossSchoolRoute[];
  packages: CrossPackagePlan[];
  problems: Problem[];
  /** Handles to the classroom files and criteria, read when the packages are built. */
  files: Map<string, ArchiveFile>;
  /** Criteria PDFs by test key. */
  criteria: Map<string, ArchiveFile[]>;
}

export function testKey(test: CrossTest): string {
  return `${test.subject}\u0000${test.grade}`;
}

export async function planCross(options: CrossPlanOptions): Promise<CrossPlan> {
  const { bank } = options;
  const createdAt = options.createdAt ?? new Date().toISOString();
  const problems: Problem[] = [...bank.problems];

  // The regional layout has no place here: said once per school folder, never guessed into classrooms.
  const regional = new Set<string>();
  for (const work of bank.works) {
    if (work.kind !== 'work') continue;
    const key = `${work.archive}\u0000${work.school}\u0000${work.subject}\u0000${work.grade}`;
    if (regional.has(key)) continue;
    regional.add(key);
    problems.push(makeProblem(work.archive, work.path, { problem: 'cross-regional-layout', school: work.school }));
  }
  const rooms = bank.works.filter((work): work is ClassroomWork => work.kind === 'classroom');

  const wanted = new Set<string>([
    ...rooms.map((w) => fileKey(w.archive, w.path)),
    ...bank.documents.filter((d) => d.kind === 'cover-letter' || d.kind === 'score-sheet' || d.kind === 'criteria').map((d) => fileKey(d.archive, d.path)),
  ]);
  const files = await collectFiles(options.archives, wanted, options.password, options.codecs);
  const read = async (archive: string, path: string) => files.get(fileKey(archive, path))?.read().catch(() => undefined);

  // Counts: the table the coordinator typed wins over the letters.
  let countRows: CountRow[] = [];
  if (options.counts) {
    const reading = await readCountsTable(new Uint8Array(await options.counts.data.arrayBuffer()));
    countRows = reading.rows;
    problems.push(...reading.problems.map((facts) => makeProblem('', options.counts?.name ?? '', facts)));
  }
  const letterCounts = new Map<string, Map<string, number>>();
  for (const letter of bank.documents.filter((d) => d.kind === 'cover-letter')) {
    options.signal?.throwIfAborted();
    const bytes = await read(letter.archive, letter.path);
    const reading = bytes ? await readCoverLetter(letter.path, bytes, letter.grade, options.pdfText) : ({ ok: false, reason: 'unreadable' } as const);
    const folder = folderKey(letter.archive, letter.school, letter.subject, letter.grade);
    if (reading.ok) {
      const counts = letterCounts.get(folder) ?? new Map<string, number>();
      for (const [room, works] of reading.counts) if (!counts.has(room)) counts.set(room, works);
      letterCounts.set(folder, counts);
    } else if (!countRows.length) {
      problems.push(makeProblem(letter.archive, letter.path, { problem: 'cross-cover-letter-unread', reason: reading.reason }));
    }
  }

  const classrooms: CrossClassroom[] = rooms.map((work) => {
    const fromTable = countOf(countRows, work.school, work.subject, work.class);
    const fromLetter = letterCounts.get(folderKey(work.archive, work.school, work.subject, work.grade))?.get(work.class);
    if (fromTable !== undefined && fromLetter !== undefined && fromTable !== fromLetter) {
      problems.push(makeProblem(work.archive, work.path, { problem: 'cross-count-conflict', class: work.class, letter: fromLetter, table: fromTable }));
    }
    const works = fromTable ?? fromLetter ?? null;
    if (works === null) problems.push(makeProblem(work.archive, work.path, { problem: 'cross-works-unknown', school: work.school, class: work.class }));
    else if (work.pages % works !== 0) problems.push(makeProblem(work.archive, work.path, { problem: 'cross-pages-not-multiple', class: work.class, pages: work.pages, works }));
    return { work, works, worksFrom: fromTable !== undefined ? 'counts' : fromLetter !== undefined ? 'cover-letter' : null };
  });

  // Tests and their tasks: any form of the subject and grade in the archives, else a form given by hand.
  const testsByKey = new Map<string, CrossTest & { tasks: Task[] }>();
  for (const room of classrooms) {
    const key = testKey(room.work);
    if (!testsByKey.has(key)) testsByKey.set(key, { subject: room.work.subject, grade: room.work.grade, tasks: [] });
  }
  for (const sheet of bank.documents.filter((d) => d.kind === 'score-sheet')) {
    const test = testsByKey.get(testKey(sheet));
    if (!test || test.tasks.length > 0) continue;
    const bytes = await read(sheet.archive, sheet.path);
    if (!bytes) continue;
    const result = await readScoreSheet(bytes, { archive: sheet.archive, path: sheet.path });
    if (result.ok) test.tasks = result.sheet.tasks;
  }
  await tasksFromGivenForms(options.forms ?? [], [...testsByKey.values()], problems);
  for (const test of testsByKey.values()) {
    if (test.tasks.length === 0) problems.push(makeProblem('', '', { problem: 'cross-no-tasks', subject: test.subject, grade: test.grade }));
  }

  const ciphers = assignCiphers(classrooms.map((room) => room.work.school), options.seed);
  const { schools, packages } = route(classrooms, [...testsByKey.values()], ciphers, options, problems);

  const criteria = new Map<string, ArchiveFile[]>();
  for (const doc of bank.documents.filter((d) => d.kind === 'criteria' && /\.pdf$/i.test(d.path)).sort((a, b) => a.path.localeCompare(b.path))) {
    const file = files.get(fileKey(doc.archive, doc.path));
    if (!file) continue;
    const list = criteria.get(testKey(doc)) ?? [];
    list.push(file);
    criteria.set(testKey(doc), list);
  }

  return {
    createdAt, seed: options.seed, secret: options.secret ?? randomSecret(), deadline: options.deadline,
    classrooms, tests: [...testsByKey.values()], ciphers, schools, packages, problems, files, criteria,
  };
}

function folderKey(archive: string, school: string, subject: string, grade: number): string {
  return [archive, school, subject, grade].join('\u0000');
}

/** A form given by hand belongs to the test its file name names (subject words and the grade); one form left for one test left is that test's. */
async function tasksFromGivenForms(forms: readonly NamedBlob[], tests: (CrossTest & { tasks: Task[] })[], problems: Problem[]): Promise<void> {
  const unmatched: { name: string; tasks: Task[] }[] = [];
  for (const form of forms) {
    const bytes = new Uint8Array(await form.data.arrayBuffer());
    const result = await readScoreSheet(bytes, { archive: '', path: form.name });
    problems.push(...result.problems.filter((p) => p.problem === 'unknown-layout' || p.problem === 'no-tasks'));
    if (!result.ok) continue;
    const name = normaliseSubject(form.name.replace(/\.[^.]+$/, ''));
    const numbers = (name.match(/\d+/g) ?? []).map(Number);
    const test = tests.find((t) => t.tasks.length === 0 && name.includes(t.subject) && numbers.includes(t.grade));
    if (test) test.tasks = result.sheet.tasks;
    else unmatched.push({ name: form.name, tasks: result.sheet.tasks });
  }
  const empty = tests.filter((t) => t.tasks.length === 0);
  if (empty.length === 1 && unmatched.length === 1) empty[0].tasks = unmatched[0].tasks;
}

function route(
  classrooms: CrossClassroom[],
  tests: (CrossTest & { tasks: Task[] })[],
  ciphers: Map<string, string>,
  options: CrossPlanOptions,
  problems: Problem[],
): { schools: CrossSchoolRoute[]; packages: CrossPackagePlan[] } {
  const schools: CrossSchoolRoute[] = [];
  const packages: CrossPackagePlan[] = [];
  const year = (options.createdAt ?? new Date().toISOString()).slice(0, 4);
  const packagesOf = new Map<string, number>();
  for (const test of [...tests].sort((a, b) => a.subject.localeCompare(b.subject) || a.grade - b.grade)) {
    const rooms = classrooms.filter((room) => testKey(room.work) === testKey(test));
    const bySchool = new Map<string, CrossClassroom[]>();
    for (const room of rooms) bySchool.set(room.work.school, [...(bySchool.get(room.work.school) ?? []), room]);
    const sample = [...bySchool.entries()].map(([school, list]) => ({ school, works: list.reduce((sum, room) => sum + (room.works ?? 0), 0) }));

    const overrides = new Map<string, string>();
    const pairs = (options.pairs ?? []).filter((pair) => bySchool.has(pair.school) || bySchool.has(pair.checker)).map((pair) => ({ ...pair, subject: test.subject, grade: test.grade }));
    for (const override of [...pairs, ...(options.overrides ?? [])]) {
      if (override.subject !== test.subject || override.grade !== test.grade) continue;
      const reason = override.school === override.checker ? 'self' : !bySchool.has(override.school) ? 'unknown-school' : !bySchool.has(override.checker) ? 'unknown-checker' : null;
      if (reason) problems.push(makeProblem('', '', { problem: 'cross-bad-override', ...override, reason }));
      else overrides.set(override.school, override.checker);
    }
    const checkerOf = routeSchools(sample, options.seed, testKey(test), overrides);
    if (sample.length === 1) problems.push(makeProblem('', '', { problem: 'cross-single-school', school: sample[0].school, subject: test.subject, grade: test.grade }));
    if (sample.length === 2) problems.push(makeProblem('', '', { problem: 'cross-mutual-pair', subject: test.subject, grade: test.grade, schools: sample.map((s) => s.school).sort() }));

    for (const { school, works } of sample) {
      const first = bySchool.get(school)?.[0]?.work;
      schools.push({ school, municipality: first?.municipality ?? '', cipher: ciphers.get(school) ?? '', subject: test.subject, grade: test.grade, checkedBy: checkerOf.get(school) ?? null, works });
    }
    const checkers = [...new Set(checkerOf.values())].sort((a, b) => a.localeCompare(b));
    for (const checker of checkers) {
      const origin = [...checkerOf.entries()].filter(([, c]) => c === checker).map(([school]) => school);
      const checkerCipher = ciphers.get(checker) ?? '';
      const n = (packagesOf.get(checker) ?? 0) + 1;
      packagesOf.set(checker, n);
      const files = packageFiles(origin.flatMap((school) => bySchool.get(school) ?? []), ciphers);
      packages.push({
        subject: test.subject, grade: test.grade, packageId: `${year}-ПП-${checkerCipher.replace(/^Ш-/, '')}-${n}`,
        checker, checkerCipher, checkerMunicipality: bySchool.get(checker)?.[0]?.work.municipality ?? '', tasks: test.tasks, files,
      });
    }
  }
  return { schools, packages };
}

/** The classroom files under ciphered names: `Работы/Ш-417 6А.pdf` (a second file of one class gets ` (2)`). */
function packageFiles(rooms: CrossClassroom[], ciphers: Map<string, string>): CrossPackageFile[] {
  const taken = new Set<string>();
  const sorted = [...rooms].sort((a, b) => (ciphers.get(a.work.school) ?? '').localeCompare(ciphers.get(b.work.school) ?? '') || a.work.class.localeCompare(b.work.class) || a.work.path.localeCompare(b.work.path));
  return sorted.map((room) => {
    const cipher = ciphers.get(room.work.school) ?? '';
    let file = `${cipher} ${room.work.class}.pdf`;
    for (let copy = 2; taken.has(file); copy += 1) file = `${cipher} ${room.work.class} (${copy}).pdf`;
    taken.add(file);
    return { path: `Работы/${file}`, file, cipher, class: room.work.class, pages: room.work.pages, works: room.works, classroom: room };
  });
}
