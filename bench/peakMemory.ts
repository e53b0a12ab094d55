import { readFileSync } from 'node:fs';

/**
 * Peak resident memory of this process in KB. getrusage's maxRSS survives exec on Linux (it would report the
 * parent's peak from before the fork), so read the high-water mark of this process image from /proc where there is one.
 */
export function peakResidentKb(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS;
}
