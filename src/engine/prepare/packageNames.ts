/**
 * What an expert's package holds, from its entry names (as the coordinator's `preparePackages` writes them):
 *
 *     Протокол <package id>.xlsx       the protocol; its name carries the package id
 *     ОО-xxx/<code>_вар.<n>.pdf        one scan per work, under its school code
 *     Материалы/Вариант N.pdf          the test variants and the scoring criteria
 *     Материалы/Критерии N.pdf
 *     Инструкция.txt
 *
 * Pure. (The names are the engine's — `protocolFileName`, `workPathInPackage` — read back here.)
 */

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
