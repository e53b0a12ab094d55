/** A few PDFs of a package kept in memory (the shown work, the next one, the one before): least recently used go. */
export interface PdfCache {
  /** The cached reading of `path`, or `read(path)` started and cached. A failed reading is not kept. */
  get(path: string, read: (path: string) => Promise<Blob>): Promise<Blob>;
  /** The PDF of `path` when its reading has finished and it is still kept; null otherwise. */
  peek(path: string): Blob | null;
  clear(): void;
}

export function createPdfCache(limit: number): PdfCache {
  const cache = new Map<string, Promise<Blob>>();
  const done = new Map<string, Blob>();
  return {
    peek: (path) => (cache.has(path) ? (done.get(path) ?? null) : null),
    get(path, read) {
      const cached = cache.get(path);
      if (cached) {
        cache.delete(path);
        cache.set(path, cached);
        return cached;
      }
      const reading = read(path);
      cache.set(path, reading);
      reading.then(
        (pdf) => {
          if (cache.get(path) === reading) done.set(path, pdf);
        },
        () => {
          if (cache.get(path) === reading) cache.delete(path);
        },
      );
      while (cache.size > limit) {
        const oldest = cache.keys().next().value as string;
        cache.delete(oldest);
        done.delete(oldest);
      }
      return reading;
    },
    clear: () => {
      cache.clear();
      done.clear();
    },
  };
}
