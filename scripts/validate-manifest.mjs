#!/usr/bin/env node
/**
 * Validates the add-in manifest offline against Microsoft's published XML schemas with xmllint
 * (`office-addin-manifest validate` needs an online service these machines cannot reach).
 *
 *     node scripts/validate-manifest.mjs [manifest.xml]
 *
 * The schemas live in scripts/manifest-schemas (see its README); RECHECK_MANIFEST_SCHEMAS overrides the folder. Exit 0 = valid; otherwise prints
 * xmllint's message and exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = resolve(process.argv[2] ?? join(root, 'manifest.xml'));
const schemaDir = resolve(process.env.RECHECK_MANIFEST_SCHEMAS ?? join(root, 'scripts', 'manifest-schemas'));
const schema = join(schemaDir, 'OfficeAppManifestV1_1.xsd');

if (!existsSync(manifest)) {
  console.error(`validate-manifest: no such file: ${manifest}`);
  process.exit(2);
}
if (!existsSync(schema)) {
  console.error(`validate-manifest: schema not found: ${schema}\n(expected in scripts/manifest-schemas, or set RECHECK_MANIFEST_SCHEMAS)`);
  process.exit(2);
}

const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, manifest], { encoding: 'utf8' });
if (result.error) {
  console.error(`validate-manifest: cannot run xmllint (${result.error.message}); install Debian's libxml2-utils`);
  process.exit(2);
}
if (result.status !== 0) {
  process.stderr.write(result.stderr || result.stdout);
  console.error(`validate-manifest: ${manifest} is NOT valid (xmllint exit ${result.status})`);
  process.exit(1);
}
console.log(`validate-manifest: ${manifest} is valid against ${schema}`);
