/**
 * The cross-check's key, in the key workbook's own format (prepare/keyWorkbook.ts): schools are listed under
 * their cipher as Код ОО, each package's reviewer is the checking school's commission (`комиссия ОО`, its cipher as
 * the reviewer's code), and each classroom file is a «work» whose Код работы is its ciphered name in the package.
 * Keys of the regional re-check read as before; `recheck cross return` reads this one back with readKeyWorkbook.
 */
import type { KeyFile } from '../prepare/keyWorkbook';
import { KEY_FORMAT_VERSION } from '../prepare/keyWorkbook';
import type { CrossPackage } from './buildCrossPackages';
import type { CrossPlan } from './planCross';

export function keyOfCrossPlan(plan: CrossPlan, built: readonly CrossPackage[]): KeyFile {
  const fileNames = new Map(built.map((pkg) => [pkg.plan.packageId, pkg.fileName]));
  return {
    formatVersion: KEY_FORMAT_VERSION,
    createdAt: plan.createdAt,
    seed: plan.seed,
    secret: plan.secret,
    schools: plan.schools.map((s) => ({ code: s.cipher, municipality: s.municipality, school: s.school, subject: s.subject, grade: s.grade, works: s.works })),
    packages: plan.packages.map((pkg) => ({
      packageId: pkg.packageId,
      round: 1,
      reviewer: { kind: 'commission', id: pkg.checkerCipher, name: pkg.checker, school: pkg.checker, municipality: pkg.checkerMunicipality },
      subject: pkg.subject,
      grade: pkg.grade,
      works: pkg.files.reduce((sum, f) => sum + (f.works ?? 0), 0),
      fileName: fileNames.get(pkg.packageId) ?? '',
    })),
    works: plan.packages.flatMap((pkg) => pkg.files.map((f) => ({
      schoolCode: f.cipher, workCode: f.file, variant: null, packageId: pkg.packageId, round: 1, reviewerName: pkg.checker,
      archive: f.classroom.work.archive, path: f.classroom.work.path,
    }))),
  };
}
