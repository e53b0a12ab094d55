import { installPromptZeroTimers } from '../../../src/taskpane/engineRun/promptZeroTimers';

/** A stand-in global whose platform timers only record what reached them. */
function scope() {
  const platform = { set: [] as unknown[][], cleared: [] as unknown[] };
  const target = {
    setTimeout: (...args: unknown[]) => {
      platform.set.push(args);
      return 7;
    },
    clearTimeout: (id?: unknown) => {
      platform.cleared.push(id);
    },
  };
  return { target, platform };
}

describe('installPromptZeroTimers', () => {
  it('runs zero-delay timeouts in the order asked, with their arguments, as tasks after the current one and its microtasks', async () => {
    const { target, platform } = scope();
    const restore = installPromptZeroTimers(target);
    const ran: string[] = [];
    try {
      await new Promise<void>((done) => {
        target.setTimeout((name: string) => ran.push(name), 0, 'first');
        target.setTimeout(() => ran.push('second'));
        void Promise.resolve().then(() => ran.push('microtask'));
        target.setTimeout(() => done(), 0);
        ran.push('synchronous');
      });
    } finally {
      restore();
    }
    expect(ran).toEqual(['synchronous', 'microtask', 'first', 'second']);
    expect(platform.set).toEqual([]);
  });

  it('never runs a zero-delay timeout that was cleared, and leaves the others', async () => {
    const { target } = scope();
    const restore = installPromptZeroTimers(target);
    const ran: string[] = [];
    try {
      await new Promise<void>((done) => {
        const cleared = target.setTimeout(() => ran.push('cleared'), 0);
        target.setTimeout(() => ran.push('kept'), 0);
        target.clearTimeout(cleared);
        target.setTimeout(() => done(), 0);
      });
    } finally {
      restore();
    }
    expect(ran).toEqual(['kept']);
  });

  it('hands timeouts with a delay, and clearing them, to the platform, and restores its timers when asked', () => {
    const { target, platform } = scope();
    const { setTimeout: platformSet, clearTimeout: platformClear } = target;
    const restore = installPromptZeroTimers(target);
    const handler = () => undefined;
    expect(target.setTimeout(handler, 50, 'argument')).toBe(7);
    target.clearTimeout(7);
    restore();
    expect(platform.set).toEqual([[handler, 50, 'argument']]);
    expect(platform.cleared).toEqual([7]);
    expect(target.setTimeout).toBe(platformSet);
    expect(target.clearTimeout).toBe(platformClear);
  });
});
