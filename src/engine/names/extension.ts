export interface SplitName {
  /** The name before the last dot, as typed (empty for '.pdf'). */
  stem: string;
  /** Lower-case, without the dot and stray spaces ('6А русский язык. pdf' → 'pdf'); '' when there is none. */
  extension: string;
}

/** The last segment of a `/`-separated path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function splitExtension(fileName: string): SplitName {
  const name = fileName.trim();
  const dot = name.lastIndexOf('.');
  if (dot < 0) return { stem: name, extension: '' };
  const extension = name.slice(dot + 1).trim().toLowerCase();
  // '4002_вар.1' has no extension: a "1" after the last dot is part of the name.
  if (!/^[a-z0-9]{1,5}$/.test(extension) || /^\d+$/.test(extension)) return { stem: name, extension: '' };
  return { stem: name.slice(0, dot), extension };
}

/**
 * The stem of a PDF's name, or null when the name does not end in '.pdf'. A doubled '.pdf.pdf' (Windows
 * hiding known extensions) counts once.
 */
export function pdfStem(fileName: string): string | null {
  const { stem, extension } = splitExtension(baseName(fileName));
  if (extension !== 'pdf') return null;
  const inner = splitExtension(stem);
  return inner.extension === 'pdf' ? inner.stem : stem;
}
