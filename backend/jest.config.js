// Unit specs live beside the code (src/**/*.spec.ts); integration tests against a real PostgreSQL live in test/.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
  // NestJS 12 ships ES modules only; Jest's CommonJS runtime can't require() them on Node 20, so swc compiles
  // those packages to CommonJS like our own sources.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|nestjs-pino|file-type|strtok3|token-types|uint8array-extras)/)'],
  transform: {
    '^.+\\.(t|j)s$': ['@swc/jest', {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    }],
  },
  // Tests use the tools' and the contract's TypeScript sources directly, so they never run against a stale build.
  moduleNameMapper: { '^@tajer/tools$': '<rootDir>/../tools/src', '^@tajer/contract$': '<rootDir>/../packages/contract/src' },
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 60000,
  // The suite runs its files one at a time (one worker), and the worker is replaced once it holds this much: each file
  // loads the whole app again, and in one process (--runInBand) 100+ files outgrow the default heap.
  workerIdleMemoryLimit: '1536MB',
};
