/**
 * The checking school's commission: the package ZIP chosen once, then the work of the selected row of
 * `Проверка` shown — its classroom file opened at the work's first page.
 */
import { BlobReader, BlobWriter, ZipReader, type Entry, type FileEntry } from '@zip.js/zip.js';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CHECK_SHEETS } from '../../engine';
import { firstRowOf, readCheckRow, subscribeToProtocol, type CheckSheetRow } from '../../office/excel';

export interface CommissionWork {
  row: CheckSheetRow;
  pdf: Blob;
}

export type PackageState = { stage: 'none' } | { stage: 'ready'; name: string; files: number } | { stage: 'not-a-package' };

function isFile(entry: Entry): entry is FileEntry {
  return !entry.directory;
}

export function useCommission() {
  const [pkg, setPackage] = useState<PackageState>({ stage: 'none' });
  const [work, setWork] = useState<CommissionWork | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const files = useRef(new Map<string, FileEntry>());

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
    setWork({ row: read.value, pdf: await entry.getData(new BlobWriter('application/pdf')) });
  }, []);

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

  return { pkg, work, missing, choosePackage, showRow };
}
