/**
 * Office dialogs for the viewer window (issue 12): the only code that names `Office.context.ui`. The pane opens a
 * page of the add-in's own origin with `displayDialogAsync` and talks to it with `messageChild`; the page answers
 * with `messageParent` and listens with `DialogParentMessageReceived`. Both directions need DialogApi 1.2: where
 * the host lacks it the pane says so and keeps its own viewer (`dialogMessagingSupported`).
 *
 * Messages are strings here; what they mean is the caller's (src/taskpane/viewerWindow/windowMessages.ts).
 */

/** Size of the dialog in per cent of the screen, as Office takes it. */
export interface DialogSize {
  widthPercent: number;
  heightPercent: number;
}

/** Why a dialog did not open or closed: stable codes for the pane to word. */
export type DialogProblem =
  /** DialogApi 1.2 missing (or not in Office at all). */
  | 'unsupported'
  /** 12007: a dialog of this add-in is already open. */
  | 'already-open'
  /** 12009: the person (or a policy) blocked the dialog. */
  | 'blocked'
  /** Any other failure, with the host's code. */
  | 'failed';

export type DialogOpenResult = { ok: true; dialog: OpenDialog } | { ok: false; problem: DialogProblem; code: number | null };

export interface OpenDialog {
  /** Sends a message to the dialog's page (DialogApi 1.2). Never throws: a closed dialog drops it. */
  send(message: string): void;
  /** Closes the dialog; its handlers are gone. Never throws. */
  close(): void;
}

export interface DialogHandlers {
  message(message: string): void;
  /** The dialog is gone: closed by the person (12006) or navigated away/failed (12002, 12003). */
  closed(code: number | null): void;
}

function officeUi(): Office.UI | undefined {
  try {
    return typeof Office === 'undefined' ? undefined : Office.context?.ui;
  } catch {
    return undefined;
  }
}

/** Whether the host can carry messages both ways between the pane and a dialog. Never throws. */
export function dialogMessagingSupported(): boolean {
  try {
    return typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported('DialogApi', '1.2')) && typeof officeUi()?.displayDialogAsync === 'function';
  } catch {
    return false;
  }
}

function problemOf(code: number | null): DialogProblem {
  if (code === 12007) return 'already-open';
  if (code === 12009) return 'blocked';
  return 'failed';
}

/** Opens `url` (absolute, of the add-in's origin) in an Office dialog. */
export function openDialog(url: string, size: DialogSize, handlers: DialogHandlers): Promise<DialogOpenResult> {
  const ui = officeUi();
  if (!ui || !dialogMessagingSupported()) return Promise.resolve({ ok: false, problem: 'unsupported', code: null });
  return new Promise((resolve) => {
    try {
      ui.displayDialogAsync(url, { width: size.widthPercent, height: size.heightPercent, displayInIframe: false, promptBeforeOpen: false }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          const code = typeof result.error?.code === 'number' ? result.error.code : null;
          resolve({ ok: false, problem: problemOf(code), code });
          return;
        }
        const dialog = result.value;
        let open = true;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          if (open && 'message' in arg) handlers.message(String(arg.message));
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
          if (!open) return;
          open = false;
          handlers.closed('error' in arg && typeof arg.error === 'number' ? arg.error : null);
        });
        resolve({
          ok: true,
          dialog: {
            send(message) {
              if (!open) return;
              try {
                dialog.messageChild(message);
              } catch {
                // The dialog went away between the last event and now.
              }
            },
            close() {
              if (!open) return;
              open = false;
              try {
                dialog.close();
              } catch {
                // Already closed by the person.
              }
            },
          },
        });
      });
    } catch {
      resolve({ ok: false, problem: 'failed', code: null });
    }
  });
}

/** In the dialog's page: sends a message to the pane. Never throws (outside a dialog it does nothing). */
export function messageParent(message: string): void {
  try {
    officeUi()?.messageParent(message);
  } catch {
    // Not opened as a dialog (a plain tab): nobody to tell.
  }
}

/**
 * In the dialog's page: listens to the pane's messages. Resolves with a function that stops listening, or null
 * where the host cannot deliver them (DialogApi 1.2 missing).
 */
export function listenToParent(handler: (message: string) => void): Promise<(() => void) | null> {
  const ui = officeUi();
  if (!ui || typeof ui.addHandlerAsync !== 'function') return Promise.resolve(null);
  return new Promise((resolve) => {
    const listener = (arg: Office.DialogParentMessageReceivedEventArgs): void => handler(String(arg.message));
    try {
      ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, listener, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve(null);
          return;
        }
        resolve(() => {
          try {
            (ui as unknown as { removeHandlerAsync?: (type: Office.EventType, options: unknown, callback?: () => void) => void }).removeHandlerAsync?.(
              Office.EventType.DialogParentMessageReceived,
              { handler: listener },
            );
          } catch {
            // The page is unloading anyway.
          }
        });
      });
    } catch {
      resolve(null);
    }
  });
}
