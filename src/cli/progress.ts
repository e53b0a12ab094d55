/**
 * Progress for long runs, on stderr only (stdout carries the result): a self-rewriting line on a terminal,
 * a plain line every few seconds otherwise (logs, CI), nothing for runs shorter than that.
 */
export function startProgress(intervalMs = 3000) {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(text: string) {
      const now = Date.now();
      if (now - started < 1000 || now - last < (tty ? 200 : intervalMs)) return;
      last = now;
      shown = true;
      process.stderr.write(tty ? `\r\x1b[K${text}` : `${text}\n`);
    },
    clear() {
      if (tty && shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}
