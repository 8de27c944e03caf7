import eslint from '@eslint/js';
import prettier from 'eslint-plugin-prettier/recommended';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'harness/dist/', 'node_modules/', 'locales/', 'test-results/', 'coverage/'],
  },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'harness/shell/**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Props are typed by TypeScript (SDK stand-ins by `typeof SDK.X`).
      'react/prop-types': 'off',
    },
    languageOptions: { globals: globals.browser },
    settings: { react: { version: 'detect' } },
  },
  {
    // Domain logic stays free of React and the console SDK so it can be tested and reused alone.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', '@openshift-console/*', '@patternfly/*'] },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', '__mocks__/**', 'setup-tests.ts'],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
  },
  {
    files: [
      '*.{js,mjs,cjs,ts}',
      'scripts/**',
      'bench/**',
      'harness/**',
      'integration-tests/**',
      '.ci/**',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // CommonJS config and tooling files read by tools that expect require().
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
