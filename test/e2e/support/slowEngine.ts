/**
 * A slow engine for browser tests of progress and cancel: every read of a file's bytes in the engine's worker
 * waits first, as on a network drive, while the test says so (over a BroadcastChannel, answered when taken).
 */
import type { Page } from 'playwright-core';

/** For `PaneOptions.engineScript`: reads wait `delayMs` while slow; `slow` is the state the worker starts in. */
export function slowEngineScript(slow: boolean, delayMs: number): string {
  return `let slow = ${slow};
    const channel = new BroadcastChannel('slow-engine');
    channel.onmessage = (event) => { slow = event.data; channel.postMessage('taken'); };
    const read = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function () {
      return slow ? new Promise((resolve) => setTimeout(resolve, ${delayMs})).then(() => read.call(this)) : read.call(this);
    };`;
}

/** Makes the running worker's reads slow or not; resolves once the worker took it (it must have started). */
export function setSlowEngine(page: Page, slow: boolean): Promise<void> {
  return page.evaluate(
    (value: boolean) =>
      new Promise<void>((resolve) => {
        const channel = new BroadcastChannel('slow-engine');
        channel.onmessage = () => {
          channel.close();
          resolve();
        };
        channel.postMessage(value);
      }),
    slow,
  );
}
