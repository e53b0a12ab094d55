/**
 * ExcelJS's browser build carries browserify's `process.nextTick`, which is `setTimeout(fn, 0)`; its streams call it
 * for every 16 KB chunk of a sheet. A browser clamps nested zero-delay timeouts to 4 ms, so reading a protocol spent
 * more than a third of its time idle (bench:merge: 100 protocols, ~3.5 s of nothing). In the engine's worker, where
 * nothing draws and nothing needs the clamp, a zero-delay timeout is run as the next message of a MessageChannel
 * instead: still a task of its own (after the current one and the microtasks), in the order asked, cancellable.
 * Timeouts with a delay are left to the platform.
 */

type Callback = (...args: unknown[]) => void;

interface TimerScope {
  setTimeout: (handler: unknown, delay?: number, ...args: unknown[]) => unknown;
  clearTimeout: (id?: unknown) => void;
}

/** Installs the prompt zero-delay timeouts on `scope` (the worker's global); returns what restores the platform's. */
export function installPromptZeroTimers(scope: TimerScope = globalThis as unknown as TimerScope): () => void {
  const platformSet = scope.setTimeout;
  const platformClear = scope.clearTimeout;
  const channel = new MessageChannel();
  // Ids of our own are negative, so they can never be taken for the platform's (positive) ones.
  let lastId = 0;
  const pending = new Map<number, () => void>();
  const order: number[] = [];
  channel.port1.onmessage = () => {
    const id = order.shift();
    if (id === undefined) return;
    const run = pending.get(id);
    if (!run) return;
    pending.delete(id);
    run();
  };
  scope.setTimeout = (handler, delay, ...args) => {
    if (typeof handler !== 'function' || (delay !== undefined && Number(delay) > 0)) return platformSet.call(globalThis, handler, delay, ...args);
    const id = --lastId;
    pending.set(id, () => (handler as Callback)(...args));
    order.push(id);
    channel.port2.postMessage(null);
    return id;
  };
  scope.clearTimeout = (id) => {
    if (typeof id === 'number' && id < 0) pending.delete(id);
    else platformClear.call(globalThis, id);
  };
  return () => {
    scope.setTimeout = platformSet;
    scope.clearTimeout = platformClear;
    channel.port1.close();
    channel.port2.close();
  };
}
