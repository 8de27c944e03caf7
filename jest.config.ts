import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src', '<rootDir>/harness'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // The SDK and i18next are provided by the console at run time; tests use typed stand-ins.
  moduleNameMapper: {
    '^@openshift-console/dynamic-plugin-sdk$':
      '<rootDir>/__mocks__/@openshift-console/dynamic-plugin-sdk.tsx',
    '^react-i18next$': '<rootDir>/__mocks__/react-i18next.ts',
    '\\.css$': '<rootDir>/__mocks__/styleMock.ts',
  },
  // The CEL evaluator is published as ES modules only; compile it like our own code.
  transformIgnorePatterns: ['/node_modules/(?!@marcbachmann/cel-js/)'],
  transform: {
    '^.+\\.[jt]sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2021',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  setupFilesAfterEnv: ['<rootDir>/setup-tests.ts'],
};

export default config;
