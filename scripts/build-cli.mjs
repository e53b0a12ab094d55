// Builds the `recheck` command into one plain-Node file, dist-cli/recheck.cjs (the package's `bin`): run by
// `npm ci` (the `prepare` script), by `npm run recheck` when the sources changed, and by the CLI tests.
// No TypeScript loader runs at a user's: esbuild bundles the CLI, the engine and its packages once.
//
//   node scripts/build-cli.mjs             build
//   node scripts/build-cli.mjs --if-stale  build only when the sources differ from those of the last build
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist-cli');
const outFile = join(outDir, 'recheck.cjs');
const stampFile = join(outDir, 'sources.sha256');

/** Everything the bundle is made of: the sources, the exact package versions, this script. */
function sourcesDigest() {
  const hash = createHash('sha256');
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|json)$/.test(entry.name)) files.push(path);
    }
  };
  walk(join(root, 'src'));
  files.push(join(root, 'package-lock.json'), fileURLToPath(import.meta.url));
  for (const file of files.sort()) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const digest = sourcesDigest();
if (process.argv.includes('--if-stale') && existsSync(outFile) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest) {
  process.exit(0);
}

// esbuild is a dev dependency: present wherever the sources are built (npm ci, a developer's checkout). An
// install without dev dependencies must not fail on it: `npm run recheck` says what is missing instead.
const esbuild = await import('esbuild').catch(() => null);
if (!esbuild) {
  console.error('recheck не собран: нет esbuild. Установите зависимости полностью (npm ci) и повторите.');
  process.exit(process.env.npm_lifecycle_event === 'prepare' ? 0 : 1);
}
const { build } = esbuild;
mkdirSync(outDir, { recursive: true });
// Built beside and renamed into place, so that a run (or a parallel test worker) never sees half a file.
const temporary = `${outFile}.${process.pid}.tmp`;
await build({
  entryPoints: [join(root, 'src/cli/recheck.ts')],
  outfile: temporary,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  banner: { js: '#!/usr/bin/env node' },
  // The commands are imported on demand (see recheck.ts): `recheck --help` evaluates none of the engine.
  // pdf.js (src/cli/pdfjsCheck.ts) loads its worker code from beside itself: it stays a package, imported at run time.
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(temporary, 0o755);
renameSync(temporary, outFile);
writeFileSync(stampFile, digest);
