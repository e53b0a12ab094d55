/**
 * Browser tests: the built pane (dist/, office.js local) in Debian's Chromium through playwright-core.
 * Run with `npm run test:e2e`, which builds first. One worker: Chromium and webpack share 2 cores.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', jsx: 'react-jsx' }, diagnostics: { warnOnly: false } }],
  },
  testTimeout: 120000,
  maxWorkers: 1,
};
