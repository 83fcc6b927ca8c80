/** `npm run test:faults`: Warden as processes against private Redis and PostgreSQL instances it kills. */
const base = require('./jest.config.js').projects.find((p) => p.displayName === 'integration');

module.exports = {
  ...base,
  displayName: 'faults',
  rootDir: __dirname,
  testMatch: ['<rootDir>/tests/faults/**/*.test.ts'],
  globalSetup: undefined,
};
