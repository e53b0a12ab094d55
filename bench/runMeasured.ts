import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TIME = '/usr/bin/time';

/**
 * Runs `node ARGS…` as a child process: wall time, CPU time (user + system, all threads), peak RSS, stdout. Peak
 * memory is /usr/bin/time's maximum resident set, or VmHWM reported at exit where there is no /usr/bin/time.
 */
export function runMeasured(args: string[], scratchDir: string): { ms: number; cpuMs: number; peakKb: number; stdout: string } {
  const timeFile = join(scratchDir, 'time.txt');
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const argv = useTime ? ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...args] : ['-r', join(__dirname, 'peakAtExit.cjs'), ...args];
  const started = performance.now();
  const child = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`node ${args.slice(0, 3).join(' ')}… failed (${child.status}):\n${child.stderr}`);
  const [peakKb, user, system] = useTime
    ? readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number)
    : (/VmHWM (\d+) CPU (\d+) (\d+)/.exec(child.stderr) ?? []).slice(1).map(Number);
  return { ms, cpuMs: useTime ? (user + system) * 1000 : (user + system) / 1000, peakKb, stdout: child.stdout };
}
