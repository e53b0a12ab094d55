/** Unit tests: TypeScript through ts-jest, one folder shape with src/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', jsx: 'react-jsx' }, diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    // office-addin-mock requires ESM-only packages through office-addin-manifest (see ENGINEERING.md).
    '^office-addin-manifest$': '<rootDir>/test/support/officeAddinManifestStub.js',
  },
  testTimeout: 60000,
};
