import type { PupilWork, Work } from '../bank/types';
import { parseSchoolSheetFileName, placeFile } from '../names';
import { organisationKey } from '../assignment/sameOrganisation';
import { makeProblem, type Problem, type ProblemFacts } from '../problems';
import type { Task } from '../scores';
import type { ScoreSheet, SheetRow } from '../scoreSheets';

/** A scanned work with the school's own scoring of it: what an expert's protocol is prefilled from. */
export interface ScoredWork {
  work: PupilWork;
  /** The school folder the work came from, as one comparable key (see `schoolKeyOf`). */
  schoolKey: string;
  row: SheetRow;
  tasks: Task[];
  sheet: ScoreSheet;
}

export interface JoinResult {
  scored: ScoredWork[];
  problems: Problem[];
}

/**
 * Municipality, school, subject and grade: how a scan's folder and a score sheet find each other («МБОУ СОШ №1»
 * exists in many municipalities). A sheet added by hand names no municipality: its key has an empty one.
 * Names compare as organisations do (quotes, case, spacing aside): a file name cannot hold the `"` of
 * «МБОУ "Тарасинская СОШ"», so «МБОУ Тарасинская СОШ, русский язык, 6 класс.xlsx» must find it.
 */
export function schoolKeyOf(municipality: string, school: string, subject: string, grade: number): string {
  return [organisationKey(municipality), organisationKey(school), subject, grade].join('\u0000');
}

/**
 * Which school a score sheet belongs to: the school folder it was found in, or — for a sheet the coordinator
 * added by hand — its file name written like a school folder («<школа>, <предмет>, <класс> класс.xlsx»).
 */
function schoolKeyOfSheet(sheet: ScoreSheet): string | null {
  if (sheet.source.archive) {
    const placement = placeFile(sheet.source.archive, sheet.source.path);
    if (placement) {
      const { school, subject, grade } = placement.schoolFolder;
      return schoolKeyOf(placement.municipality, school, subject, grade);
    }
  }
  const folder = parseSchoolSheetFileName(sheet.source.path);
  return folder && schoolKeyOf('', folder.school, folder.subject, folder.grade);
}

/**
 * Joins pupils' scans with the rows of their schools' score sheets, by school and participant code.
 * Only a scan whose row agrees (same code, same variant, not absent) is scored; every disagreement is a problem
 * for the coordinator to settle with the school before anything is sent — nothing is guessed.
 * Classroom scans (one PDF per class) carry no participant codes and are left to the cross-check flow.
 */
export function joinSheets(works: Work[], sheets: ScoreSheet[]): JoinResult {
  const problems: Problem[] = [];
  const sheetsBySchool = new Map<string, ScoreSheet[]>();
  for (const sheet of sheets) {
    const key = schoolKeyOfSheet(sheet);
    if (key === null) {
      problems.push(makeProblem(sheet.source.archive, sheet.source.path, { problem: 'sheet-without-school' }));
      continue;
    }
    sheetsBySchool.set(key, [...(sheetsBySchool.get(key) ?? []), sheet]);
  }

  const scored: ScoredWork[] = [];
  const scannedCodes = new Map<ScoreSheet, Set<string>>();
  const schoolsWithoutSheet = new Map<string, Work>();
  for (const work of works) {
    if (work.kind !== 'work') continue;
    const schoolKey = schoolKeyOf(work.municipality, work.school, work.subject, work.grade);
    const schoolSheets = sheetsBySchool.get(schoolKey) ?? sheetsBySchool.get(schoolKeyOf('', work.school, work.subject, work.grade));
    if (!schoolSheets) {
      if (!schoolsWithoutSheet.has(schoolKey)) schoolsWithoutSheet.set(schoolKey, work);
      continue;
    }
    for (const sheet of schoolSheets) {
      const codes = scannedCodes.get(sheet) ?? new Set<string>();
      codes.add(bareCode(work.code));
      scannedCodes.set(sheet, codes);
    }

    const participant = work.code ?? '';
    const problem = (facts: ProblemFacts) => problems.push(makeProblem(work.archive, work.path, facts));
    const found = findRow(schoolSheets, work.code);
    if (!found) {
      problem({ problem: 'scan-without-row', participant });
    } else if (found.row.absent) {
      problem({ problem: 'absent-with-scan', participant });
    } else if (found.row.variant !== work.variant) {
      problem({ problem: 'variant-mismatch', participant, fileVariant: work.variant, sheetVariant: found.row.variant });
    } else {
      scored.push({ work, schoolKey, row: found.row, tasks: found.sheet.tasks, sheet: found.sheet });
    }
  }

  for (const work of schoolsWithoutSheet.values()) {
    const folder = placeFile(work.archive, work.path);
    problems.push(
      makeProblem(work.archive, folder?.schoolFolderPath || work.path, { problem: 'no-score-sheet', school: work.school, subject: work.subject, grade: work.grade }),
    );
  }

  for (const schoolSheets of sheetsBySchool.values()) {
    for (const sheet of schoolSheets) {
      const codes = scannedCodes.get(sheet) ?? new Set<string>();
      for (const row of sheet.rows) {
        if (row.absent || codes.has(bareCode(row.code))) continue;
        problems.push({
          ...makeProblem(sheet.source.archive, sheet.source.path, { problem: 'row-without-scan', participant: row.code }),
          cell: `${sheet.sheetName}!${row.row}:${row.row}`,
        });
      }
    }
  }
  return { scored, problems };
}

/** Codes compare as typed, and also without leading zeros (Excel drops them from numbers: 04002 → 4002). */
function bareCode(code: string): string {
  return code.replace(/^0+(?=\d)/, '');
}

function findRow(sheets: ScoreSheet[], code: string): { sheet: ScoreSheet; row: SheetRow } | null {
  for (const sheet of sheets) {
    const row = sheet.rows.find((r) => r.code === code) ?? sheet.rows.find((r) => bareCode(r.code) === bareCode(code));
    if (row) return { sheet, row };
  }
  return null;
}
