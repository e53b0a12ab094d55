/**
 * The viewer's keyboard: one table from keys to commands. Letters are matched by physical key (`code`), so R, N
 * and P work on a Russian layout too (К, Т, З); symbols by the character typed, with the keys' codes as a fallback.
 * Keys with Ctrl, Alt or ⌘ are left to the browser and to Office (Ctrl+R, Ctrl+plus, Alt for the ribbon).
 */

export type ViewerCommand =
  | 'next-page'
  | 'previous-page'
  | 'first-page'
  | 'last-page'
  | 'zoom-in'
  | 'zoom-out'
  | 'fit-width'
  | 'fit-page'
  | 'rotate-clockwise'
  | 'rotate-counterclockwise'
  | 'next-work'
  | 'previous-work';

/** The part of a KeyboardEvent the table reads. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** The command for a key press, or null when the viewer should leave it alone. */
export function commandForKey(press: KeyPress): ViewerCommand | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  switch (press.key) {
    case 'PageDown':
      return press.shiftKey ? 'next-work' : 'next-page';
    case 'PageUp':
      return press.shiftKey ? 'previous-work' : 'previous-page';
    case 'ArrowRight':
      return 'next-page';
    case 'ArrowLeft':
      return 'previous-page';
    case 'Home':
      return 'first-page';
    case 'End':
      return 'last-page';
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '−':
    case '_':
      return 'zoom-out';
    case '0':
      return 'fit-width';
  }
  switch (press.code) {
    case 'NumpadAdd':
    case 'Equal':
      return 'zoom-in';
    case 'NumpadSubtract':
    case 'Minus':
      return 'zoom-out';
    case 'Digit0':
    case 'Numpad0':
      return 'fit-width';
    case 'KeyF':
      return 'fit-page';
    case 'KeyR':
      return press.shiftKey ? 'rotate-counterclockwise' : 'rotate-clockwise';
    case 'KeyN':
      return 'next-work';
    case 'KeyP':
      return 'previous-work';
  }
  return null;
}

/** Arrow keys scroll a page that is wider than the viewer; they turn pages only when there is nothing to scroll. */
export function isArrowKey(press: Pick<KeyPress, 'key'>): boolean {
  return press.key === 'ArrowLeft' || press.key === 'ArrowRight';
}
