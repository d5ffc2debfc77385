// Two tiers. unit: pure functions, tested beside their code (src/**/*.test.ts), with no database, Redis or
// server: seconds, runnable anywhere (`npx jest --selectProjects unit`). integration: everything under test/,
// against real PostgreSQL, Redis, Dovecot, SMTP and Chromium; each file gets its own database copied from one
// migrated template.
const transform = {
  '^.+\\.(ts|js|mjs)$': [
    '@swc/jest',
    { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
  ],
};
// otplib's crypto helpers and openid-client (with oauth4webapi and jose) ship as ES modules only; Node 20.19 loads
// them natively, jest needs them compiled
const transformIgnorePatterns = ['/node_modules/(?!(@scure|@noble|@otplib|openid-client|oauth4webapi|jose)/)'];

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  maxWorkers: 2,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.test.ts'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      transform,
      transformIgnorePatterns,
      globalSetup: '<rootDir>/test/support/globalSetup.ts',
      globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
      setupFiles: ['<rootDir>/test/support/env.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/database.ts'],
    },
  ],
};
