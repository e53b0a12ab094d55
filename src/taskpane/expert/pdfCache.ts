/** A few PDFs of a package kept in memory (the shown work, the next one, the one before): least recently used go. */
export interface PdfCache {
  /** The cached reading of `path`, or `read(path)` started and cached. A failed reading is not kept. */
  get(path: string, read: (path: string) => Promise<Blob>): Promise<Blob>;
  clear(): void;
}

export function createPdfCache(limit: number): PdfCache {
  const cache = new Map<string, Promise<Blob>>();
  return {
    get(path, read) {
      const cached = cache.get(path);
      if (cached) {
        cache.delete(path);
        cache.set(path, cached);
        return cached;
      }
      const reading = read(path);
      cache.set(path, reading);
      reading.catch(() => cache.delete(path));
      while (cache.size > limit) cache.delete(cache.keys().next().value as string);
      return reading;
    },
    clear: () => cache.clear(),
  };
}
