import { useCallback, useEffect, useRef, useState } from 'react';
import { indexArchives, summariseBank } from '../../engine';
import type { ArchiveIndexing, ArchiveProgress, IndexingState } from './ArchiveView.types';
import { errorText, unreadableArchive } from './indexingErrors';

/** At most this often (ms) the progress line is re-rendered: the indexer reports every file. */
const PROGRESS_INTERVAL = 100;

/** The archive view's logic: runs the engine's indexer on the chosen files, with progress and cancelling. */
export function useArchiveIndexing(): ArchiveIndexing {
  const [state, setState] = useState<IndexingState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const run = useRef(0);
  const lastFiles = useRef<File[]>([]);

  const start = useCallback((files: File[], password: string) => {
    controller.current?.abort();
    const thisRun = ++run.current;
    const abort = new AbortController();
    controller.current = abort;
    lastFiles.current = files;
    const archives = files.map((file) => file.name);
    const reported = new Set<string>();
    let lastRender = 0;
    setState({ status: 'indexing', archives, progress: null });

    const onProgress = (progress: ArchiveProgress) => {
      reported.add(progress.archive);
      const now = Date.now();
      if (now - lastRender < PROGRESS_INTERVAL || thisRun !== run.current) return;
      lastRender = now;
      setState({ status: 'indexing', archives, progress: { archive: progress.archive, done: progress.done, total: progress.total } });
    };

    indexArchives(
      files.map((file) => ({ name: file.name, data: file })),
      { password: password || undefined, onProgress, signal: abort.signal },
    ).then(
      (bank) => {
        if (thisRun === run.current) setState({ status: 'done', archives, bank, schools: summariseBank(bank), files, password });
      },
      (error: unknown) => {
        if (thisRun !== run.current) return;
        if (abort.signal.aborted) {
          setState({ status: 'cancelled' });
          return;
        }
        const unreadable = unreadableArchive(error, archives, reported);
        setState(unreadable ? { status: 'unreadable', archives, ...unreadable } : { status: 'failed', archives, reason: errorText(error) });
      },
    );
  }, []);

  const restart = useCallback(
    (password: string, without?: string) => start(lastFiles.current.filter((file) => file.name !== without), password),
    [start],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
  }, []);

  const reset = useCallback(() => {
    controller.current?.abort();
    run.current += 1;
    lastFiles.current = [];
    setState({ status: 'idle' });
  }, []);

  // Leaving the view stops a run that is still going.
  useEffect(() => () => controller.current?.abort(), []);

  return { state, start, restart, cancel, reset };
}
