/**
 * What a path inside a municipality's archive means: school folders, the names of pupils' and classrooms'
 * scans, and the role of every other file. Pure string logic over decoded, NFC-normalised, `/`-separated names.
 */
export { parseSchoolFolder, parseSchoolSheetFileName, schoolFolderName, schoolSheetFileName, type Layout, type SchoolFolder } from './schoolFolder';
export { parseWorkFileName, type WorkFileName } from './workFileName';
export { parseClassroomFileName, type ClassroomFileName } from './classroomFileName';
export { classifyFile, type DocumentKind, type FileRole } from './classifyFile';
export { placeFile, type Placement } from './placeFile';
export { normaliseSchool, normaliseSubject } from './normalise';
