import type { ClassroomWork } from '../bank/types';
import type { Task } from '../scores';

/** A test of the sample: subject and grade. */
export interface CrossTest {
  subject: string;
  grade: number;
}

/** A classroom file with what the coordinator knows of it. */
export interface CrossClassroom {
  work: ClassroomWork;
  /** Works in the file: from the counts table, else the cover letter; null when neither says. */
  works: number | null;
  worksFrom: 'counts' | 'cover-letter' | null;
}

/** Pairing the coordinator sets by hand (the pane's override): `school`'s classrooms of the test go to `checker`. */
export interface CrossOverride extends CrossTest {
  school: string;
  checker: string;
}

export interface CrossSchoolRoute extends CrossTest {
  school: string;
  municipality: string;
  cipher: string;
  /** The checking school's name; null when the test has a single school. */
  checkedBy: string | null;
  works: number;
}

export interface CrossPackageFile {
  /** Name inside the package: `Работы/Ш-417 6А.pdf`. */
  path: string;
  /** The file name alone, as the check protocol names it. */
  file: string;
  cipher: string;
  class: string;
  pages: number;
  works: number | null;
  classroom: CrossClassroom;
}

export interface CrossPackagePlan extends CrossTest {
  packageId: string;
  checker: string;
  checkerCipher: string;
  checkerMunicipality: string;
  tasks: Task[];
  files: CrossPackageFile[];
}
