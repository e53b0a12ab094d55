import { commandForKey, type KeyPress } from '../../../src/taskpane/viewer/viewerKeys';

function press(key: string, code = '', modifiers: Partial<KeyPress> = {}): KeyPress {
  return { key, code, ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, ...modifiers };
}

describe('the viewer keyboard', () => {
  it('fits the whole page with F, on a Russian layout too (А)', () => {
    expect(commandForKey(press('f', 'KeyF'))).toBe('fit-page');
    expect(commandForKey(press('а', 'KeyF'))).toBe('fit-page');
    expect(commandForKey(press('f', 'KeyF', { ctrlKey: true }))).toBeNull();
  });

  it('turns pages with PageUp/PageDown, the side arrows, Home and End', () => {
    expect(commandForKey(press('PageDown', 'PageDown'))).toBe('next-page');
    expect(commandForKey(press('PageUp', 'PageUp'))).toBe('previous-page');
    expect(commandForKey(press('ArrowRight', 'ArrowRight'))).toBe('next-page');
    expect(commandForKey(press('ArrowLeft', 'ArrowLeft'))).toBe('previous-page');
    expect(commandForKey(press('Home', 'Home'))).toBe('first-page');
    expect(commandForKey(press('End', 'End'))).toBe('last-page');
  });

  it('leaves the up and down arrows to scrolling', () => {
    expect(commandForKey(press('ArrowDown', 'ArrowDown'))).toBeNull();
    expect(commandForKey(press('ArrowUp', 'ArrowUp'))).toBeNull();
  });

  it('zooms with + and − from the main keys and the keypad, and fits the width with 0', () => {
    expect(commandForKey(press('+', 'Equal', { shiftKey: true }))).toBe('zoom-in');
    expect(commandForKey(press('=', 'Equal'))).toBe('zoom-in');
    expect(commandForKey(press('+', 'NumpadAdd'))).toBe('zoom-in');
    expect(commandForKey(press('-', 'Minus'))).toBe('zoom-out');
    expect(commandForKey(press('-', 'NumpadSubtract'))).toBe('zoom-out');
    expect(commandForKey(press('0', 'Digit0'))).toBe('fit-width');
    expect(commandForKey(press('0', 'Numpad0'))).toBe('fit-width');
  });

  it('rotates with R, and back with Shift+R, on a Russian layout too', () => {
    expect(commandForKey(press('r', 'KeyR'))).toBe('rotate-clockwise');
    expect(commandForKey(press('к', 'KeyR'))).toBe('rotate-clockwise');
    expect(commandForKey(press('К', 'KeyR', { shiftKey: true }))).toBe('rotate-counterclockwise');
  });

  it('moves between works with N and P (Т and З on a Russian layout) and Shift+PageDown/PageUp', () => {
    expect(commandForKey(press('т', 'KeyN'))).toBe('next-work');
    expect(commandForKey(press('з', 'KeyP'))).toBe('previous-work');
    expect(commandForKey(press('PageDown', 'PageDown', { shiftKey: true }))).toBe('next-work');
    expect(commandForKey(press('PageUp', 'PageUp', { shiftKey: true }))).toBe('previous-work');
  });

  it('leaves keys with Ctrl, Alt or ⌘ to the browser and Office', () => {
    expect(commandForKey(press('r', 'KeyR', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(press('+', 'Equal', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(press('ArrowLeft', 'ArrowLeft', { altKey: true }))).toBeNull();
    expect(commandForKey(press('PageDown', 'PageDown', { metaKey: true }))).toBeNull();
  });

  it('ignores other keys', () => {
    expect(commandForKey(press('a', 'KeyA'))).toBeNull();
    expect(commandForKey(press('Enter', 'Enter'))).toBeNull();
  });
});
