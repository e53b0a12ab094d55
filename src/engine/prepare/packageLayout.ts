/**
 * The layout of an expert's package, written and read here only: the coordinator's `preparePackages` names
 * the entries with the writers below, and the expert's pane reads them back with `readPackageNames`.
 *
 *     Протокол <package id>.xlsx       the protocol; its name carries the package id
 *     ОО-xxx/<code>_вар.<n>.pdf        one scan per work, under its school code
 *     Материалы/Вариант N.pdf          the test variants and the scoring criteria
 *     Материалы/Критерии N.pdf
 *     Инструкция.txt
 *
 * Pure.
 */

/** `Протокол <package id>.xlsx`, at the root: the package id travels in the name. */
export function protocolFileName(plan: { packageId: string }): string {
  return `Протокол ${plan.packageId}.xlsx`;
}

/** Where a pupil's work goes: `<Код ОО>/<code>_вар.<n>.pdf`, nothing else of the original name. */
export function workPathInPackage(schoolCode: string, workCode: string, variant: number): string {
  return `${schoolCode}/${workCode}_вар.${variant}.pdf`;
}

/**
 * A package's id: `<year>-Т<round>-<reviewer>-<n>` (`2026-Т1-Э01-1`), the n-th package of that reviewer in that
 * round. It says nothing about schools. Ids written before rounds (`2026-Э01-1`) read as round 1.
 */
export function packageIdOf(year: string, round: number, reviewerId: string, n: number): string {
  return `${year}-Т${round}-${reviewerId}-${n}`;
}

export interface PackageIdParts {
  year: string;
  round: number;
  reviewerId: string;
  n: number;
}

export function parsePackageId(id: string): PackageIdParts | null {
  const match = /^(\d{4})-(?:[ТT](\d+)-)?(.+)-(\d+)$/u.exec(id.normalize('NFC').trim());
  if (!match) return null;
  return { year: match[1], round: match[2] ? Number(match[2]) : 1, reviewerId: match[3], n: Number(match[4]) };
}

export const INSTRUCTION_PATH = 'Инструкция.txt';

/** `Материалы/Вариант N.pdf`, `Материалы/Критерии N.pdf`; `extension` with its dot. */
export function materialPath(kind: 'variant' | 'criteria', number: number, extension: string): string {
  return `Материалы/${kind === 'variant' ? 'Вариант' : 'Критерии'} ${number}${extension}`;
}

export interface PackageMaterial {
  kind: 'variant' | 'criteria';
  /** N of `Вариант N`: a running number of the file, usually the variant's own. */
  number: number;
  path: string;
  /** Only PDFs can be shown in the pane. */
  pdf: boolean;
}

export interface PackageNames {
  /** null when the archive holds no `Протокол <id>.xlsx` at its root: not an expert's package. */
  packageId: string | null;
  protocolPath: string | null;
  /** `<Код ОО>/<Код работы>` → the entry of its scan. */
  works: Map<string, string>;
  materials: PackageMaterial[];
}

const PROTOCOL = /^Протокол (.+)\.xlsx$/i;
const WORK = /^([^/]+)\/([^/]+?)\s*_\s*вар\.?\s*(\d+)\.pdf$/i;
const MATERIAL = /^Материалы\/(Вариант|Критерии)\s*(\d+)?[^/]*?\.([a-z0-9]+)$/i;

/** The key of a work in a package and in the viewer: `ОО-07/0402`. */
export function workKey(schoolCode: string, workCode: string): string {
  return `${schoolCode}/${workCode}`;
}

export function readPackageNames(names: readonly string[]): PackageNames {
  const result: PackageNames = { packageId: null, protocolPath: null, works: new Map(), materials: [] };
  for (const raw of names) {
    const name = raw.normalize('NFC');
    const protocol = PROTOCOL.exec(name);
    if (protocol && result.protocolPath === null) {
      result.packageId = protocol[1].trim();
      result.protocolPath = raw;
      continue;
    }
    const work = WORK.exec(name);
    if (work) {
      result.works.set(workKey(work[1], work[2]), raw);
      continue;
    }
    const material = MATERIAL.exec(name);
    if (material) {
      result.materials.push({
        kind: material[1].toLowerCase() === 'вариант' ? 'variant' : 'criteria',
        number: material[2] ? Number(material[2]) : 1,
        path: raw,
        pdf: material[3].toLowerCase() === 'pdf',
      });
    }
  }
  result.materials.sort((a, b) => (a.kind === b.kind ? a.number - b.number : a.kind === 'variant' ? -1 : 1));
  return result;
}

/** The materials to offer for a work of `variant`: those numbered as the variant first, then the others. */
export function materialsForVariant(materials: readonly PackageMaterial[], variant: number | null): PackageMaterial[] {
  const own = (material: PackageMaterial) => (variant !== null && material.number === variant ? 0 : 1);
  return [...materials].sort((a, b) => own(a) - own(b) || (a.kind === b.kind ? a.number - b.number : a.kind === 'variant' ? -1 : 1));
}
