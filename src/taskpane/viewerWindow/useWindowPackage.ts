/**
 * The package in the viewer window: the window is a page of the add-in's own origin, so it reads the package the
 * pane stored in IndexedDB itself — messages carry ids, never scans. Rotations and task pages come from the same
 * storage, so the pane and the window share them. Closed (zip.js reader released) when the package changes or
 * the window goes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { openPackage, type PackageArchive } from '../expert/packageArchive';
import { createPdfCache } from '../expert/pdfCache';
import { loadPackage, loadRotations, rotationStore } from '../storage';
import { loadTaskPages, taskPageStore, type TaskPageStore } from '../viewer/taskPageStore';
import type { RotationStore } from '../viewer';

export type WindowPackageStatus = 'none' | 'loading' | 'ready' | 'missing';

export interface WindowPackage {
  status: WindowPackageStatus;
  archive: PackageArchive | null;
  rotations: RotationStore | undefined;
  taskPages: TaskPageStore | null;
  pdf(path: string): Promise<Blob>;
  peek(path: string): Blob | null;
}

/** Scans kept in memory: the shown work, the next one, the one before, a material. */
const CACHED_PDFS = 4;

export function useWindowPackage(packageId: string | null): WindowPackage {
  const [status, setStatus] = useState<WindowPackageStatus>('none');
  const [archive, setArchive] = useState<PackageArchive | null>(null);
  const [rotations, setRotations] = useState<RotationStore>();
  const [taskPages, setTaskPages] = useState<TaskPageStore | null>(null);
  const cache = useRef(createPdfCache(CACHED_PDFS));

  useEffect(() => {
    if (packageId === null) return;
    let active = true;
    let opened: PackageArchive | null = null;
    setStatus('loading');
    void (async () => {
      const stored = await loadPackage(packageId);
      if (!active) return;
      if (!stored.ok || !stored.value) {
        setStatus('missing');
        return;
      }
      const [result, rotationValues, pages] = await Promise.all([openPackage(stored.value.data, packageId), loadRotations(packageId), loadTaskPages(packageId)]);
      if (!result.ok) {
        if (active) setStatus('missing');
        return;
      }
      opened = result.archive;
      if (!active) {
        void opened.close().catch(() => undefined);
        return;
      }
      cache.current.clear();
      setArchive(opened);
      setRotations(rotationStore(packageId, rotationValues));
      setTaskPages(taskPageStore(packageId, pages));
      setStatus('ready');
    })();
    return () => {
      active = false;
      cache.current.clear();
      setArchive(null);
      if (opened) void opened.close().catch(() => undefined);
    };
  }, [packageId]);

  const pdf = useCallback(
    (path: string): Promise<Blob> => (archive ? cache.current.get(path, archive.pdf) : Promise.reject(new Error('no package'))),
    [archive],
  );
  const peek = useCallback((path: string): Blob | null => (archive ? cache.current.peek(path) : null), [archive]);
  return { status, archive, rotations, taskPages, pdf, peek };
}
