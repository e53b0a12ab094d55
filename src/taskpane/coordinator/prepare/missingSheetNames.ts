import { schoolSheetFileName, type SchoolSummary } from '../../../engine';

/**
 * The file names to give the score sheets of school folders that have none: the folder's own name
 * («<школа>, <предмет>, <класс> класс») with `.xlsx`, which is how the engine ties a sheet added by hand to its school.
 */
export function missingSheetNames(schools: readonly SchoolSummary[]): string[] {
  return schools
    .filter((school) => school.kind === 'work' && school.works > 0 && school.documents['score-sheet'] === 0)
    .map(schoolSheetFileName);
}
