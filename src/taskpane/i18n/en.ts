import boot from './boot.json';
import type { AnalystMessages, Messages } from './messages';
import { pluralEn } from './plural';

const number = new Intl.NumberFormat('en-US');
const n = (value: number): string => number.format(value);

/** Bytes as a person reads them: `12.3 MB`. */
function bytesEn(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0 }).format(value)} ${units[unit]}`;
}

const expertEn: Messages['expert'] = {
  title: 'Expert’s protocol',
  packageLine: (packageId, subject, grade) => `Package ${packageId}${subject ? ` · ${subject}` : ''}${grade ? `, grade ${grade}` : ''}`,
  deadline: (date) => `Protocol due: ${date}`,
  reading: 'Reading the protocol…',
  excelProblems: {
    'not-in-excel': () => 'The pane is not running in Excel: open the protocol in Excel and start Recheck there.',
    'missing-requirements': ({ missing }) =>
      `This Excel lacks features the pane needs (${(missing ?? []).join(', ')}). Microsoft 365 or Office 2021 or later is needed.`,
    'not-a-protocol': () => 'This workbook is not a re-check protocol: it has no hidden package sheet.',
    'wrong-version': ({ version }) =>
      `The protocol was made by another version of Recheck (format ${version ?? '?'}). Update the add-in or ask the coordinator for a new protocol.`,
    'no-protocol-sheet': ({ sheet }) =>
      `The sheet «${sheet ?? 'Протокол'}» is missing (renamed or deleted). Restore its name or ask the coordinator for a new protocol.`,
    'not-on-protocol-sheet': ({ sheet }) => `The active cell is not on the sheet «${sheet ?? 'Протокол'}». Go to that sheet and select a cell in a work’s row.`,
    'outside-grid': () => 'The active cell is outside the table of works. Select a cell in a task’s row.',
    'cell-edit-mode': () => 'Excel is waiting for a cell edit to finish. Press Enter or Esc and try again.',
    'sheet-protected': ({ sheet }) =>
      `The sheet «${sheet ?? ''}» is protected with a password, so the pane cannot record completion. Unprotect that sheet or ask the coordinator for a new protocol.`,
    'sheet-name-taken': ({ sheet }) =>
      `The workbook already has a sheet of its own named «${sheet ?? ''}»; the pane does not touch it. Rename that sheet (or merge into another workbook) and try again.`,
    'too-large': () => 'The request to Excel was too large. Try again; if it persists, save and reopen the workbook.',
    'excel-error': ({ detail }) => `Excel did not complete the action${detail ? `: ${detail}` : ''}. Try again; if it persists, save and reopen the workbook.`,
  },
  retry: 'Try again',
  workbook: {
    failedTitle: 'The workbook could not be read',
    continueWithout: 'Continue without the protocol',
  },
  package: {
    title: 'Package of works',
    intro: 'Choose the package ZIP the coordinator sent you. Only once: it is kept on this computer, and tomorrow the works are simply there.',
    choose: 'Choose package (ZIP)…',
    dropHint: 'or drop the ZIP archive here',
    dropActive: 'Release to open the package',
    opening: 'Opening the package…',
    ready: (fileName, works) => `“${fileName}”: ${n(works)} ${pluralEn(works, 'work', 'works')}`,
    fromStorage: 'The package is kept on this computer.',
    notZip: (fileName) => `“${fileName}” is not a ZIP archive or is damaged. Choose the package ZIP the coordinator sent.`,
    notPackage: (fileName) => `“${fileName}” holds no package protocol: it is not an expert’s package. Choose the ZIP the coordinator sent.`,
    wrongPackage: (fileName, found, expected) =>
      `“${fileName}” is package ${found}, but this is the protocol of package ${expected}. Choose your own package (it holds “Протокол ${expected}.xlsx”).`,
    notSavedQuota: 'The package is open but not saved: the disk has no room for browser data. Free some space or remove saved packages below — otherwise you will need to choose it again tomorrow.',
    notSaved: (detail) => `The package is open but not saved on this computer${detail ? ` (${detail})` : ''}. You will need to choose it again tomorrow.`,
    storageUnavailable: 'Saved packages are not available (browser storage is off). Choose the package each time.',
    replace: 'Choose another package…',
  },
  storage: {
    title: 'Storage',
    usage: (used, quota) => `Used on this computer: ${bytesEn(used)}${quota > 0 ? ` of ${bytesEn(quota)} available` : ''}.`,
    unknown: 'The browser does not say how much space is used.',
    clear: 'Remove saved packages',
    cleared: (packages) => `Packages removed: ${n(packages)}. Choose the package again to see the works.`,
    clearFailed: 'Saved packages could not be removed. Close other Excel windows and try again.',
  },
  work: {
    title: 'Work',
    noRow: 'Select a cell in a work’s row on the “Протокол” sheet: its scan appears here.',
    showCurrentRow: 'Show the current row’s work',
    showCurrentRowHint: 'If the scan did not change when you selected a cell, press this button.',
    rowLine: (task, max) => `Task ${task} (max ${n(max)})`,
    workLine: (schoolCode, workCode, variant) => `Work ${workCode} · ${schoolCode} · variant ${n(variant)}`,
    position: (index, total) => `${n(index)} of ${n(total)}`,
    previous: 'Previous work',
    next: 'Next work',
    noPackage: 'The scan appears once the package is chosen.',
    scanMissing: (key) => `The package has no scan of work ${key}. Tell the coordinator.`,
    scanUnreadable: 'The scan cannot be read from the package: the archive is damaged. Choose the package again.',
    materialsTitle: 'Materials',
    material: (kind, number) => `${kind === 'variant' ? 'Variant' : 'Criteria'} ${n(number)}`,
    materialNotPdf: (path) => `“${path}” is not a PDF: open it from the ZIP archive.`,
    showingMaterial: (label) => `Showing: ${label}`,
    backToWork: 'Back to the work',
  },
  attention: {
    title: (count) => `Needs attention: ${n(count)}`,
    clean: 'Nothing to fix: every score is in, and error codes are where the scores differ.',
    progress: (scored, total) => `Scores entered: ${n(scored)} of ${n(total)}`,
    item: (workCode, schoolCode, task) => `${workCode} (${schoolCode}), task ${task}`,
    goTo: (cell) => `Go to cell ${cell}`,
    summary: (count) => `To fix: ${n(count)} ${pluralEn(count, 'cell', 'cells')}.`,
    toList: 'Show the list',
    commentHintsTitle: 'A hint on the «Комментарии» sheet',
    commentHint: (task, cell) => `Task ${task} is marked «+», but no reason for the difficulty is given (${cell}). This does not stop you finishing.`,
    thisRow: 'In this row',
  },
  finish: {
    title: 'Finishing',
    check: 'Check the protocol',
    checking: 'Checking…',
    checkedClean: (rows, works) => `The protocol is complete: ${n(rows)} ${pluralEn(rows, 'row', 'rows')}, ${n(works)} ${pluralEn(works, 'work', 'works')}, nothing to fix.`,
    checkedProblems: (count) => `${n(count)} ${pluralEn(count, 'issue', 'issues')} — listed above; click one to go to its cell.`,
    checksumNote:
      'The pane cannot verify the protocol’s checksum and signature: Excel does not give add-ins the workbook file. The coordinator verifies them (recheck check) on receiving the file.',
    finish: 'Finish',
    finishing: 'Recording…',
    finishHint: 'Available once nothing is left to fix.',
    finished: (when) => `Protocol finished ${when}. Recorded in the workbook.`,
    nextStepsTitle: 'Next steps',
    nextSteps: [
      'Save the workbook (Ctrl+S): the completion note is kept in the file.',
      'Print the “Протокол” sheet (File → Print): printing is set up — landscape, fit to page width, a place for your signature at the bottom. Sign the printout.',
      'Send the coordinator the protocol file (.xlsx) and a scan of the signed printout.',
    ],
    completionCleared: (when) =>
      `The protocol was changed after it was finished (${when}): the completion mark is cleared. Check the protocol and press «Finish» again — the new time will be recorded.`,
  },
  demo: {
    button: 'Open the example',
    hint: 'A demo protocol with a few works opens in a new workbook — no real data.',
    opening: 'Opening the example…',
    opened: 'The example is open in a new workbook. In its window click “Перепроверка” on the Home tab — the works are already loaded.',
    failed: (reason) => `The example could not be opened: ${reason}`,
  },
};


const analystEn: AnalystMessages = {
  title: 'Merging protocols',
  back: 'Home',
  intro: 'Choose the protocols the experts returned and the re-check key. The pane merges them into this workbook: sheets «Свод», «Журнал», «Статистика», «Комментарии», «Справка» and «Диаграммы». Your own sheets are left alone.',
  outsideExcel: 'Opened outside Excel: the merge shows its results here, but there is no workbook to write to.',
  protocolsTitle: 'Expert protocols',
  protocolsHint: '.xlsx files, folders of them or ZIP archives, as the experts e-mailed them. More protocols came in? Add them and merge again: the sheets are updated without duplicates.',
  chooseProtocols: 'Choose files…',
  chooseFolder: 'Choose a folder…',
  dropHint: 'or drop the files here',
  dropActive: 'Release to add the protocols',
  protocolsChosen: (count) => `Chosen: ${count} ${count === 1 ? 'file' : 'files'}`,
  clearProtocols: 'Clear the list',
  removeFile: (name) => `Remove ${name}`,
  skipped: (names) => `Neither protocols nor ZIPs, skipped: ${names.join(', ')}`,
  keyTitle: 'Re-check key',
  keyHint: 'The «Ключ перепроверки.xlsx» workbook the coordinator saved when preparing the packages.',
  chooseKey: 'Choose the key…',
  replaceKey: 'Replace the key…',
  scalesTitle: 'Marks scales (optional)',
  scalesHint: 'An .xlsx or .csv table: subject, grade, lowest scores of marks 3, 4, 5 and the maximum. Without it, objectivity is judged by equal totals.',
  chooseScales: 'Choose scales…',
  removeScales: 'No scales',
  headerTitle: 'Report header',
  regionLabel: 'Region',
  centreLabel: 'Organisation',
  periodLabel: 'Test period',
  start: 'Merge protocols',
  again: 'Merge again',
  needProtocols: 'Choose at least one protocol.',
  needKey: 'Choose the re-check key.',
  starting: 'Reading the key…',
  progress: (done, given) => `Protocols read: ${done} (files chosen: ${given})`,
  cancel: 'Cancel',
  cancelled: 'Merge cancelled. The workbook is unchanged.',
  failed: (reason) => `The merge failed: ${reason}`,
  keyUnreadable: (problem, detail) =>
    problem === 'newer-key'
      ? 'The key was made by a newer version of Recheck. Update the add-in.'
      : `This is not a Recheck key or it cannot be read${detail ? ` (${detail})` : ''}. Choose the coordinator's «Ключ перепроверки.xlsx».`,
  writing: 'Writing the sheets and charts into the workbook…',
  written: (sheets, charts) => `Written into the workbook: sheets ${sheets.map((sheet) => `«${sheet}»`).join(', ')} and ${charts} Excel charts.`,
  replaced: 'The earlier summary was replaced: no duplicate rows.',
  notWritten: 'The sheets were not written.',
  resultTitle: 'Results',
  files: (files, kept, works, rows) => `Files: ${files}, protocols merged: ${kept}. Works in the statistics: ${works}, rows merged: ${rows}.`,
  headline: (test, works, changed, objective, target) => `${test}: works ${works}, changed ${changed}, objectively graded ${objective} (target ${target})`,
  unscored: (count) => `Works not fully scored, left out of the statistics: ${count}.`,
  flaggedTitle: (count) => `Schools needing attention: ${count}`,
  noFlagged: 'No school needs attention.',
  dataProblems: (count) => `Data problems: ${count} — see the sheets «Журнал» and «Статистика».`,
  journalTitle: 'Files',
  stateCounts: (state, count) => `${state}: ${count}`,
  saveReport: 'Save the report (.docx)',
  savingReport: 'Building the report with its charts…',
  reportSaved: 'The report was saved to the downloads folder.',
  reportWithoutCharts: (reason) => `The charts are not in the report: ${reason}`,
  macCannotSave: 'Excel for Mac does not let the pane save files. Save the report in Excel for Windows or on the web, or with «recheck merge --report».',
};

/** Issue 9: «Вернуть протоколы» on the analyst's result screen. */
const analystReturnEn: Messages['analystReturn'] = {
  title: 'Returning the protocols',
  intro:
    'Each municipality gets a ZIP archive: its schools’ workbooks (what the expert changed and why, without expert names), the municipal summary and a cover letter with the report deadline — 10 working days after receipt, by the production calendar.',
  receivedLabel: 'Date the municipalities receive the protocols',
  receivedHint: 'The 10 working days for the report count from it.',
  periodEndLabel: 'Last day of the test period (optional)',
  periodEndHint: 'The re-check ends within 60 calendar days after it; the pane says so when that is past.',
  start: 'Return the protocols',
  again: 'Return the protocols again',
  needReceived: 'Enter the date of receipt.',
  starting: 'Reading the key…',
  progress: (stage, done, total) => (stage === 'merge' ? `Reading protocols: ${n(done)} of ${n(total)}` : `School workbooks: ${n(done)} of ${n(total)}`),
  cancel: 'Cancel',
  cancelled: 'Return cancelled: no archives were built.',
  failed: (reason) => `Returning the protocols failed: ${reason}`,
  summary: (municipalities, schools) =>
    `Done: ${n(municipalities)} municipal ${pluralEn(municipalities, 'archive', 'archives')}, ${n(schools)} school ${pluralEn(schools, 'workbook', 'workbooks')}.`,
  nothing: 'Nothing to return: the merged protocols hold no works.',
  deadline: (date) => `Report on the reasons due by ${date}`,
  schoolLine: (school, schoolCode, subject, grade) => `${school} (${schoolCode}), ${subject}, grade ${grade}`,
  worksLine: (works, changed) => `${n(works)} ${pluralEn(works, 'work', 'works')}, ${n(changed)} changed`,
  flagged: 'needs attention',
  saveAll: (count) => `Save all archives (${n(count)})`,
  saving: (saved, total) => `Saving ${n(saved)} of ${n(total)}…`,
  saved: (total) => `Archives saved: ${n(total)}. They are in the downloads folder.`,
  saveAllHint: 'If the browser or Excel asks whether the page may download several files, allow it.',
  saveOne: (fileName) => `Save ${fileName}`,
  macTitle: 'Excel for Mac does not let the pane save ZIP files',
  macBody:
    'The municipal archives cannot be saved from here. Return the protocols in Excel for Windows or Excel on the web, or with «recheck return». The list below shows what each municipality would get.',
  problemsTitle: (count) => `Remarks: ${n(count)}`,
};

/** Issue 11: «Подготовить третью проверку» on the analyst's result screen. */
const thirdCheckEn: Messages['thirdCheck'] = {
  title: 'Third check',
  intro: (works) =>
    `The two experts’ scores differ substantially for ${n(works)} ${pluralEn(works, 'work', 'works')}. Such a work goes to a third expert, who sees both earlier scores; the third score is final.`,
  packagesHint: 'Choose the experts’ ZIP packages of rounds 1 and 2, as saved at preparation: the scans are taken from them.',
  choosePackages: 'Choose packages (ZIP)…',
  packagesChosen: (count) => `Chosen: ${n(count)} ${pluralEn(count, 'package', 'packages')}`,
  deadlineLabel: 'Due date of the third-check protocols (optional)',
  start: 'Prepare the third check',
  again: 'Prepare again',
  needPackages: 'Choose the earlier rounds’ ZIP packages.',
  starting: 'Reading the key…',
  progress: (done) => `Protocols read: ${n(done)}`,
  cancel: 'Cancel',
  cancelled: 'Third check cancelled: no packages were built.',
  failed: (reason) => `The third check could not be prepared: ${reason}`,
  summary: (works, packages) => `To a third expert: ${n(works)} ${pluralEn(works, 'work', 'works')} in ${n(packages)} ${pluralEn(packages, 'package', 'packages')}.`,
  nothingToSend: 'No new works for a third check: the key already gives them a third expert.',
  workLine: (schoolCode, workCode, subject, grade) => `${schoolCode}, work ${workCode} (${subject}, grade ${grade})`,
  totals: (totals) => `Experts’ totals: ${totals.map(n).join(' and ')}`,
  thirdExpert: (name) => `Third expert: ${name}`,
  saveAll: (count) => `Save the packages and the key (${n(count)})`,
  saving: (saved, total) => `Saving ${n(saved)} of ${n(total)}…`,
  saved: (total) => `Files saved: ${n(total)}. They are in the downloads folder.`,
  saveAllHint: 'If the browser or Excel asks whether the page may download several files, allow it.',
  keyWarningTitle: 'Keep the new key to yourself',
  keyWarning:
    'The new key holds the round-3 packages. Replace the earlier key with it: without it the third-check protocols cannot be merged. The key reveals the schools behind the codes and signs the protocols: never send it to experts or schools.',
  macTitle: 'Excel for Mac does not let the pane save ZIP files',
  macBody: 'The third-check packages cannot be saved from here. Prepare them in Excel for Windows or Excel on the web, or with «recheck adjudicate».',
  problemsTitle: (count) => `Remarks: ${n(count)}`,
};

export const en: Messages = {
  language: 'en',
  expert: expertEn,
  productName: boot.en.productName,
  loading: boot.en.loading,
  viewer: {
    region: (label) => `Scan of work ${label}`,
    noWork: 'No work selected: select a row of the protocol to see its scan here.',
    loading: 'Opening the scan…',
    previousWork: 'Previous work',
    nextWork: 'Next work',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageCounter: (page, pages) => `${n(page)} / ${n(pages)}`,
    pageOf: (page, pages) => `Page ${n(page)} of ${n(pages)}`,
    workPages: (first, last, pages) => `p. ${first === last ? n(first) : `${n(first)}–${n(last)}`} of ${n(pages)}`,
    inWork: 'page of the work',
    thumbnails: 'Pages of the work',
    zoomIn: 'Zoom in (+)',
    zoomOut: 'Zoom out (−)',
    fitWidth: 'Fit width (0)',
    fitPage: 'Whole page (F)',
    zoomLevel: (percent) => `${n(percent)}%`,
    rotate: 'Rotate 90° (R)',
    keys: 'Keys',
    keysHelp:
      'PgUp/PgDn or ←/→: pages, Home/End: first and last; + and −: zoom, 0: fit width; R: rotate (Shift+R: back); N and P (or Shift+PgDn/PgUp): next and previous work.',
    problem: (problem) => {
      switch (problem.problem) {
        case 'scan-empty':
          return 'The scan does not open: the file is empty; tell the coordinator.';
        case 'scan-damaged':
          return 'The scan does not open: the file is damaged or not a PDF; tell the coordinator.';
        case 'scan-password':
          return 'The scan does not open: the file is password-protected; tell the coordinator.';
        case 'page-failed':
          return `The scan does not open: page ${n(problem.page)} is damaged; tell the coordinator.`;
        case 'viewer-unavailable':
          return 'The scan viewer did not start. Close and reopen the pane; if that does not help, tell the coordinator.';
      }
    },
    detail: (detail) => `Details: ${detail}`,
  },
  unsupported: {
    title: boot.en.unsupportedTitle,
    body: boot.en.unsupportedBody,
    detected: (hostName, highest) =>
      highest ? `This is ${hostName} with ExcelApi up to ${highest}; 1.8 or later is needed.` : `This is ${hostName} without ExcelApi 1.8.`,
  },
  start: {
    intro:
      'Independent re-check of Russian national school tests (VPR) in Excel: experts re-score the schools’ works by the criteria, and the pane compares their scores with the school’s.',
    roles: {
      coordinator: 'The coordinator loads archives of scanned works and the schools’ score sheets and prepares depersonalised packages for experts.',
      expert: 'The expert enters scores and error codes beside the scan of each work.',
      analyst: 'The analyst merges the experts’ protocols and gets statistics by school and task.',
    },
    localOnly: 'All data stays on this computer: the pane sends nothing to the Internet.',
    outsideExcel: 'Opened outside Excel: workbooks are not available, but archives can be checked.',
    nextTitle: 'Get started',
    loadArchives: 'Load archives of works',
    loadArchivesHint: 'For the coordinator: the municipalities’ ZIP archives with school folders — scans and score sheets.',
    otherRolesTitle: 'Other roles',
    expertNext: 'Expert: open the protocol workbook from your package — the pane recognises it.',
    analystNext: 'Analyst: open the workbook to merge into (an empty one will do) and press «Merge protocols».',
    otherRolesLater: 'A filled-in expert protocol can already be checked with «recheck check».',
    mergeProtocols: 'Merge protocols',
    mergeProtocolsHint: 'For the analyst: the protocols experts returned and the key — into statistics, charts and the report in this workbook.',
  },
  analyst: analystEn,
  analystReturn: analystReturnEn,
  thirdCheck: thirdCheckEn,
  archives: {
    title: 'Archives of works',
    back: 'Home',
    intro: 'Choose the municipalities’ ZIP archives (several at once if you like) or drop them on the pane. Archives are read on this computer only.',
    passwordLabel: 'Archive password (if any)',
    passwordHint: 'One password for all chosen archives.',
    choose: 'Choose archives…',
    dropHint: 'or drop ZIP files here',
    dropActive: 'Release to load the archives',
    skippedNotZip: (names) => `Not a ZIP archive, not loaded: ${names.join(', ')}. Put these files in a ZIP.`,
    selected: (names) => `${pluralEn(names.length, 'Archive', 'Archives')}: ${names.join(', ')}`,
    progress: (archive, done, total) =>
      total === undefined ? `“${archive}”: ${n(done)} files looked at` : `“${archive}”: ${n(done)} of ${n(total)} files looked at`,
    starting: 'Opening the archives…',
    cancel: 'Cancel',
    cancelled: 'Indexing cancelled. Choose archives to start again.',
    showArchives: (count) => `Show the ${pluralEn(count, 'archive', 'archives')} (${n(count)})`,
    hideArchives: 'Hide the list of archives',
    failedTitle: 'Could not index the archives',
    retry: 'Try again',
    loadOther: 'Load other archives',
    summary: (works, pages, schools) =>
      `${n(works)} ${pluralEn(works, 'work', 'works')}, ${n(pages)} ${pluralEn(pages, 'page', 'pages')} — ${n(schools)} school ${pluralEn(schools, 'folder', 'folders')}`,
    noWorks: 'No works were found in the archives. See the problems below.',
    schoolsTitle: 'Schools',
    classLine: (subject, grade) => `${subject}, grade ${grade}`,
    worksLine: (works, pages) => `${n(works)} ${pluralEn(works, 'work', 'works')} · ${n(pages)} ${pluralEn(pages, 'page', 'pages')}`,
    classroomScansLine: (scans, pages) =>
      `${n(scans)} classroom ${pluralEn(scans, 'scan', 'scans')} · ${n(pages)} ${pluralEn(pages, 'page', 'pages')}`,
    documentKinds: {
      'score-sheet': 'school score sheet',
      variant: 'test variants',
      criteria: 'criteria',
      'cover-letter': 'cover letter',
      document: 'other documents',
    },
    documentCount: (label, count) => (count === 1 ? label : `${label} (${n(count)})`),
    noScoreSheet: 'no school score sheet',
    passwordProblemsHint: 'Some archives have a password. Enter it above and select “Index again”.',
    reindex: 'Index again',
  },
  prepare: {
    nextStep: 'Next: packages for the experts',
    nextStepHint: 'Add the missing school score sheets and the list of experts: the pane assigns the works and builds depersonalised packages.',
    title: 'Packages for the experts',
    back: 'Back to the archives',
    bank: (works, archives) =>
      `${n(works)} ${pluralEn(works, 'work', 'works')} from ${pluralEn(archives.length, 'archive', 'archives')} ${archives.map((name) => `“${name}”`).join(', ')}`,
    sheetsTitle: 'School score sheets sent separately',
    sheetsHint: 'Optional. Name each .xlsx like the school folder: “<school>, <subject>, <grade> класс.xlsx”.',
    missingSheets: (count) => `No school score sheet in ${n(count)} ${pluralEn(count, 'folder', 'folders')}. Name ${pluralEn(count, 'the file', 'the files')}:`,
    addSheets: 'Add score sheets…',
    removeSheet: (name) => `Remove “${name}”`,
    expertsTitle: 'List of experts',
    expertsHint: 'Excel workbook (.xlsx) or CSV: name, subject, workplace, municipality; optionally grades and the most works.',
    chooseExperts: 'Choose the list…',
    replaceExperts: 'Replace…',
    expertsRequired: 'Choose the list of experts: without it there is nobody to assign the works to.',
    seedLabel: 'Assignment number (seed)',
    seedHint: 'The same number gives the same assignment of works to experts.',
    deadlineLabel: 'Protocols due',
    deadlineHint: 'Optional. Goes into the instruction and the letters to the experts.',
    double: {
      label: 'Double check: two experts per work',
      hint: 'Each chosen work is scored independently by two experts (rounds 1 and 2) who do not see each other’s scores; a third one settles a substantial discrepancy.',
      shareLabel: 'Share of works for two experts, %',
      shareHint: 'The works are chosen by the assignment number: the same number, the same works.',
    },
    start: 'Prepare packages',
    progress: {
      starting: 'Starting…',
      index: (files) => `Step 1 of 3. Reading the archives: ${n(files)} ${pluralEn(files, 'file', 'files')} looked at`,
      sheets: (done, total) => `Step 2 of 3. School score sheets: ${n(done)} of ${n(total)}`,
      assigning: 'Step 3 of 3. Assigning works and building packages…',
      packages: (done, total) => `Step 3 of 3. Packages: ${n(done)} of ${n(total)} built`,
    },
    cancel: 'Cancel',
    cancelled: 'Preparing the packages was cancelled; no packages were built. The chosen files and settings are kept: you can start again.',
    failedTitle: 'Could not prepare the packages',
    retry: 'Try again',
    summary: (packages, experts, works) =>
      `Done: ${n(packages)} ${pluralEn(packages, 'package', 'packages')} for ${n(experts)} ${pluralEn(experts, 'expert', 'experts')}, ${n(works)} ${pluralEn(works, 'work', 'works')}`,
    noExperts: 'No expert was found in the list, so no packages were built. Fix the list (see the problems below) and prepare the packages again.',
    noPackages: 'No work was handed to an expert. The reasons are below.',
    macTitle: 'In Excel for Mac the pane cannot save ZIP files',
    macBody:
      'The packages cannot be saved from here. Prepare them in Excel for Windows or Excel on the web, or with the command “recheck prepare”. Here you can open an expert’s protocol and the key as new Excel workbooks and save them from Excel.',
    keyTitle: 'The coordinator’s key',
    keyWarningTitle: 'Keep the key to yourself',
    keyWarning:
      'The key reveals which schools hide behind the school codes and signs the experts’ protocols. Never send it to experts or schools. Save it now: without the key the signatures of returned protocols cannot be checked.',
    saveKey: 'Save the key',
    openKey: 'Open the key in Excel',
    keyFileName: 'Ключ перепроверки.xlsx',
    packagesTitle: (count) => `Experts’ packages: ${n(count)}`,
    packageLine: (subject, grade, works) => `${subject}, grade ${grade} · ${n(works)} ${pluralEn(works, 'work', 'works')}`,
    savePackage: 'Save package',
    letter: 'Letter',
    letterCopied: 'The letter is copied: paste it into your e-mail to the expert.',
    letterFallback: 'Could not copy automatically. Select the text below and copy it (Ctrl+C):',
    letterLabel: (expert) => `Letter to ${expert}`,
    openProtocol: 'Open protocol',
    opening: 'Opening the protocol…',
    opened: 'The protocol is open in a new Excel workbook.',
    openFailed: (problem, detail) => {
      const fallback = 'Save the package and open the protocol from it.';
      switch (problem) {
        case 'not-in-excel':
          return `Workbooks can be opened only in Excel. ${fallback}`;
        case 'unsupported':
          return `This Excel cannot open workbooks from the pane (Microsoft 365 or Office 2021 is needed). ${fallback}`;
        case 'cell-edit-mode':
          return 'Excel is busy: a cell is being edited. Finish the edit (Enter or Esc) and click again.';
        case 'too-large':
          return `The workbook is too large to open from the pane. ${fallback}`;
        case 'access-denied':
          return `Excel did not allow a new workbook (your organisation’s settings may forbid it). ${fallback}`;
        case 'no-protocol':
          return 'The package holds no protocol. Prepare the packages again.';
        default:
          return `Excel did not open the workbook${detail ? ` (${detail})` : ''}. Try again. ${fallback}`;
      }
    },
    withoutWorksTitle: (count) => `Without works: ${n(count)} ${pluralEn(count, 'expert', 'experts')}`,
    withoutWorks: 'They got no works: there are none of their subject and grade outside their school and municipality, or other experts took them.',
    unassignedTitle: (count) => `Not assigned: ${n(count)} ${pluralEn(count, 'work', 'works')}`,
    again: 'Change the inputs and prepare again',
  },
  problems: {
    title: (count) => `File problems: ${n(count)}`,
    none: 'No problems: every file is a work or a school document.',
    titles: {
      'bad-name': 'File name does not follow the rule',
      'duplicate-code': 'Participant code repeated',
      'duplicate-file': 'Exact copies of files',
      'empty-file': 'Empty files',
      'not-pdf': 'Not a PDF',
      'broken-pdf': 'Damaged PDFs',
      'encrypted-pdf': 'Password-protected PDFs',
      encrypted: 'Password-protected archive',
      'wrong-password': 'Wrong password',
      'unsupported-encryption': 'Unsupported encryption',
      'unsafe-path': 'Unsafe path in the archive',
      'too-large': 'Files too large',
      'system-file': 'System files',
      'unknown-folder': 'Files outside a school folder',
      'unknown-file': 'Unrecognised files',
      'old-excel': 'Score sheet in the old .xls format',
      'broken-archive': 'Damaged archives',
      'nested-too-deep': 'Archives nested too deep',
      'entry-count-mismatch': 'Archives whose file count does not add up',
      'empty-archive': 'Empty nested archives',
      'unreadable-entry': 'Files that cannot be unpacked',
      'experts-unreadable': 'Expert list cannot be read',
      'experts-no-header': 'Expert list has no header row',
      'experts-missing-column': 'Column missing from the expert list',
      'expert-no-name': 'Expert without a name',
      'expert-no-subject': 'Expert without a subject',
      'expert-bad-grades': 'Expert’s grades unclear',
      'expert-bad-capacity': 'Expert’s number of works unclear',
      'expert-duplicate': 'Expert listed twice',
      'expert-no-workplace': 'Expert’s workplace missing',
      'not-a-protocol': 'Not a re-check protocol',
      'wrong-version': 'Protocol of another version',
      'broken-workbook': 'Damaged workbook',
      'missing-expert-score': 'Expert score missing',
      'invalid-expert-score': 'Invalid expert score',
      'score-out-of-range': 'Score out of range',
      'difference-without-code': 'Difference without an error code',
      'code-without-difference': 'Error code without a difference',
      'invalid-error-code': 'Invalid error code',
      'explanation-required': 'Explanation required for code 6 or 7',
      'locked-cell-edited': 'Locked cell edited',
      'protocol-row-added': 'Row added to the protocol',
      'protocol-row-deleted': 'Row deleted from the protocol',
      'checksum-mismatch': 'Checksum mismatch',
      'signature-mismatch': 'Protocol signature mismatch',
      'encrypted-workbook': 'School score sheet with a password',
      'unknown-layout': 'School score sheet not recognised',
      'no-tasks': 'No task columns in the school score sheet',
      'score-above-max': 'Score above the maximum',
      'not-a-score': 'Score not recognised',
      'bad-variant': 'Variant missing',
      'scores-for-absent': 'Scores for an absent pupil',
      'duplicate-row': 'Participant code twice',
      'bad-code': 'Invalid participant code',
      'missing-code': 'Participant code missing',
      'unknown-column': 'Score sheet column not recognised',
      'other-score-sheet': 'A second results sheet',
      'no-score-sheet': 'No school score sheet',
      'scan-without-row': 'Scan without a score sheet row',
      'row-without-scan': 'Score sheet row without a scan',
      'variant-mismatch': 'Variant differs',
      'absent-with-scan': 'Scan of an absent pupil',
      'sheet-without-school': 'Score sheet of no known school',
      'pdf-metadata-left': 'PDF metadata not fully removed',
    },
    untitled: (code) => `Other problems (${code})`,
    showAll: (count) => `Show all (${n(count)})`,
    showFewer: 'Show fewer',
    cell: (cell) => `cell ${cell}`,
    inArchive: (archive) => `archive “${archive}”`,
  },
};
