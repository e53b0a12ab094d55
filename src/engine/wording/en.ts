/**
 * The English wording of every problem and of unassigned works, for a pane whose Office is not Russian.
 * Names the person must type or find in Russian files (headers, sheet names, folder patterns) stay Russian,
 * always inside «…», so a reader knows to look for them literally.
 */
import type { ArchiveFailureReason, CellShown, EntryFailureReason, NonPdfKind, PdfFailureReason, ScaleColumn, UserFileFailure, WorkbookFailureReason } from '../problems';
import { entryReason, inBrackets, withDetail } from './compose';
import type { Wording } from './types';

const ARCHIVE_REASONS: Record<ArchiveFailureReason, string> = {
  'no-end-record': 'the end of the archive is missing: it is not a ZIP, or the file is cut short',
  'not-zip': 'it is not a ZIP archive',
  'directory-damaged': 'the archive’s table of contents is damaged or cut short',
  'split-archive': 'it is one part of a multi-volume archive',
  'encrypted-directory': 'the archive’s table of contents is encrypted, which is not supported',
  'ambiguous-structure': 'the archive’s structure is ambiguous: extra data before or after it',
  'too-big': 'the archive is too large',
  'not-readable': 'the archive file cannot be read from disk',
  'read-error': 'read error',
};

const ENTRY_REASONS: Record<EntryFailureReason, string> = {
  'password-garbles-data': 'this password does not decrypt the data',
  'unsupported-compression': 'unsupported compression method',
  'crc-mismatch': 'the data is damaged: the checksum does not match',
  'compressed-data-damaged': 'the compressed data is damaged',
  'authentication-failed': 'the encrypted data is damaged or was altered',
  'size-mismatch': 'the unpacked size differs from the size the archive states',
  'data-not-found': 'the file’s data is missing: the archive is damaged or cut short',
  'conflicting-headers': 'the file’s headers in the archive contradict each other',
  'overlapping-data': 'the file’s data overlaps another file in the archive',
  'out-of-memory': 'not enough memory to unpack it',
  'not-readable': 'the archive file cannot be read from disk',
  'inflate-error': 'unpacking error',
};

const PDF_REASONS: Record<PdfFailureReason, string> = {
  cut: 'the file is cut short',
  'no-pages': 'it has no pages',
  'no-catalog': 'the document catalog is missing',
  'no-page-tree': 'the page tree is missing',
  'missing-objects': 'objects are missing from the file',
  damaged: 'the file structure is damaged',
  'needs-password': 'a password is needed to open it',
  'needs-certificate': 'a certificate is needed to open it',
  'encrypted-pages': 'the pages are encrypted',
  'unknown-encryption': 'unknown encryption',
  'aes-unavailable': 'AES encryption is not available here',
};

const NON_PDF: Record<NonPdfKind, string> = {
  jpeg: 'it is a JPEG image',
  png: 'it is a PNG image',
  gif: 'it is a GIF image',
  tiff: 'it is a TIFF image',
  bmp: 'it is a BMP image',
  webp: 'it is a WebP image',
  heic: 'it is a HEIC photo',
  'video-or-image': 'it is a video or an image',
  djvu: 'it is a DjVu document',
  'old-office': 'it is an old-format Word or Excel document',
  docx: 'it is a Word document (DOCX)',
  xlsx: 'it is an Excel workbook (XLSX)',
  pptx: 'it is a PowerPoint presentation (PPTX)',
  opendocument: 'it is an OpenDocument file',
  zip: 'it is a ZIP archive',
  rar: 'it is a RAR archive',
  '7z': 'it is a 7z archive',
  gzip: 'it is a gzip archive',
  rtf: 'it is an RTF document',
  html: 'it is an HTML web page',
  xml: 'it is an XML file',
  text: 'it is a text file',
  unknown: 'unknown format',
};

const WORKBOOK_REASONS: Record<WorkbookFailureReason, string> = {
  'empty-file': 'the file is empty, 0 bytes',
  'old-office-format': 'it is an old-format Office file: an .xls workbook or a password-protected .xlsx; save it as .xlsx without a password',
  'not-xlsx': 'it is not an Excel .xlsx workbook',
  'read-error': 'read error',
};

const EXPERT_COLUMNS = {
  school: { expected: 'the workplace column, «Место работы» (or «ОО», «Школа»)', missing: 'workplace' },
  municipality: { expected: 'the municipality column, «Муниципалитет» (or «МО», «Район»)', missing: 'municipality' },
} as const;

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function cell(value: CellShown): string {
  switch (value.kind) {
    case 'empty':
      return 'nothing';
    case 'number':
      return `“${value.value}”`;
    case 'quoted':
      return `“${value.text}”`;
    case 'text':
      return 'text';
    case 'boolean':
      return value.value ? '“TRUE”' : '“FALSE”';
    case 'date':
      return 'a date (Excel turned the number into a date — give the cell a number format)';
    case 'formula-error':
      return `the formula error “${value.text}”`;
    case 'uncomputed':
      return 'a formula without a computed value';
  }
}

function listCodes(codes: string[]): string {
  const shown = codes.slice(0, 5).join(', ');
  return codes.length > 5 ? `${shown} and ${codes.length - 5} more` : shown;
}


const SCALE_COLUMNS: Record<ScaleColumn, string> = {
  subject: '«Предмет» (subject)',
  grade: '«Класс» or «Параллель» (grade)',
  lowest3: '«"3" от» or «Минимальный балл "3"» (lowest score of a 3)',
  lowest4: '«"4" от» or «Минимальный балл "4"» (lowest score of a 4)',
  lowest5: '«"5" от» or «Минимальный балл "5"» (lowest score of a 5)',
  max: '«Максимальный балл» (maximum score)',
};

const SCALE_EXPECTED: Record<ScaleColumn, string> = {
  subject: 'the name of a subject',
  grade: 'a grade from 1 to 11',
  lowest3: 'a whole number of points',
  lowest4: 'a whole number of points',
  lowest5: 'a whole number of points',
  max: 'a whole number of points',
};

function test(subject: string, grade: number): string {
  return `${subject}, grade ${grade}`;
}


const USER_FILE_FAILURES: Record<UserFileFailure, string> = {
  missing: 'no such file',
  directory: 'it is a folder, not a file',
  'not-a-file': 'it is not a regular file',
  'no-permission': 'no permission to read it',
  unreadable: 'it does not open',
};

export const en: Wording = {
  problems: {
    'bad-name': ({ expected }) =>
      `The file name does not follow the rule ${expected === 'work' ? '«<код участника>_вар.<номер варианта>.pdf» (participant code, then variant number), e.g. «4002_вар.1.pdf»' : '«<класс><буква> <предмет>.pdf» (grade and letter, then subject), e.g. «6А русский язык.pdf»'}. Ask the school whose scan it is and rename the file.`,
    'duplicate-code': ({ participant, classroom, otherPath }) =>
      `The school folder holds two different files for ${participant !== undefined ? `participant ${participant}` : `class ${classroom ?? ''}`} (the other: ${otherPath}). Ask the school which scan belongs to the participant, and delete or rename the other one.`,
    'duplicate-file': ({ otherPath }) => `An exact copy of ${otherPath} — the bank keeps one of them; nothing to do.`,
    'empty-file': () => 'The file is empty (0 bytes). Ask the school to send the scan again.',
    'not-pdf': ({ looksLike }) => `The file is named .pdf but is not a PDF (${NON_PDF[looksLike]}). Ask the school to send the scan as a PDF.`,
    'broken-pdf': ({ reason }) => `The PDF is damaged and does not open (${PDF_REASONS[reason]}). Ask the school to send the scan again.`,
    'encrypted-pdf': () => 'The PDF is password-protected. Ask the school to send the scan without a password.',
    encrypted: () => 'The archive is password-protected. Enter the password the school or municipality gave you (on the command line: --password).',
    'wrong-password': () => 'The archive password is wrong. Check the password with the sender and try again.',
    'unsupported-encryption': () =>
      'The archive uses an unsupported kind of encryption. Ask the sender to save it again as a ZIP with AES encryption or without a password.',
    'unsafe-path': () =>
      'The file’s path points outside the archive (../, an absolute path or a drive name). The file was not unpacked; ask the sender to rebuild the archive.',
    'too-large': ({ limitBytes }) =>
      `The file is too large once unpacked (over ${megabytes(limitBytes)}) and was not unpacked: the archive may be damaged or a “zip bomb”. Ask the sender to check the archive.`,
    'system-file': () => 'An operating-system file (Thumbs.db, .DS_Store, __MACOSX and the like) — skipped; nothing to do.',
    'unknown-folder': () =>
      'The file is outside a school folder named like «<школа>, <предмет>, <класс> класс» (or «<школа>_<предмет>_<класс> класс»). Move it into its school’s folder, or ask the sender whose file it is.',
    'unknown-file': () =>
      'The file is not recognised: it is neither a scan of a work (PDF) nor a school document (score sheet .xlsx, variants, criteria, cover letter). Ask the school what the file is.',
    'old-excel': () => 'The school’s score sheet is in the old .xls format. Ask the school to save it again as an Excel workbook (.xlsx).',
    'encrypted-workbook': () =>
      'The Excel workbook needs a password to open and cannot be read. If you know the password, open the file in Excel, remove it (File → Info → Protect Workbook → Encrypt with Password → empty password) and save; otherwise ask the school for the score sheet without a password.',
    'unknown-layout': ({ personalData }) =>
      `No results table found: no sheet has the headers «Код участника» (or «Код») and «Вариант» (or «Вариант (часть 1)») in its first 30 rows. Ask the school for the filled-in results form of FIS OKO.${personalData ? ' The file has a column of pupils’ names (personal data): do not pass this file on to experts.' : ''}`,
    'no-tasks': ({ sheet }) =>
      `The sheet «${sheet}» has the participant code and variant columns, but no task column with the maximum score in its header (like «1 (2б)»). Ask the school for the FIS OKO results form with its headers unchanged.`,
    'score-above-max': ({ participant, task, value, max }) =>
      `Participant ${participant}’s score for task ${task} (${cell(value)}) is above the maximum (${max}). Check the score with the school and correct the school’s score sheet.`,
    'not-a-score': ({ participant, task, value, max }) =>
      `Participant ${participant}’s score for task ${task} is not recognised (it holds ${cell(value)}): whole scores from 0 to ${max} or X (no answer) are allowed. Check the score with the school and correct the school’s score sheet.`,
    'bad-variant': ({ participant, header, value }) =>
      `Participant ${participant} has ${value ? `a variant that is not a number (it holds ${cell(value)})` : 'no variant'}${header ? ` in the column «${header}»` : ''}. Check the variant with the school; if the participant did not sit the test, enter «отсутствовал» (absent).`,
    'scores-for-absent': ({ participant }) =>
      `Participant ${participant} is marked absent, yet the row has scores. Ask the school whether the participant sat the test, and correct the school’s score sheet.`,
    'duplicate-row': ({ participant, row, otherRow, identical }) =>
      `Participant code ${participant} appears twice: in rows ${otherRow} and ${row} (${identical ? 'the rows are the same' : 'the rows differ'}). Row ${otherRow} was used; ask the school for the participant code of the second row and correct the school’s score sheet.`,
    'bad-code': ({ row, header }) =>
      `Row ${row} has scores, but its ${header ? `column «${header}»` : 'participant code column'} does not hold a participant code of 4–6 digits. The row was not read: check the code with the school and correct the school’s score sheet.`,
    'missing-code': ({ row }) =>
      `Row ${row} has scores but no participant code. The row was not read: check the code with the school and correct the school’s score sheet.`,
    'unknown-column': ({ header, duplicateOf }) =>
      `The column «${header}» is not recognised${duplicateOf ? ` (task ${duplicateOf.task} is already in the column «${duplicateOf.header}»)` : ''}, and its values were not read. If it is a task, its header needs the task number and the maximum score, e.g. «5 (2б)»: correct the header in the school’s score sheet.`,
    'other-score-sheet': ({ sheet, otherSheet, onlyOther, onlyRead, differing }) => {
      const parts: string[] = [];
      if (onlyOther.length) parts.push(`participants ${listCodes(onlyOther)} are only on «${sheet}»`);
      if (onlyRead.length) parts.push(`participants ${listCodes(onlyRead)} are missing from it`);
      if (differing.length) parts.push(`participants ${listCodes(differing)} have other scores or variants`);
      return `The sheet «${sheet}» also holds a results table, and it differs from the sheet read, «${otherSheet}»${parts.length ? `: ${parts.join('; ')}` : ''}. Only «${otherSheet}» was read. Ask the school which sheet is right and delete the other; if the sheets hold different classes, ask for them as separate files.`;
    },
    'broken-archive': ({ reason, detail }) =>
      `The archive is damaged or incomplete and cannot be read (${withDetail(ARCHIVE_REASONS[reason], detail)}). Ask the sender for the archive again.`,
    'file-not-found': ({ reason, detail }) =>
      `The file cannot be found or opened (${USER_FILE_FAILURES[reason]}${detail ? `: ${detail}` : ''}). Check the path and the permission to read it: the file was not read.`,
    'entry-count-mismatch': ({ statedCount, foundCount }) =>
      foundCount < statedCount
        ? `The archive’s end record states ${statedCount} files and folders, but its directory holds ${foundCount}: the archive is damaged or was built wrongly, and some files may be missing. Everything found was read; ask the sender to build the archive again and resend it.`
        : `The archive’s end record states ${statedCount} files and folders, fewer than the ${foundCount} in its directory: the count is written wrongly. The whole directory was read; check with the sender that the archive is complete.`,
    'empty-archive': () =>
      'A nested archive is empty: it holds no files (only folders, or nothing). Ask the school what it meant to send, and ask for an archive with the files.',
    'nested-too-deep': () => 'Archives are nested too deep inside one another. Ask the sender to unpack the inner archives.',
    'unreadable-entry': ({ reason, detail }) => `The file could not be unpacked from the archive${inBrackets(entryReason(ENTRY_REASONS, reason, detail))}. Ask the sender to send it again.`,
    'no-score-sheet': ({ school, subject, grade }) =>
      `The school folder “${school}, ${subject}, grade ${grade}” has no school score sheet (.xlsx with scores). Ask the school for it or add it by hand: without it the works cannot be compared.`,
    'scan-without-row': ({ participant }) =>
      `The school’s score sheet has no row for participant ${participant}’s scan. Ask the school for the participant code, then correct the file name or the score sheet.`,
    'row-without-scan': ({ participant }) =>
      `Participant ${participant} is on the school’s score sheet and not marked absent, but there is no scan. Ask the school to send the scan of the work.`,
    'variant-mismatch': ({ participant, fileVariant, sheetVariant }) =>
      `Participant ${participant}’s file name says variant ${fileVariant ?? '?'}, the school’s score sheet says ${sheetVariant ?? '?'}. Ask the school for the right variant; the work goes to no expert until this is fixed.`,
    'absent-with-scan': ({ participant }) =>
      `Participant ${participant} is marked absent on the school’s score sheet, yet there is a scan. Ask the school whether the participant sat the test.`,
    'pdf-metadata-left': ({ residual }) =>
      `Some of the PDF’s hidden data could not be removed with certainty${inBrackets(residual.join(', '))}: an author’s or a school’s name may remain in it. The package was built; before sending it, open the scan in the package and check the document properties (or ask the school to save the scan again without metadata).`,
    'sheet-without-school': () =>
      'It is unclear which school this score sheet belongs to. Name the file like the school folder: «<школа>, <предмет>, <класс> класс.xlsx».',
    'experts-unreadable': ({ reason, detail }) =>
      `The list of experts cannot be read${inBrackets(reason === 'old-excel' ? 'the file is in the old .xls format' : detail)}. Save it in Excel as an .xlsx workbook or as CSV and load it again.`,
    'experts-no-header': () =>
      'No header row found in the list of experts. It needs the columns «ФИО» (or «Эксперт»: name), «Предметы» (subjects), «Место работы» (or «ОО»: workplace) and «Муниципалитет» (or «МО», «Район»: municipality); optionally «Классы» (grades) and «Максимум работ» (most works). Add the headers above the data and load the list again.',
    'experts-missing-column': ({ column }) =>
      `The list of experts lacks ${EXPERT_COLUMNS[column].expected}: without it, no one can check that experts get no works from their own school or municipality. Add the column and load the list again.`,
    'expert-no-name': () => 'A row of the list of experts has no name, so it was skipped. Enter the expert’s full name or delete the row.',
    'expert-no-subject': ({ expert }) => `Expert “${expert}” has no subject, so they get no works. Enter the subject (several: separated by commas).`,
    'expert-bad-grades': ({ expert, value }) =>
      `Expert “${expert}” has grades that cannot be read (“${value}”), so no grade limit applies and they may get works of any grade. Enter grades like “4-6” or “5, 7”.`,
    'expert-bad-capacity': ({ expert, value }) =>
      `Expert “${expert}” has a maximum number of works that cannot be read (“${value}”), so no limit applies. Enter a whole number of works or leave the cell empty.`,
    'expert-duplicate': ({ expert, otherRow }) =>
      `Expert “${expert}” is already on the list (row ${otherRow}); only the first row counts. If it is one person, list all their subjects in one row, separated by commas; if they are different people, tell their names apart.`,
    'expert-no-workplace': ({ expert, missing }) =>
      `Expert “${expert}” has no ${EXPERT_COLUMNS[missing].missing} given. Without it, no one can check that the expert gets no works from their own school or municipality. Fill in the cell and load the list again.`,
    'not-a-protocol': ({ missingSheet }) =>
      `The file is not a Recheck re-check protocol (${missingSheet ? `the sheet «${missingSheet}» is missing` : 'there is no hidden sheet with the package’s data'}). Make sure you chose the protocol from the expert’s package, not another Excel workbook.`,
    'wrong-version': ({ version, supported }) =>
      `The protocol was made by another version of Recheck (format ${version}; this version reads format ${supported}). Update Recheck or ask the coordinator to issue the protocol again.`,
    'broken-workbook': ({ reason, detail }) =>
      `The file does not read as an Excel workbook (.xlsx) (${reason === 'read-error' && detail ? detail : WORKBOOK_REASONS[reason]}). Open it in Excel, save it as “Excel Workbook (.xlsx)” and check it again, or ask for the file again.`,
    'missing-expert-score': ({ max }) => `The expert’s score is missing. Enter a whole number from 0 to ${max ?? 'the maximum score'}, or X if there is no answer.`,
    'invalid-expert-score': ({ value, max }) =>
      `The expert’s score “${value}” is not a score. Enter a whole number from 0 to ${max ?? 'the maximum score'}, or X if there is no answer.`,
    'score-out-of-range': ({ value, max }) =>
      `The expert’s score ${value} is out of range: it must be a whole number from 0 to ${max ?? 'the maximum score'}. Correct the score.`,
    'difference-without-code': () =>
      'The school’s and the expert’s scores differ, but no error code is given. Choose an error code from 1 to 7 (their texts are on the sheet «Коды ошибок»).',
    'code-without-difference': () =>
      'An error code is given, but the school’s and the expert’s scores agree (X counts as 0) or the expert’s score is missing. Where the scores agree, the error code stays empty: delete the code or check the score.',
    'invalid-error-code': ({ value }) => `The error code “${value}” is not on the list. Enter one digit from 1 to 7 (see the sheet «Коды ошибок»).`,
    'explanation-required': ({ code }) =>
      `Error code ${code} (“Other”) needs an explanation. Describe in the column «Пояснение» which errors were made.`,
    'locked-cell-edited': ({ column, original, value }) =>
      `A locked cell was changed in «${column}»: it was “${original}”, now “${value}”. The school’s data in the protocol must not change: restore the original value or ask the coordinator to issue the protocol again.`,
    'protocol-row-added': () => 'The protocol has a row that the issued protocol did not have. Delete it: the works and tasks must not change.',
    'protocol-row-deleted': ({ deletedWork, deletedTask, originalRow }) =>
      `A row was deleted from the protocol: ${deletedWork}, task ${deletedTask} (it was row ${originalRow}). Restore it, or ask the coordinator to issue the protocol again and copy your scores into it.`,
    'checksum-mismatch': () =>
      'The checksum does not match: the protocol’s hidden data was changed. Such a protocol cannot be accepted as it is: ask the coordinator to issue the protocol again and copy your scores into it.',
    'signature-mismatch': () =>
      'The protocol’s signature does not match the coordinator’s key: the protocol was issued with another key (another package), or its data was changed and the checksum recomputed. Check that you chose this package’s key; otherwise issue the protocol again.',
    'unknown-package': ({ packageId }) =>
      `The protocol is signed with this key, but the key has no package ${packageId}: perhaps the key of another round was chosen, or the key was rebuilt. Give the key this package was prepared with; the protocol's rows were not merged.`,
    'duplicate-protocol': ({ packageId, keptFile, identical, differences }) =>
      identical
        ? `A copy of the protocol of package ${packageId} identical to ${keptFile}: merged once, nothing to do.`
        : `Another version of the protocol of package ${packageId}: the later one (${keptFile}) was merged, this one was not. It differs in: ${differences.slice(0, 20).join(', ')}${differences.length > 20 ? ` and ${differences.length - 20} more` : ''}. If this version is the right one, check with the expert and merge again without the other.`,
    'scale-unreadable': ({ reason, detail }) =>
      `The table of marks scales cannot be read${inBrackets(reason === 'old-excel' ? 'the file is in the old .xls format' : detail)}. Save it in Excel as an .xlsx workbook or as CSV and load it again; until then no marks are computed, and the share of objectively graded works counts equal scores.`,
    'scale-no-header': () =>
      `No header row found in the table of marks scales. It needs the columns ${Object.values(SCALE_COLUMNS).join(', ')}. Add the headers above the data and load the table again.`,
    'scale-missing-column': ({ column }) =>
      `The table of marks scales lacks the column ${SCALE_COLUMNS[column]}, so no scale was read: add the column and load the table again.`,
    'scale-bad-value': ({ column, header, value, subject, grade }) =>
      `In the table of marks scales${subject !== undefined && grade !== undefined ? ` (${test(subject, grade)})` : ''}, the column «${header}» holds “${value}” where ${SCALE_EXPECTED[column]} is needed. The row was not read: correct the value and load the table again.`,
    'scale-not-increasing': ({ subject, grade, lowest3, lowest4, lowest5, max }) =>
      `The scale for ${test(subject, grade)} does not rise (3 from ${lowest3}, 4 from ${lowest4}, 5 from ${lowest5}, maximum ${max}): it must be 0 ≤ 3 < 4 < 5 ≤ maximum. The scale was not read: check the thresholds against the published scales.`,
    'scale-duplicate': ({ subject, grade, otherRow }) =>
      `The scale for ${test(subject, grade)} is given twice (first in row ${otherRow}); the first was taken. Delete the extra row.`,
    'scale-maximum-mismatch': ({ subject, grade, max, variantMaxima }) =>
      `The maximum of the scale for ${test(subject, grade)} (${max}) is not the sum of the tasks’ maximum scores: ${variantMaxima.map((entry) => `${entry.max} (variant ${entry.variant})`).join(', ')}. The scale was not used: no marks are computed, and the share of objectively graded works counts equal scores. Check the scale (year, subject, grade) and load a corrected one.`,
    'earlier-scan-missing': ({ participant, schoolCode, packageFile }) =>
      `The scan of work ${participant} (school code ${schoolCode}) for the third check is missing: the earlier round’s package “${packageFile}” was not found or does not hold it. Give the folder of the earlier packages (--packages) and prepare the third check again.`,
    'duplicate-task-row': ({ participant, task, schoolCode, subject, grade }) =>
      `Task ${task} of work ${participant}${schoolCode ? ` (school code ${schoolCode})` : ''}, ${test(subject, grade)}, appears twice; the first row was counted. Check that one protocol was not merged twice under different packages.`,
    // Issue 9: returned protocols.
    'calendar-year-missing': ({ year }) =>
      `There is no production calendar for ${year}: the deadline was counted on weekends and statutory holidays only, without transferred days off. Add src/engine/calendar/data/${year}.json from the government decree and count again.`,
    'calendar-year-unconfirmed': ({ year }) =>
      `The calendar for ${year} is not checked against the government decree on transferred days off: the deadline may move. Enter the decree's transfers in src/engine/calendar/data/${year}.json and set confirmed to true.`,
    'recheck-late': ({ received, recheckDue }) =>
      `The protocols go back on ${received}, but the re-check had to end by ${recheckDue} (60 calendar days after the test period). Say so in the report.`,
    'protocol-left-out': ({ state }) =>
      `The protocol was not merged (state ${state}): its works are not in the schools' workbooks. Fix the protocol and return the protocols again.`,
    'returned-workbook-unreadable': ({ reason }) =>
      reason === 'not-returned'
        ? 'This is not a school workbook with the «Причины и меры» sheet written by Recheck: no answer was read.'
        : reason === 'no-answers-sheet'
          ? 'The school workbook has no «Причины и меры» sheet (renamed or deleted): no answer was read. Ask the school to restore it.'
          : 'The school workbook cannot be read: ask for it again.',
    // Issue 10: the municipal cross-check.
    'cross-regional-layout': ({ school }) =>
      `In the cross-check archive, school «${school}» sent one PDF per pupil («<код>_вар.<n>.pdf») where one PDF per classroom («6А русский язык.pdf») is expected. These files are not routed: ask the school for classroom scans, or prepare them as a regional re-check.`,
    'cross-works-unknown': ({ school, class: room }) =>
      `The number of works of class ${room} of «${school}» is unknown: the cover letter does not give it. Enter it in the counts table (--counts); until then the class's works are not split.`,
    'cross-pages-not-multiple': ({ class: room, pages, works }) =>
      `The file of class ${room} has ${pages} pages for ${works} works, not a multiple: the proposed page split is approximate. The checking commission corrects the first and last pages in the protocol; check the number of works with the school.`,
    'cross-cover-letter-unread': ({ reason }) =>
      reason === 'pdf'
        ? 'The cover letter is a PDF, whose text is not read here. Enter the number of works per class in the counts table (--counts).'
        : reason === 'pdf-no-text'
          ? 'The cover letter is a PDF without text (a scan): the numbers of works cannot be read from it. Enter the number of works per class in the counts table (--counts).'
        : reason === 'no-counts'
          ? 'No class with a number of works («6А — 25») was found in the cover letter. Enter the numbers in the counts table (--counts).'
          : reason === 'other-format'
            ? 'The cover letter is neither .docx, .txt nor .pdf and was not read. Enter the numbers in the counts table (--counts).'
            : 'The cover letter does not open. Enter the numbers in the counts table (--counts) or ask the school to send it again.',
    'cross-count-conflict': ({ class: room, letter, table }) =>
      `For class ${room} the letter says ${letter} works and the counts table ${table}: the table's number is taken. Please check.`,
    'cross-counts-row': ({ row, reason }) =>
      `Row ${row} of the counts table was not read: ${reason === 'no-school' ? 'no school' : reason === 'no-class' ? 'no class like «6А»' : 'the number of works is not a positive whole number'}.`,
    'cross-counts-no-header': () => 'No header row found in the counts table: columns «Школа», «Класс» and «Работ» are needed.',
    'cross-single-school': ({ school, subject, grade }) =>
      `${test(subject, grade)}: only one school of the sample («${school}») writes this test, so nobody can check its works. Add another school with this test or check the works another way.`,
    'cross-mutual-pair': ({ subject, grade, schools }) =>
      `${test(subject, grade)}: the sample has two schools (${schools.map((s) => `«${s}»`).join(' and ')}), which check each other. Add a third school if that is not wanted.`,
    'cross-no-tasks': ({ subject, grade }) =>
      `${test(subject, grade)}: no FIS OKO results form, so the check protocol has no task columns. Add a blank form of this test (--forms) and prepare again.`,
    'cross-bad-override': ({ school, checker, subject, grade, reason }) =>
      `The pairing «${school}» → «${checker}» (${test(subject, grade)}) was not applied: ${reason === 'self' ? 'a school cannot check itself' : reason === 'unknown-school' ? 'no such school with this test in the sample' : 'no such checking school with this test in the sample'}.`,
    'cross-row-invalid': ({ reason, participant, task, value, max }) => {
      const who = participant ? `Work ${participant}` : 'A row';
      switch (reason) {
        case 'bad-code':
          return `Participant code «${value ?? ''}» is not 4–6 digits. The row is not carried over: correct the code from the answer sheet.`;
        case 'missing-code':
          return 'A row has scores but no participant code. It is not carried over: enter the code from the answer sheet.';
        case 'missing-variant':
          return `${who}: no variant. The row is not carried over.`;
        case 'missing-score':
          return `${who}: no score for task ${task ?? ''}. That cell of the form is left as it was: ask the commission to complete the protocol.`;
        case 'invalid-score':
          return `${who}: the score for task ${task ?? ''} («${value ?? ''}») is not a whole number from 0 to ${max ?? '?'} nor X. That cell of the form is left as it was.`;
        case 'bad-pages':
          return `${who}: the work's pages are outside the file or the first is after the last. Correct the pages.`;
        case 'pages-overlap':
          return `${who}: the work's pages overlap another work of the same file. Correct the pages.`;
        case 'unknown-file':
          return `${who}: classroom file «${value ?? ''}» is not in this package. The row is not carried over.`;
        case 'duplicate-code':
          return `Participant code ${participant ?? ''} appears twice in the protocol; the first row is carried over. Check the code on the answer sheet.`;
      }
    },
    'cross-no-form': ({ school, subject, grade }) =>
      `No results form of «${school}» (${test(subject, grade)}) was given: its results are not carried over. Add its form (--forms; the file or folder name must name the school).`,
    'cross-code-not-in-form': ({ participant, school }) =>
      `Participant code ${participant} is in the check protocol but in no form of «${school}». Not carried over: compare the code on the answer sheet with the form.`,
    'cross-row-without-result': ({ participant }) =>
      `Participant ${participant} is in the form but got no checked result. Check whether the work was scanned and the code in the check protocol is right.`,
    'cross-variant-mismatch': ({ participant, formVariant, protocolVariant }) =>
      `Participant ${participant} has variant ${formVariant ?? '—'} in the form and ${protocolVariant ?? '—'} in the check protocol: scores not carried over. Check the variant on the answer sheet.`,
    'cross-task-not-in-form': ({ task }) =>
      `Task ${task} of the check protocol is not in the school's form: its scores are not carried over. Check that this is the right form (subject, grade, year).`,
    'cross-cells-overwritten': ({ cells }) =>
      `Cells that held another value were overwritten: ${listCodes(cells)}. The original form is unchanged; the filled copy is saved separately.`,
  },
  unassigned: {
    'no-expert-for-subject': ({ subject, grade }) =>
      `The list has no expert for “${subject}”, grade ${grade}. Add an expert for this subject (and grade, if the list gives grades) and assign the works again.`,
    'only-conflicted-experts': ({ subject, grade, school, municipality }) =>
      `Every expert for “${subject}”, grade ${grade}, works at “${school}” or in the same municipality (“${municipality}”), and experts do not re-check works from their own school or municipality. Add an expert from another municipality and assign the works again.`,
    'only-earlier-reviewers': ({ subject, grade, school }) =>
      `Every expert for “${subject}”, grade ${grade}, who may take “${school}”’s works already checked them in an earlier round, and a second check needs another expert. Add an expert and assign the works again.`,
    capacity: ({ subject, grade, school }) =>
      `Every expert for “${subject}”, grade ${grade}, who may take “${school}”’s works has reached their limit. Raise a limit in the list of experts or add an expert, and assign the works again.`,
    // Issue 11 (double re-check).
    'no-second-expert': ({ subject, grade, school }) =>
      `A work of “${school}” (${subject}, grade ${grade}) was chosen for two experts, but no second expert can take it: the other experts of the subject work at the same school or in the same municipality, already score it, or have reached their limit. For now one expert scores it. Add an expert or raise a limit and assign the works again.`,
    'no-third-expert': ({ subject, grade, school }) =>
      `The two experts’ scores of a work of “${school}” (${subject}, grade ${grade}) differ substantially, but no third expert can take it: the other experts of the subject work at the same school or in the same municipality, or already scored it. Add an expert or arrange the third check by hand.`,
  },
};
