// Two projects: unit specs beside the code (src/**/*.spec.ts) need no database and start at once; integration tests
// (test/**/*.test.ts) run against a real PostgreSQL that global setup starts. `jest --selectProjects unit` runs the
// first alone (seconds); `npm test` runs both.
const shared = {
  testEnvironment: 'node',
  // NestJS 12 ships ES modules only; Jest's CommonJS runtime can't require() them on Node 20, so swc compiles
  // those packages to CommonJS like our own sources.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|nestjs-pino|file-type|strtok3|token-types|uint8array-extras|content-disposition|@fastify/static)/)',
  ],
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // Tests use the tools' and the contract's TypeScript sources directly, so they never run against a stale build.
  moduleNameMapper: { '^@tajer/tools$': '<rootDir>/../tools/src', '^@tajer/contract$': '<rootDir>/../packages/contract/src' },
};

module.exports = {
  projects: [
    // The OCR specs under test/ocr need no database either (real tesseract, generated images): they run with the unit specs.
    { ...shared, displayName: 'unit', roots: ['<rootDir>/src', '<rootDir>/test/ocr'], testMatch: ['**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
  // The suite runs its files one at a time (one worker), and the worker is replaced once it holds this much: each file
  // loads the whole app again, and in one process (--runInBand) 100+ files outgrow the default heap.
  workerIdleMemoryLimit: '1536MB',
  // A global option in Jest 30 (a project's own testTimeout is ignored): app boots and OCR take seconds.
  testTimeout: 60000,
};
