/**
 * The pane's side of the viewer window: opens it (Office dialog, DialogApi 1.2), keeps it showing the selected
 * row's work and task, and turns its navigation keys into cursor moves in Excel. Closing either side leaves
 * nothing behind: the dialog's handlers go with it, and the pane closes the dialog when it unmounts. Reopening
 * shows the current row's work again, or the last one the window showed.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { dialogMessagingSupported, openDialog, type DialogProblem, type OpenDialog } from '../../office/dialog';
import { encodeMessage, parseWindowMessage, type Navigation, type ShowMessage } from '../viewerWindow/windowMessages';

export type WindowSizeName = 'large' | 'medium' | 'full';

/** Per cent of the screen, as Office takes it. Large by default: most of the screen, Excel still reachable. */
export const WINDOW_SIZES: Record<WindowSizeName, { widthPercent: number; heightPercent: number }> = {
  large: { widthPercent: 80, heightPercent: 90 },
  medium: { widthPercent: 60, heightPercent: 75 },
  full: { widthPercent: 100, heightPercent: 100 },
};

const SIZE_SETTING = 'recheck.viewerWindow.size';

export function readWindowSize(): WindowSizeName {
  try {
    const value = localStorage.getItem(SIZE_SETTING);
    return value === 'medium' || value === 'full' ? value : 'large';
  } catch {
    return 'large';
  }
}

export function saveWindowSize(size: WindowSizeName): void {
  try {
    localStorage.setItem(SIZE_SETTING, size);
  } catch {
    // Storage off: the default next time.
  }
}

export type WindowStatus =
  | { kind: 'closed'; wasOpen: boolean }
  | { kind: 'opening' }
  | { kind: 'open'; key: string | null; page: number | null; pages: number | null }
  | { kind: 'unsupported' }
  | { kind: 'failed'; problem: DialogProblem };

export interface ViewerWindowHandlers {
  navigate(to: Navigation): void;
  rotated(key: string, degrees: number): void;
}

export interface ViewerWindow {
  status: WindowStatus;
  supported: boolean;
  open(size: WindowSizeName): Promise<void>;
  close(): void;
}

/** The window's page beside the pane's: same origin, same folder. */
function windowUrl(): string {
  return new URL('viewer-window.html', window.location.href).href;
}

export function useViewerWindow(show: ShowMessage | null, handlers: ViewerWindowHandlers): ViewerWindow {
  const supported = dialogMessagingSupported();
  const [status, setStatus] = useState<WindowStatus>({ kind: 'closed', wasOpen: false });
  const dialog = useRef<OpenDialog | null>(null);
  const ready = useRef(false);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  // What the window shows: the selection, or (no row selected) the last work it showed.
  const lastShown = useRef<ShowMessage | null>(null);
  if (show?.work) lastShown.current = show;
  const current = show?.work ? show : lastShown.current;
  const currentRef = useRef(current);
  currentRef.current = current;
  const sent = useRef<string | null>(null);

  const push = useCallback(() => {
    const message = currentRef.current;
    if (!dialog.current || !ready.current || !message) return;
    const text = encodeMessage(message);
    if (text === sent.current) return;
    sent.current = text;
    dialog.current.send(text);
  }, []);

  // Sent in the commit that selects the row, not a frame later.
  useLayoutEffect(() => push(), [current, push]);

  const close = useCallback(() => {
    dialog.current?.close();
    dialog.current = null;
    ready.current = false;
    sent.current = null;
    setStatus({ kind: 'closed', wasOpen: true });
  }, []);

  const open = useCallback(
    async (size: WindowSizeName) => {
      if (!supported) {
        setStatus({ kind: 'unsupported' });
        return;
      }
      if (dialog.current) return;
      setStatus({ kind: 'opening' });
      const result = await openDialog(windowUrl(), WINDOW_SIZES[size], {
        message: (text) => {
          const message = parseWindowMessage(text);
          if (!message) return;
          switch (message.kind) {
            case 'ready':
              ready.current = true;
              sent.current = null;
              setStatus({ kind: 'open', key: null, page: null, pages: null });
              push();
              return;
            case 'shown':
              setStatus({ kind: 'open', key: message.key, page: message.page, pages: message.pages });
              return;
            case 'navigate':
              handlersRef.current.navigate(message.to);
              return;
            case 'rotated':
              handlersRef.current.rotated(message.key, message.degrees);
              return;
            case 'closing':
              close();
              return;
          }
        },
        closed: () => {
          dialog.current = null;
          ready.current = false;
          sent.current = null;
          setStatus({ kind: 'closed', wasOpen: true });
        },
      });
      if (!result.ok) {
        setStatus(result.problem === 'unsupported' ? { kind: 'unsupported' } : { kind: 'failed', problem: result.problem });
        return;
      }
      dialog.current = result.dialog;
    },
    [supported, push, close],
  );

  // The pane going away closes the window: no orphan dialog reading a package nobody shows.
  useEffect(
    () => () => {
      dialog.current?.close();
      dialog.current = null;
    },
    [],
  );

  return { status, supported, open, close };
}
