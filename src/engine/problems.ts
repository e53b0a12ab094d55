/**
 * Problems are data: a stable kebab-case code (what the CLI prints and tests assert on) and the typed facts of
 * that code (the file, the expected header, the limit crossed…), as zod's `$ZodIssue`. No text is built here:
 * `src/engine/wording` renders a problem in Russian or English. Nothing an archive holds is dropped silently:
 * a file that is neither a work nor a document becomes exactly one problem.
 *
 * To add a code: add it with its details to `ProblemDetailsByCode`; the compiler then asks for its text in
 * `wording/ru.ts` and `wording/en.ts`.
 */

/** Why an archive (top-level or nested) could not be opened. */
export type ArchiveFailureReason =
  | 'no-end-record'
  | 'not-zip'
  | 'directory-damaged'
  | 'split-archive'
  | 'encrypted-directory'
  | 'ambiguous-structure'
  | 'too-big'
  | 'not-readable'
  /** Anything else: `detail` holds the reader's own words. */
  | 'read-error';

/** Why one entry of an archive could not be unpacked. */
export type EntryFailureReason =
  | 'password-garbles-data'
  | 'unsupported-compression'
  | 'crc-mismatch'
  | 'compressed-data-damaged'
  | 'authentication-failed'
  | 'size-mismatch'
  | 'data-not-found'
  | 'conflicting-headers'
  | 'overlapping-data'
  | 'out-of-memory'
  | 'not-readable'
  /** Anything else: `detail` holds the reader's own words. */
  | 'inflate-error';

/** Why a PDF is damaged or cannot be opened. */
export type PdfFailureReason =
  | 'cut'
  | 'no-pages'
  | 'no-catalog'
  | 'no-page-tree'
  | 'missing-objects'
  | 'damaged'
  | 'needs-password'
  | 'needs-certificate'
  | 'encrypted-pages'
  | 'unknown-encryption'
  | 'aes-unavailable';

/** Why a file the user named cannot be opened. */
export type UserFileFailure = 'missing' | 'directory' | 'not-a-file' | 'no-permission' | 'unreadable';

/** What a file named `.pdf` really is, judged by its first bytes. */
export type NonPdfKind =
  | 'jpeg'
  | 'png'
  | 'gif'
  | 'tiff'
  | 'bmp'
  | 'webp'
  | 'heic'
  | 'video-or-image'
  | 'djvu'
  | 'old-office'
  | 'docx'
  | 'xlsx'
  | 'pptx'
  | 'opendocument'
  | 'zip'
  | 'rar'
  | '7z'
  | 'gzip'
  | 'rtf'
  | 'html'
  | 'xml'
  | 'text'
  | 'unknown';

/** Why a workbook (a school's score sheet, an expert's protocol) did not read as `.xlsx`. */
export type WorkbookFailureReason = 'empty-file' | 'old-office-format' | 'not-xlsx' | 'read-error';

/** What a cell held, for a message, without ever repeating a name: only short numeric-like text is quoted. */
export type CellShown =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'quoted'; text: string }
  | { kind: 'text' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date' }
  | { kind: 'formula-error'; text: string }
  | { kind: 'uncomputed' };

/** A column the expert list needs for the conflict-of-interest rule. */
export type ExpertPlaceColumn = 'school' | 'municipality';

/** A column of the marks-scale table. */
export type ScaleColumn = 'subject' | 'grade' | 'lowest3' | 'lowest4' | 'lowest5' | 'max';

type None = Record<never, never>;

/** The details of each code. Codes are grouped by where they arise. */
export interface ProblemDetailsByCode {
  // Archives and the files in them (src/engine/archive, src/engine/bank).
  /** `expected`: the rule the name should follow, by the school folder's layout. */
  'bad-name': { expected: 'work' | 'classroom' };
  /** Two different files for one participant (`participant`) or one class (`classroom`). */
  'duplicate-code': { participant?: string; classroom?: string; otherPath: string };
  'duplicate-file': { otherPath: string };
  'empty-file': None;
  'not-pdf': { looksLike: NonPdfKind };
  'broken-pdf': { reason: PdfFailureReason };
  'encrypted-pdf': { reason: PdfFailureReason };
  encrypted: None;
  'wrong-password': { reason?: EntryFailureReason };
  'unsupported-encryption': None;
  'unsafe-path': None;
  'too-large': { limitBytes: number };
  'system-file': None;
  'unknown-folder': None;
  'unknown-file': None;
  'old-excel': None;
  'broken-archive': { reason: ArchiveFailureReason; detail?: string };
  /** A file the user named (on the command line) that cannot be opened. */
  'file-not-found': { reason: UserFileFailure; detail?: string };
  /** The count the archive's end record states (`statedCount`) differs from the directory entries found. */
  'entry-count-mismatch': { statedCount: number; foundCount: number };
  /** A nested archive with no files in it (empty, or folders only). */
  'empty-archive': None;
  'nested-too-deep': None;
  /** `detail`: the compression method for `unsupported-compression`, the reader's words for `inflate-error`. */
  'unreadable-entry': { reason: EntryFailureReason; detail?: string };
  // The schools' score sheets (src/engine/scoreSheets).
  'encrypted-workbook': None;
  'unknown-layout': { personalData: boolean };
  'no-tasks': { sheet: string };
  'score-above-max': { participant: string; task: string; value: CellShown; max: number };
  'not-a-score': { participant: string; task: string; value: CellShown; max: number };
  /** `value`: what the cell holds when it is not a number; absent when the cell is empty. */
  'bad-variant': { participant: string; header: string; value?: CellShown };
  'scores-for-absent': { participant: string };
  'duplicate-row': { participant: string; row: number; otherRow: number; identical: boolean };
  'bad-code': { row: number; header: string };
  'missing-code': { row: number; header: string };
  /** `duplicateOf`: the column is a second one for a task already read from `duplicateOf.header`. */
  'unknown-column': { header: string; duplicateOf?: { task: string; header: string } };
  /** Another sheet with a results table that differs from the one read (`otherSheet`); codes as listed. */
  'other-score-sheet': { sheet: string; otherSheet: string; onlyOther: string[]; onlyRead: string[]; differing: string[] };
  // Joining scans with the schools' score sheets (src/engine/prepare).
  'no-score-sheet': { school: string; subject: string; grade: number };
  'scan-without-row': { participant: string };
  'row-without-scan': { participant: string };
  'variant-mismatch': { participant: string; fileVariant: number | null; sheetVariant: number | null };
  'absent-with-scan': { participant: string };
  'sheet-without-school': None;
  /** `residual`: what the scrubber could not remove (`Info`, `XMP`, `signature`, `unparsed`). */
  'pdf-metadata-left': { residual: string[] };
  // The list of experts (src/engine/assignment).
  'experts-unreadable': { reason: 'old-excel' | 'unreadable'; detail?: string };
  'experts-no-header': None;
  'experts-missing-column': { column: ExpertPlaceColumn };
  'expert-no-name': None;
  'expert-no-subject': { expert: string };
  'expert-bad-grades': { expert: string; value: string };
  'expert-bad-capacity': { expert: string; value: string };
  'expert-duplicate': { expert: string; otherRow: number };
  'expert-no-workplace': { expert: string; missing: ExpertPlaceColumn };
  // The expert's protocol workbook (src/engine/protocol).
  /** `missingSheet`: the workbook has the hidden sheet but not this one. */
  'not-a-protocol': { missingSheet?: string };
  'wrong-version': { version: string; supported: number };
  'broken-workbook': { reason: WorkbookFailureReason; detail?: string };
  'missing-expert-score': { max?: number };
  'invalid-expert-score': { value: string; max?: number };
  'score-out-of-range': { value: string; max?: number };
  'difference-without-code': None;
  'code-without-difference': None;
  'invalid-error-code': { value: string };
  'explanation-required': { code: string };
  'locked-cell-edited': { column: string; original: string; value: string };
  'protocol-row-added': None;
  /** Named apart from a protocol problem's place (`work`, `task`, `row`), which holds the same facts. */
  'protocol-row-deleted': { deletedWork: string; deletedTask: string; originalRow: number };
  'checksum-mismatch': None;
  'signature-mismatch': None;
  // Merging returned protocols (src/engine/merge).
  /** Signed with this key's secret, but the key lists no package `packageId`. */
  'unknown-package': { packageId: string };
  /** Another copy of package `packageId` was kept (`keptFile`); `differences`: its cells that differ (`Протокол!G5`, `Комментарии`). */
  'duplicate-protocol': { packageId: string; keptFile: string; identical: boolean; differences: string[] };
  // Marks scales and merged rows (src/engine/statistics). `subject` and `grade` name the test.
  'scale-unreadable': { reason: 'old-excel' | 'unreadable'; detail?: string };
  'scale-no-header': None;
  'scale-missing-column': { column: ScaleColumn };
  /** `value`: the cell as typed; `subject`/`grade` once the row's test is known. */
  'scale-bad-value': { column: ScaleColumn; header: string; value: string; subject?: string; grade?: number };
  'scale-not-increasing': { subject: string; grade: number; lowest3: number; lowest4: number; lowest5: number; max: number };
  'scale-duplicate': { subject: string; grade: number; otherRow: number };
  /** `variantMaxima`: the sums of task maxima that differ from the scale's maximum, by variant. */
  'scale-maximum-mismatch': { subject: string; grade: number; max: number; variantMaxima: { variant: number; max: number }[] };
  'duplicate-task-row': { participant: string; task: string; schoolCode: string; subject: string; grade: number };
  // Issue 10, the municipal cross-check (src/engine/cross). `subject` and `grade` name the test.
  /** Pupil-work files (`<код>_вар.<n>.pdf`) in an archive given for a cross-check, which takes one PDF per classroom. */
  'cross-regional-layout': { school: string };
  /** The number of works of a classroom is known neither from the cover letter nor from the counts table. */
  'cross-works-unknown': { school: string; class: string };
  /** The classroom file's pages are not a multiple of its works: the proposed split is a guess to check. */
  'cross-pages-not-multiple': { class: string; pages: number; works: number };
  /** The cover letter could not be read for counts: `pdf` (a PDF letter, not read), `unreadable`, or `no-counts` (read, no class with a number found). */
  'cross-cover-letter-unread': { reason: 'pdf' | 'pdf-no-text' | 'unreadable' | 'no-counts' | 'other-format' };
  /** The cover letter and the counts table give different numbers of works: the table's is taken. */
  'cross-count-conflict': { class: string; letter: number; table: number };
  /** A row of the counts table that could not be read. */
  'cross-counts-row': { row: number; reason: 'no-school' | 'no-class' | 'bad-number' };
  /** The counts table has no header row with a school, a class and a number of works. */
  'cross-counts-no-header': None;
  /** Only one school of the sample writes this test: nobody can check it. */
  'cross-single-school': { school: string; subject: string; grade: number };
  /** Two schools only: they can only check each other. */
  'cross-mutual-pair': { subject: string; grade: number; schools: string[] };
  /** No ФИС ОКО form of this test in the archives or given: the check protocol has no task columns. */
  'cross-no-tasks': { subject: string; grade: number };
  /** An override in the plan that cannot be applied (a school checking itself, a school outside the test). */
  'cross-bad-override': { school: string; checker: string; subject: string; grade: number; reason: 'self' | 'unknown-school' | 'unknown-checker' };
  // Returned check protocols and the origin school's form.
  /** A row of a check protocol with a score or code that cannot be taken: `reason` says which. */
  'cross-row-invalid': {
    reason: 'bad-code' | 'missing-code' | 'missing-variant' | 'missing-score' | 'invalid-score' | 'bad-pages' | 'pages-overlap' | 'unknown-file' | 'duplicate-code';
    participant?: string;
    task?: string;
    value?: string;
    max?: number;
  };
  /** No form of the origin school for this test among the forms given. */
  'cross-no-form': { school: string; subject: string; grade: number };
  /** A code in the returned protocol that no form of the school holds. */
  'cross-code-not-in-form': { participant: string; school: string };
  /** A participant row of the form that got no result from the protocols. */
  'cross-row-without-result': { participant: string };
  /** The protocol's variant differs from the form's: the row is not written. */
  'cross-variant-mismatch': { participant: string; formVariant: number | null; protocolVariant: number | null };
  /** A task of the protocol that the form lacks: its scores are not written. */
  'cross-task-not-in-form': { task: string };
  /** Cells of the form that held another value and were overwritten (`cells`: `Протокол!C5`…). */
  'cross-cells-overwritten': { cells: string[] };
  // Issue 11 (double re-check, src/engine/adjudication).
  /** A round-3 package needs the scan of a work from an earlier package (`packageFile`, as the key names it), not given or without it. */
  'earlier-scan-missing': { participant: string; schoolCode: string; packageFile: string };
  // Issue 9: returning the protocols to municipalities and schools (src/engine/returned, src/engine/calendar).
  /** The production calendar has no file for `year`: the deadline was counted on weekends and statutory holidays only. */
  'calendar-year-missing': { year: number };
  /** The calendar's file for `year` is marked unconfirmed (the decree's transfers not entered); `note` says what is missing. */
  'calendar-year-unconfirmed': { year: number; note: string };
  /** The protocols go back after the re-check's limit: 60 calendar days after the test period. */
  'recheck-late': { received: string; recheckDue: string };
  /** A returned file whose rows are not in the schools' workbooks (`state`: its merge state). */
  'protocol-left-out': { state: string };
  /** A file given as a school's answer that is not a returned workbook Recheck wrote. */
  'returned-workbook-unreadable': { reason: 'unreadable' | 'not-returned' | 'no-answers-sheet' };
}

export type ProblemCode = keyof ProblemDetailsByCode;

/** What a problem says, without where: its code and that code's details. A union keyed on `problem`. */
export type ProblemFacts<C extends ProblemCode = ProblemCode> = { [K in C]: { problem: K } & ProblemDetailsByCode[K] }[C];

/** Where a problem is. */
export interface ProblemPlace {
  /** The archive's own name, as the user gave it (or the file's name, for a list of experts). */
  archive: string;
  /** Path inside the archive, `/`-separated, NFC; entries of nested archives are `<inner archive path>/<entry path>`. */
  path: string;
  /** Where inside a workbook, when the file is one: `Протокол!H12`. */
  cell?: string;
}

export type Problem<C extends ProblemCode = ProblemCode> = ProblemPlace & ProblemFacts<C>;

export function makeProblem(archive: string, path: string, facts: ProblemFacts): Problem {
  return { archive, path, ...facts };
}
