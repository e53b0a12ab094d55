/**
 * The CLI tests run the program a user runs: dist-cli/recheck.cjs under plain node, built from the current
 * sources once (scripts/build-cli.mjs --if-stale: a second test file finds it fresh and reuses it).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
export const BUILT_CLI = join(root, 'dist-cli', 'recheck.cjs');

let built = false;

function ensureBuilt(): void {
  if (built) return;
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), '--if-stale'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the CLI failed:\n${build.stderr}`);
  built = true;
}

/** Runs `recheck ARGS…` as a child process; exit code, stdout and stderr. */
export function recheck(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  ensureBuilt();
  const result = spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
