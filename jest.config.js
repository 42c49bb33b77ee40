/** Jest runs the TypeScript tests in `test/` as native ESM (started with --experimental-vm-modules). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {'^(\\.{1,2}/.*)\\.js$': '$1'},
  transform: {
    '^.+\\.ts$': ['ts-jest', {useESM: true, tsconfig: '<rootDir>/test/tsconfig.json', diagnostics: {ignoreCodes: [151002]}}]
  },
  testTimeout: 60000
}
