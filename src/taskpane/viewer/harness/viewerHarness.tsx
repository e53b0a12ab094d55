/**
 * A page for browser tests and the viewer benchmark, not part of the add-in: the WorkViewer alone, driven from
 * the test through `window.__viewerHarness`. Built into test builds only (webpack.config.js: `--env officeJs=local`
 * or `--env harness`), never into the CDN build that ships, and linked from nowhere.
 *
 * `show()` renders synchronously (flushSync), so a benchmark's clock starts when the props change and stops at
 * the viewer's paint event, with nothing of the harness in between.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { MessagesContext, messagesFor, type Language } from '../../i18n';
import { WorkViewer } from '../WorkViewer';
import type { RotationStore } from '../WorkViewer.types';

export interface HarnessWork {
  id: string;
  label: string;
  /** Fetched once by `load()`, before any timing. */
  url: string;
}

interface Selection {
  index: number | null;
  next: number | null;
}

export interface ViewerHarness {
  /** Fetches the works' PDFs into Blobs; resolves with their total size in bytes. */
  load(works: HarnessWork[]): Promise<number>;
  /** Shows work `index` (null: none) with work `next` prefetched (null: none). */
  show(index: number | null, next?: number | null): void;
  /** The rotation store's contents and how often the viewer wrote to it. */
  rotations: Record<string, number>;
  rotationWrites: number;
  /** The onPrevious/onNext calls, in order. */
  navigation: string[];
  selection: Selection;
}

declare global {
  interface Window {
    __viewerHarness?: ViewerHarness;
  }
}

const works: { id: string; label: string; pdf: Blob }[] = [];
let select: (selection: Selection) => void = () => undefined;

const harness: ViewerHarness = {
  async load(list) {
    works.length = 0;
    let bytes = 0;
    for (const item of list) {
      const response = await fetch(item.url);
      if (!response.ok) throw new Error(`${item.url}: HTTP ${response.status}`);
      const pdf = await response.blob();
      bytes += pdf.size;
      works.push({ id: item.id, label: item.label, pdf });
    }
    return bytes;
  },
  show(index, next = null) {
    harness.selection = { index, next };
    flushSync(() => select({ index, next }));
  },
  rotations: {},
  rotationWrites: 0,
  navigation: [],
  selection: { index: null, next: null },
};

const rotationStore: RotationStore = {
  get: (id) => harness.rotations[id],
  set: (id, degrees) => {
    harness.rotations[id] = degrees;
    harness.rotationWrites += 1;
  },
};

function move(step: number): void {
  const { index } = harness.selection;
  if (index === null) return;
  const target = Math.min(Math.max(0, index + step), works.length - 1);
  const next = target + 1 < works.length ? target + 1 : null;
  harness.show(target, next);
}

function Harness({ language }: { language: Language }) {
  const [selection, setSelection] = useState<Selection>({ index: null, next: null });
  select = setSelection;
  const work = selection.index === null ? null : (works[selection.index] ?? null);
  const next = selection.next === null ? null : (works[selection.next] ?? null);
  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <MessagesContext.Provider value={messagesFor(language)}>
        <main style={{ height: '100vh', padding: '8px', boxSizing: 'border-box' }}>
          <WorkViewer
            work={work}
            next={next}
            rotationStore={rotationStore}
            onPrevious={() => {
              harness.navigation.push('previous');
              move(-1);
            }}
            onNext={() => {
              harness.navigation.push('next');
              move(1);
            }}
          />
        </main>
      </MessagesContext.Provider>
    </FluentProvider>
  );
}

window.__viewerHarness = harness;
const language: Language = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'ru';
document.documentElement.lang = language;
const container = document.getElementById('root');
if (!container) throw new Error('viewer-harness.html has no #root element');
createRoot(container).render(<Harness language={language} />);
