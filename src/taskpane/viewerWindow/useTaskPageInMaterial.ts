/**
 * The page of a material (criteria, variant) where the selected task is: its text read once with pdf.js and kept
 * for the window's life (a criteria PDF is a few pages of text), then `findTaskPage`. First page when the task is
 * not found or the text cannot be read (a scanned criteria PDF has none).
 */
import { useEffect, useState } from 'react';
import { loadPdfOpener } from '../viewer/pdfRuntime';
import { findTaskPage } from './taskPageMatcher';

/** Materials whose text is kept: a day's work touches a handful. */
const KEPT_TEXTS = 6;
const texts = new Map<string, Promise<string[]>>();

function textsOf(path: string, pdf: Blob): Promise<string[]> {
  let reading = texts.get(path);
  if (!reading) {
    reading = (async () => {
      const opener = await loadPdfOpener();
      if (!opener.readTexts) return [];
      return opener.readTexts(new Uint8Array(await pdf.arrayBuffer()));
    })().catch(() => []);
    texts.set(path, reading);
    while (texts.size > KEPT_TEXTS) texts.delete(texts.keys().next().value as string);
  }
  return reading;
}

export interface TaskPlace {
  page: number;
  /** The task's number was found in the text. */
  found: boolean;
}

/** Where `task` is in the material at `path`; null while its text is being read. */
export function useTaskPageInMaterial(path: string | null, pdf: Blob | null, task: string | null): TaskPlace | null {
  const [place, setPlace] = useState<{ key: string; place: TaskPlace } | null>(null);
  const key = `${path ?? ''}|${task ?? ''}`;
  useEffect(() => {
    if (!path || !pdf) return;
    let active = true;
    if (!task) {
      setPlace({ key, place: { page: 1, found: false } });
      return;
    }
    void textsOf(path, pdf).then((pages) => {
      const page = findTaskPage(pages, task);
      if (active) setPlace({ key, place: { page: page ?? 1, found: page !== null } });
    });
    return () => {
      active = false;
    };
  }, [key, path, pdf, task]);
  return place && place.key === key ? place.place : null;
}
