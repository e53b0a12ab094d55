import { useLayoutEffect, useState } from 'react';

/** A package's PDFs as the pane and the viewer window read them. */
export interface PdfSource {
  /** Changes when another package is opened (any value: only its identity matters). */
  archive: unknown;
  pdf(path: string): Promise<Blob>;
  /** A PDF already read and kept: shown in the same render the path changes in, not one render later. */
  peek?(path: string): Blob | null;
}

export type LoadedPdf = { path: string; pdf: Blob } | { path: string; failed: true } | null;

/** Reads one PDF of the package when `path` changes; null while reading (a PDF already read is there at once). */
export function usePackagePdf(source: PdfSource, path: string | null): LoadedPdf {
  const [loaded, setLoaded] = useState<LoadedPdf>(null);
  const { archive, pdf: read } = source;
  // A layout effect: the read starts in the render the path changes in, not a frame later.
  useLayoutEffect(() => {
    let active = true;
    if (!path || !archive) {
      setLoaded(null);
      return;
    }
    void read(path).then(
      (pdf) => active && setLoaded((previous) => (previous && 'pdf' in previous && previous.path === path && previous.pdf === pdf ? previous : { path, pdf })),
      () => active && setLoaded({ path, failed: true }),
    );
    return () => {
      active = false;
    };
  }, [archive, read, path]);
  if (loaded && path && loaded.path === path) return loaded;
  // Read already (the next work, prefetched): no render without a work in between, which would close it.
  const kept = path && source.archive ? (source.peek?.(path) ?? null) : null;
  return kept && path ? { path, pdf: kept } : null;
}
