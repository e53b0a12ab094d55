/**
 * The expert's package for the open protocol: taken from this computer's storage when it is there, otherwise
 * chosen once (file picker or drop), checked against the protocol's package id, and stored. Scans are read
 * from it on demand; a few recent ones are kept.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { clearPackages, loadPackage, loadRotations, rotationStore, savePackage, storageEstimate, type StorageProblem } from '../storage';
import { openPackage, type PackageArchive, type PackageProblem } from './packageArchive';
import { createPdfCache } from './pdfCache';

export type PackageStatus =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'opening'; fileName: string }
  | { kind: 'ready'; fileName: string; fromStorage: boolean; notSaved: StorageProblem | null; notSavedDetail: string | null }
  | { kind: 'refused'; fileName: string; problem: PackageProblem; foundId?: string };

export interface PackageSession {
  status: PackageStatus;
  archive: PackageArchive | null;
  rotations: ReturnType<typeof rotationStore> | undefined;
  storageUnavailable: boolean;
  estimate: { usage: number; quota: number } | null;
  /** Opens, checks and stores a chosen ZIP. */
  choose(file: File): Promise<void>;
  /** Removes every stored package of this computer's pane; the current one is closed. */
  clear(): Promise<number | null>;
  /** A scan (or material) by its entry path: from the small cache, or read lazily from the ZIP. */
  pdf(path: string): Promise<Blob>;
  /** A scan already read and kept in the small cache, or null. */
  peek(path: string): Blob | null;
}

/** Scans kept in memory: the shown work, the next one, and the one before. */
const CACHED_PDFS = 4;

export function usePackage(packageId: string): PackageSession {
  const [status, setStatus] = useState<PackageStatus>({ kind: 'loading' });
  const [archive, setArchive] = useState<PackageArchive | null>(null);
  const [rotations, setRotations] = useState<ReturnType<typeof rotationStore>>();
  const [storageUnavailable, setStorageUnavailable] = useState(false);
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null);
  const cache = useRef(createPdfCache(CACHED_PDFS));
  const current = useRef<PackageArchive | null>(null);

  const refreshEstimate = useCallback(() => {
    void storageEstimate().then(setEstimate);
  }, []);

  const use = useCallback(
    async (next: PackageArchive) => {
      const previous = current.current;
      current.current = next;
      cache.current.clear();
      setArchive(next);
      setRotations(rotationStore(packageId, await loadRotations(packageId)));
      if (previous && previous !== next) await previous.close().catch(() => undefined);
    },
    [packageId],
  );

  useEffect(() => {
    let active = true;
    void (async () => {
      const stored = await loadPackage(packageId);
      if (!active) return;
      if (!stored.ok) {
        setStorageUnavailable(stored.problem === 'unavailable');
        setStatus({ kind: 'none' });
        return;
      }
      if (!stored.value) {
        setStatus({ kind: 'none' });
        return;
      }
      const opened = await openPackage(stored.value.data, packageId);
      if (!active) {
        if (opened.ok) await opened.archive.close();
        return;
      }
      if (!opened.ok) {
        setStatus({ kind: 'none' });
        return;
      }
      await use(opened.archive);
      setStatus({ kind: 'ready', fileName: stored.value.fileName, fromStorage: true, notSaved: null, notSavedDetail: null });
    })();
    refreshEstimate();
    return () => {
      active = false;
    };
  }, [packageId, refreshEstimate, use]);

  useEffect(
    () => () => {
      void current.current?.close().catch(() => undefined);
    },
    [],
  );

  const choose = useCallback(
    async (file: File) => {
      setStatus({ kind: 'opening', fileName: file.name });
      const opened = await openPackage(file, packageId);
      if (!opened.ok) {
        setStatus({ kind: 'refused', fileName: file.name, problem: opened.problem, foundId: opened.foundId });
        return;
      }
      await use(opened.archive);
      const saved = await savePackage({ packageId, fileName: file.name, size: file.size, storedAt: new Date().toISOString(), data: file });
      setStatus({
        kind: 'ready',
        fileName: file.name,
        fromStorage: false,
        notSaved: saved.ok ? null : saved.problem,
        notSavedDetail: saved.ok ? null : saved.detail,
      });
      refreshEstimate();
    },
    [packageId, refreshEstimate, use],
  );

  const clear = useCallback(async () => {
    const result = await clearPackages();
    refreshEstimate();
    if (!result.ok) return null;
    const previous = current.current;
    current.current = null;
    cache.current.clear();
    setArchive(null);
    setStatus({ kind: 'none' });
    await previous?.close().catch(() => undefined);
    return result.value;
  }, [refreshEstimate]);

  const pdf = useCallback((path: string): Promise<Blob> => {
    const opened = current.current;
    if (!opened) return Promise.reject(new Error('no package'));
    return cache.current.get(path, opened.pdf);
  }, []);

  const peek = useCallback((path: string): Blob | null => cache.current.peek(path), []);

  return { status, archive, rotations, storageUnavailable, estimate, choose, clear, pdf, peek };
}
