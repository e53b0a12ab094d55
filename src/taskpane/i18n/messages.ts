import type { DocumentKind, ProblemCode } from '../../engine';
import type { ExcelFailure, ExcelProblem } from '../../office/excel';
import type { ViewerProblem } from '../viewer/viewerProblems';

export type Language = 'ru' | 'en';

export interface AnalystMessages {
  title: string;
  back: string;
  intro: string;
  outsideExcel: string;
  protocolsTitle: string;
  protocolsHint: string;
  chooseProtocols: string;
  chooseFolder: string;
  dropHint: string;
  dropActive: string;
  protocolsChosen: (count: number) => string;
  clearProtocols: string;
  removeFile: (name: string) => string;
  skipped: (names: string[]) => string;
  keyTitle: string;
  keyHint: string;
  chooseKey: string;
  replaceKey: string;
  scalesTitle: string;
  scalesHint: string;
  chooseScales: string;
  removeScales: string;
  headerTitle: string;
  regionLabel: string;
  centreLabel: string;
  periodLabel: string;
  start: string;
  again: string;
  needProtocols: string;
  needKey: string;
  starting: string;
  progress: (done: number, given: number) => string;
  cancel: string;
  cancelled: string;
  failed: (reason: string) => string;
  keyUnreadable: (problem: 'broken-workbook' | 'not-a-key' | 'newer-key', detail: string | null) => string;
  writing: string;
  written: (sheets: string[], charts: number) => string;
  replaced: string;
  notWritten: string;
  resultTitle: string;
  files: (files: number, kept: number, works: number, rows: number) => string;
  headline: (test: string, works: number, changed: number, objective: string, target: string) => string;
  unscored: (count: number) => string;
  flaggedTitle: (count: number) => string;
  noFlagged: string;
  dataProblems: (count: number) => string;
  journalTitle: string;
  stateCounts: (state: string, count: number) => string;
  saveReport: string;
  savingReport: string;
  reportSaved: string;
  reportWithoutCharts: (reason: string) => string;
  macCannotSave: string;
}

/** «Вернуть протоколы» on the analyst's result screen (issue 9): a ZIP per municipality. */
export interface ReturnMessages {
  title: string;
  intro: string;
  receivedLabel: string;
  receivedHint: string;
  periodEndLabel: string;
  periodEndHint: string;
  start: string;
  again: string;
  needReceived: string;
  starting: string;
  progress: (stage: 'merge' | 'workbooks', done: number, total: number) => string;
  cancel: string;
  cancelled: string;
  failed: (reason: string) => string;
  summary: (municipalities: number, schools: number) => string;
  nothing: string;
  deadline: (date: string) => string;
  schoolLine: (school: string, schoolCode: string, subject: string, grade: number) => string;
  worksLine: (works: number, changed: number) => string;
  flagged: string;
  saveAll: (count: number) => string;
  saving: (saved: number, total: number) => string;
  saved: (total: number) => string;
  saveAllHint: string;
  saveOne: (fileName: string) => string;
  macTitle: string;
  macBody: string;
  problemsTitle: (count: number) => string;
}

/** «Подготовить третью проверку» on the analyst's result screen (issue 11). */
export interface ThirdCheckMessages {
  title: string;
  intro: (works: number) => string;
  packagesHint: string;
  choosePackages: string;
  packagesChosen: (count: number) => string;
  deadlineLabel: string;
  start: string;
  again: string;
  needPackages: string;
  starting: string;
  progress: (done: number) => string;
  cancel: string;
  cancelled: string;
  failed: (reason: string) => string;
  summary: (works: number, packages: number) => string;
  nothingToSend: string;
  workLine: (schoolCode: string, workCode: string, subject: string, grade: number) => string;
  totals: (totals: number[]) => string;
  thirdExpert: (name: string) => string;
  saveAll: (count: number) => string;
  saving: (saved: number, total: number) => string;
  saved: (total: number) => string;
  saveAllHint: string;
  keyWarningTitle: string;
  keyWarning: string;
  macTitle: string;
  macBody: string;
  problemsTitle: (count: number) => string;
}

/** Everything the pane says to a person, in one language. Components read it through `useMessages()`. */
export interface Messages {
  language: Language;
  productName: string;
  loading: string;
  /** The work's scan beside the grid (src/taskpane/viewer). */
  viewer: {
    /** The viewer's accessible name. */
    region: (label: string) => string;
    noWork: string;
    loading: string;
    previousWork: string;
    nextWork: string;
    previousPage: string;
    nextPage: string;
    /** The visible page counter, `2 / 5`. */
    pageCounter: (page: number, pages: number) => string;
    /** The same in words, for screen readers and the page's image. */
    pageOf: (page: number, pages: number) => string;
    /** The shown work's page range inside its classroom file, `стр. 3–4 из 12` (issue 10). */
    workPages: (first: number, last: number, pages: number) => string;
    /** Told of a thumbnail inside that range. */
    inWork: string;
    thumbnails: string;
    zoomIn: string;
    zoomOut: string;
    fitWidth: string;
    /** Issue 12: the viewer window's «fit to page». */
    fitPage: string;
    zoomLevel: (percent: number) => string;
    rotate: string;
    keys: string;
    /** One line: every key the viewer answers to. */
    keysHelp: string;
    /** Why the scan is not shown, and what to do: `Скан не открывается: …, сообщите координатору.` */
    problem: (problem: ViewerProblem) => string;
    /** pdf.js's own words, small, for the coordinator. */
    detail: (detail: string) => string;
  };
  unsupported: {
    title: string;
    body: string;
    /** What the host reported, for the person who asks IT for help. */
    detected: (hostName: string, highestExcelApi: string | null) => string;
  };
  start: {
    intro: string;
    roles: { coordinator: string; expert: string; analyst: string };
    localOnly: string;
    outsideExcel: string;
    nextTitle: string;
    loadArchives: string;
    loadArchivesHint: string;
    otherRolesTitle: string;
    expertNext: string;
    analystNext: string;
    otherRolesLater: string;
    /** The analyst's first step. */
    mergeProtocols: string;
    mergeProtocolsHint: string;
  };
  /** The analyst's view (src/taskpane/analyst): returned protocols merged into the open workbook. */
  analyst: AnalystMessages;
  /** Issue 9: «Вернуть протоколы» after a merge. */
  analystReturn: ReturnMessages;
  /** Issue 11: «Подготовить третью проверку» after a merge. */
  thirdCheck: ThirdCheckMessages;
  archives: {
    title: string;
    back: string;
    intro: string;
    passwordLabel: string;
    passwordHint: string;
    choose: string;
    dropHint: string;
    dropActive: string;
    skippedNotZip: (names: string[]) => string;
    selected: (names: string[]) => string;
    progress: (archive: string, done: number, total: number | undefined) => string;
    starting: string;
    cancel: string;
    cancelled: string;
    /** During a run: the toggle that shows or hides the names of the archives being read. */
    showArchives: (count: number) => string;
    hideArchives: string;
    failedTitle: string;
    retry: string;
    loadOther: string;
    summary: (works: number, pages: number, schools: number) => string;
    noWorks: string;
    schoolsTitle: string;
    classLine: (subject: string, grade: number) => string;
    worksLine: (works: number, pages: number) => string;
    classroomScansLine: (scans: number, pages: number) => string;
    documentKinds: Record<DocumentKind, string>;
    documentCount: (label: string, count: number) => string;
    noScoreSheet: string;
    passwordProblemsHint: string;
    reindex: string;
  };
  prepare: PrepareMessages;
  expert: ExpertMessages;
  problems: {
    title: (count: number) => string;
    none: string;
    /** A short title per problem code: every code, so a new code cannot reach a list without one. */
    titles: Record<ProblemCode, string>;
    showAll: (count: number) => string;
    showFewer: string;
    /** Where inside a workbook the problem is, e.g. `Протокол!H12`. */
    cell: (cell: string) => string;
    inArchive: (archive: string) => string;
  };
}

/** The coordinator's preparation of the experts' packages (src/taskpane/coordinator/prepare). */
export interface PrepareMessages {
  /** On the archive view, once the archives are read: the way to the next step. */
  nextStep: string;
  nextStepHint: string;
  title: string;
  back: string;
  bank: (works: number, archives: string[]) => string;
  sheetsTitle: string;
  sheetsHint: string;
  /** School folders without a score sheet, and the file names to give the sheets added by hand. */
  missingSheets: (count: number) => string;
  addSheets: string;
  removeSheet: (name: string) => string;
  expertsTitle: string;
  expertsHint: string;
  chooseExperts: string;
  replaceExperts: string;
  expertsRequired: string;
  seedLabel: string;
  seedHint: string;
  deadlineLabel: string;
  deadlineHint: string;
  /** Issue 11: two blind experts per work. */
  double: { label: string; hint: string; shareLabel: string; shareHint: string };
  start: string;
  progress: {
    starting: string;
    index: (files: number) => string;
    sheets: (done: number, total: number) => string;
    assigning: string;
    packages: (done: number, total: number) => string;
  };
  cancel: string;
  cancelled: string;
  failedTitle: string;
  retry: string;
  summary: (packages: number, experts: number, works: number) => string;
  noExperts: string;
  noPackages: string;
  macTitle: string;
  macBody: string;
  keyTitle: string;
  keyWarningTitle: string;
  keyWarning: string;
  saveKey: string;
  openKey: string;
  keyFileName: string;
  packagesTitle: (count: number) => string;
  packageLine: (subject: string, grade: number, works: number) => string;
  savePackage: string;
  letter: string;
  letterCopied: string;
  letterFallback: string;
  letterLabel: (expert: string) => string;
  openProtocol: string;
  opening: string;
  opened: string;
  /** Why a workbook did not open in Excel, by OpenWorkbookProblem (and `no-protocol`: not found in the package). */
  openFailed: (problem: string, detail: string | null) => string;
  withoutWorksTitle: (count: number) => string;
  withoutWorks: string;
  unassignedTitle: (count: number) => string;
  again: string;
}

/** The expert's view of a protocol workbook (src/taskpane/expert). */
export interface ExpertMessages {
  title: string;
  packageLine: (packageId: string, subject: string, grade: number | null) => string;
  deadline: (date: string) => string;
  reading: string;
  /** A failure of the Excel adapter, by its code: every code has its text (the record is exhaustive). */
  excelProblems: { [P in ExcelProblem]: (failure: ExcelFailure) => string };
  retry: string;
  workbook: {
    /** The workbook could not be read as a protocol (other than "not a protocol"). */
    failedTitle: string;
    continueWithout: string;
  };
  package: {
    title: string;
    intro: string;
    choose: string;
    dropHint: string;
    dropActive: string;
    opening: string;
    ready: (fileName: string, works: number) => string;
    fromStorage: string;
    notZip: (fileName: string) => string;
    notPackage: (fileName: string) => string;
    wrongPackage: (fileName: string, found: string, expected: string) => string;
    notSavedQuota: string;
    notSaved: (detail: string | null) => string;
    storageUnavailable: string;
    replace: string;
  };
  storage: {
    title: string;
    usage: (usedBytes: number, quotaBytes: number) => string;
    unknown: string;
    clear: string;
    cleared: (packages: number) => string;
    clearFailed: string;
  };
  work: {
    title: string;
    noRow: string;
    showCurrentRow: string;
    showCurrentRowHint: string;
    rowLine: (task: string, max: number) => string;
    workLine: (schoolCode: string, workCode: string, variant: number) => string;
    position: (index: number, total: number) => string;
    previous: string;
    next: string;
    noPackage: string;
    scanMissing: (key: string) => string;
    scanUnreadable: string;
    materialsTitle: string;
    material: (kind: 'variant' | 'criteria', number: number) => string;
    materialNotPdf: (path: string) => string;
    showingMaterial: (label: string) => string;
    backToWork: string;
  };
  attention: {
    title: (count: number) => string;
    clean: string;
    progress: (scored: number, total: number) => string;
    item: (workCode: string, schoolCode: string, task: string) => string;
    goTo: (cell: string) => string;
    /** Above the work: mistakes (not missing scores) to fix, with a way down to the list. */
    summary: (count: number) => string;
    toList: string;
    /** Beside the current task: what its row needs. */
    thisRow: string;
    /** Issue 12: a task marked hardest (+) on «Комментарии» without a reason — a hint, not a blocker. */
    commentHintsTitle: string;
    commentHint: (task: string, cell: string) => string;
  };
  finish: {
    title: string;
    check: string;
    checking: string;
    checkedClean: (rows: number, works: number) => string;
    checkedProblems: (count: number) => string;
    checksumNote: string;
    finish: string;
    finishing: string;
    finishHint: string;
    finished: (when: string) => string;
    nextStepsTitle: string;
    nextSteps: string[];
    /** Issue 12: the protocol was edited after «Завершить»: the mark of `when` is cleared. */
    completionCleared: (when: string) => string;
  };
  demo: {
    button: string;
    hint: string;
    opening: string;
    opened: string;
    failed: (reason: string) => string;
  };
}
