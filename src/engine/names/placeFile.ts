import { stripCopyMarks } from './copySuffix';
import { normaliseName } from './normalise';
import { parseSchoolFolder, type SchoolFolder } from './schoolFolder';

export interface Placement {
  /** Normalised like a school name; '' when the archive itself is the school's folder and nothing names the municipality. */
  municipality: string;
  schoolFolder: SchoolFolder;
  /** The school folder's path inside the archive, segments as given ('' when the archive itself is the school's folder). */
  schoolFolderPath: string;
  /** The last segment of the path, as given. */
  fileName: string;
}

const ZIP = /\.zip\s*$/iu;

function isNestedArchive(segment: string): boolean {
  return ZIP.test(segment);
}

/** A path segment as a folder name: a nested archive 'МБОУ …, 6 класс.zip' counts as its folder. */
function asFolder(segment: string): string {
  return segment.replace(ZIP, '');
}

/** 'C:\\Загрузки\\Боханский район (1).zip' → 'Боханский район'. */
function archiveStem(archiveName: string): string {
  const name = archiveName.slice(Math.max(archiveName.lastIndexOf('/'), archiveName.lastIndexOf('\\')) + 1);
  return normaliseName(stripCopyMarks(asFolder(name)));
}

/**
 * The municipality above a school folder: the nearest ancestor that names something. A nested archive
 * ('Витим.zip') is usually one school's parcel, and a second copy of the school folder names the school:
 * both are skipped. Above the top of the archive, the archive's own name.
 */
function municipalityAbove(archiveName: string, ancestors: readonly string[]): string {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const segment = ancestors[i];
    if (isNestedArchive(segment) || parseSchoolFolder(segment) !== null) continue;
    return normaliseName(stripCopyMarks(segment));
  }
  const stem = archiveStem(archiveName);
  return parseSchoolFolder(stem) === null ? stem : '';
}

/** Where a file sits: its school folder (the nearest one on the path) and the municipality above it; null when no folder names a school. */
export function placeFile(archiveName: string, path: string): Placement | null {
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.length === 0) return null;
  const fileName = segments[segments.length - 1];
  const folders = segments.slice(0, -1);

  for (let i = folders.length - 1; i >= 0; i--) {
    const schoolFolder = parseSchoolFolder(asFolder(folders[i]));
    if (schoolFolder === null) continue;
    return {
      municipality: municipalityAbove(archiveName, folders.slice(0, i)),
      schoolFolder,
      schoolFolderPath: folders.slice(0, i + 1).join('/'),
      fileName,
    };
  }
  // A school that zipped the contents of its folder: the archive's name is the folder's name.
  const schoolFolder = parseSchoolFolder(archiveStem(archiveName));
  if (schoolFolder === null) return null;
  return { municipality: '', schoolFolder, schoolFolderPath: '', fileName };
}
