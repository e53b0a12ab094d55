/**
 * The checking school's commission: the package ZIP chosen once, then the work of the selected row of
 * `Проверка` shown — its classroom file opened at the work's first page, its pages marked — and the proposed
 * split corrected: the work split at the page shown, or merged with the next work of its file.
 */
import { BlobReader, BlobWriter, ZipReader, type Entry, type FileEntry } from '@zip.js/zip.js';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CHECK_SHEETS } from '../../engine';
import type { WorkPagesPlan } from '../../engine';
import { editWorkPages, firstRowOf, readCheckRow, subscribeToProtocol, type CheckSheetRow, type WorkPagesAction } from '../../office/excel';

export interface CommissionWork {
  row: CheckSheetRow;
  pdf: Blob;
}

/** What the last split or merge did: the plan (done or refused), or Excel's failure. */
export type PagesEdit = { action: WorkPagesAction['action']; plan: WorkPagesPlan } | { action: WorkPagesAction['action']; failed: string };

export type PackageState = { stage: 'none' } | { stage: 'ready'; name: string; files: number } | { stage: 'not-a-package' };

function isFile(entry: Entry): entry is FileEntry {
  return !entry.directory;
}

export function useCommission() {
  const [pkg, setPackage] = useState<PackageState>({ stage: 'none' });
  const [work, setWork] = useState<CommissionWork | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const files = useRef(new Map<string, FileEntry>());
  /** The page of the shown work on screen (where «Разделить» cuts). */
  const [shownPage, setShownPage] = useState<number | null>(null);
  const [edit, setEdit] = useState<PagesEdit | null>(null);

  const choosePackage = useCallback(async (file: File) => {
    try {
      const reader = new ZipReader(new BlobReader(file), { useWebWorkers: false, filenameValidation: 'tolerant' });
      const entries = (await reader.getEntries()).filter(isFile).filter((entry) => /^Работы\/.+\.pdf$/i.test(entry.filename));
      if (entries.length === 0) return setPackage({ stage: 'not-a-package' });
      files.current = new Map(entries.map((entry) => [entry.filename.slice('Работы/'.length), entry]));
      setPackage({ stage: 'ready', name: file.name, files: entries.length });
    } catch {
      setPackage({ stage: 'not-a-package' });
    }
  }, []);

  const showRow = useCallback(async (row: number) => {
    const read = await readCheckRow(row);
    if (!read.ok || !read.value) return setWork(null);
    const entry = files.current.get(read.value.file);
    if (!entry) {
      setMissing(read.value.file);
      return setWork(null);
    }
    setMissing(null);
    const pdf = await entry.getData(new BlobWriter('application/pdf'));
    setWork((old) => {
      // Another row: the last split/merge message belongs to the old one.
      if (old?.row.row !== row) setEdit(null);
      return { row: read.value as CheckSheetRow, pdf };
    });
  }, []);

  const onPageShown = useCallback((_workId: string, page: number) => setShownPage(page), []);

  const editPages = useCallback(async (action: WorkPagesAction) => {
    const result = await editWorkPages(action);
    setEdit(result.ok ? { action: action.action, plan: result.value } : { action: action.action, failed: result.detail ?? result.problem });
    if (result.ok && result.value.ok) await showRow(action.row);
  }, [showRow]);

  useEffect(() => {
    if (pkg.stage !== 'ready') return undefined;
    let unsubscribe: (() => Promise<void>) | null = null;
    let cancelled = false;
    void subscribeToProtocol({
      onSelection: (address) => {
        const row = firstRowOf(address);
        if (row !== null) void showRow(row);
      },
      onChange: () => undefined,
    }, CHECK_SHEETS.check).then((result) => {
      if (!result.ok) return;
      if (cancelled) void result.value();
      else unsubscribe = result.value;
    });
    return () => {
      cancelled = true;
      void unsubscribe?.();
    };
  }, [pkg.stage, showRow]);

  return { pkg, work, missing, choosePackage, showRow, shownPage, onPageShown, edit, editPages };
}
