/**
 * ESLint 9 flat config. Besides the usual TypeScript checks it enforces the layers (STYLE.md, ENGINEERING.md):
 *
 *   src/engine    pure TypeScript: no React, no Office, no Node built-ins, no DOM or host globals;
 *                 imports nothing from the other layers.
 *   src/office    the only code that names Office / Excel / OfficeExtension; imports only the engine.
 *   src/taskpane  React pane: imports the engine and office, never the CLI.
 *   src/commands  ribbon function file: imports office (and the engine), never the pane or the CLI.
 *   src/cli       Node face of the engine: imports only the engine.
 *   outside the engine, only its public surface (src/engine/index.ts) may be imported; the engine itself
 *                 imports only the third-party packages of ENGINE_PACKAGES, and is type-checked without DOM or
 *                 Node types by tsconfig.engine.json (see src/engine/hostApis.d.ts).
 *   all of src    named exports only (no default exports), no import cycles.
 *
 * Tests, scripts, benchmarks and build configuration run in Node and may use it.
 * Boundaries are enforced by tools, not by review (STYLE.md, habit 7).
 */
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...new Set(builtinModules.map((name) => name.replace(/^node:/, '')))];

/** Host globals the engine may not touch: it runs unchanged in the pane, in Node and in workers. */
const HOST_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'process', 'Buffer', 'require', '__dirname', '__filename', 'global'];
/**
 * Third-party packages the engine may import (it runs in the pane, a worker and Node alike): a new one is a
 * decision recorded here, not an accident of an import.
 */
const ENGINE_PACKAGES = ['@zip.js/zip.js', 'docx', 'exceljs'];
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Anything but a relative import or an allowed package (a package's subpath is another module: not allowed). */
const NOT_ENGINE_ALLOWED = `^(?!\\.{1,2}(/|$)|(${ENGINE_PACKAGES.map(escapeRegex).join('|')})$)`;

/** Office's globals: only src/office/** may name them. */
const OFFICE_GLOBALS = ['Office', 'Excel', 'OfficeExtension', 'OfficeCore'];

const officeMessage = 'Only src/office/** may use Office.js (STYLE.md: officeJsHost.ts); take what you need from src/office/host.';
const restrictedGlobals = (names, message) => names.map((name) => ({ name, message }));

const nodeImportsForbidden = (where) => ({
  paths: nodeBuiltins.map((name) => ({ name, message: `${where} does not run in Node: no Node built-ins.` })),
  patterns: [{ group: ['node:*'], message: `${where} does not run in Node: no Node built-ins.` }],
});

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'test-output/**', 'bench-output/**', 'coverage/**', '.ci/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { import: importPlugin },
    settings: {
      'import/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] } },
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // Never parse dependencies: import/no-cycle follows our own modules only (35 s → under a second).
      'import/ignore': ['node_modules'],
      'import/external-module-folders': ['node_modules'],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  // Node everywhere outside src/: tests, scripts, benchmarks, build configuration.
  {
    files: ['test/**', 'scripts/**', 'bench/**', '*.js', '*.mjs', '*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs', '*.js', 'test/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // --- The layers -------------------------------------------------------------------------------------
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import/no-default-export': 'error',
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-globals': ['error', ...restrictedGlobals(OFFICE_GLOBALS, officeMessage)],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/engine',
              from: ['./src/office', './src/taskpane', './src/commands', './src/cli'],
              message: 'The engine is pure: it imports nothing from the pane, Office, commands or the CLI.',
            },
            {
              target: './src/office',
              from: ['./src/taskpane', './src/commands', './src/cli'],
              message: 'src/office may import only the engine.',
            },
            { target: './src/taskpane', from: ['./src/cli', './src/commands'], message: 'The pane may import only the engine and office.' },
            { target: './src/commands', from: ['./src/cli', './src/taskpane'], message: 'Ribbon commands may import only the engine and office.' },
            {
              target: './src/cli',
              from: ['./src/office', './src/taskpane', './src/commands'],
              message: 'The CLI is the engine\'s Node face: it imports only the engine.',
            },
            {
              target: ['./src/office', './src/taskpane', './src/commands', './src/cli'],
              from: './src/engine',
              except: ['./index.ts'],
              message: 'Outside the engine, import only its public surface (src/engine/index.ts): export what you need from there.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/office/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': 'off',
      'no-restricted-imports': [
        'error',
        {
          ...nodeImportsForbidden('src/office'),
          paths: [
            ...nodeImportsForbidden('src/office').paths,
            { name: 'react', message: 'src/office is a thin adapter: it imports only the engine.' },
            { name: 'react-dom', message: 'src/office is a thin adapter: it imports only the engine.' },
          ],
          patterns: [
            ...nodeImportsForbidden('src/office').patterns,
            { group: ['react/*', 'react-dom/*', '@fluentui/*'], message: 'src/office is a thin adapter: it imports only the engine.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', nodeImportsForbidden('The pane')] },
  },
  {
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...restrictedGlobals(HOST_GLOBALS, 'The engine is pure (no DOM, no Node, no host): take bytes and return data; I/O belongs to the adapters.'),
        ...restrictedGlobals(OFFICE_GLOBALS, officeMessage),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'The engine runs in the pane too: no Node built-ins.' })),
            { name: 'react', message: 'The engine has no UI: no React.' },
            { name: 'react-dom', message: 'The engine has no UI: no React.' },
            { name: '@microsoft/office-js', message: officeMessage },
          ],
          patterns: [
            { group: ['node:*'], message: 'The engine runs in the pane too: no Node built-ins.' },
            { group: ['react/*', 'react-dom/*', '@fluentui/*', '@griffel/*'], message: 'The engine has no UI: no React or Fluent.' },
            { group: ['office-addin-*', '@microsoft/office-js/*', '@types/office-js'], message: officeMessage },
            { regex: NOT_ENGINE_ALLOWED, message: `The engine imports only these packages: ${ENGINE_PACKAGES.join(', ')} (eslint.config.mjs, ENGINE_PACKAGES).` },
          ],
        },
      ],
    },
  },
);
