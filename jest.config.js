/** Tests in tiers (STYLE.md): unit tests need no services; integration and e2e use the real Postgres and Redis. */
const transform = { '^.+\\.(ts|js)$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] };
// bad-words (CommonJS) requires badwords-list, which ships only ESM: Node 20 loads it natively
// (require(esm)), Jest's module system does not, so Jest compiles that one package to CommonJS.
const transformIgnorePatterns = ['/node_modules/(?!badwords-list/)'];
const common = { testEnvironment: 'node', transform, transformIgnorePatterns, moduleFileExtensions: ['ts', 'js', 'json'] };

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
    },
  ],
};
