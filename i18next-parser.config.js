// Extraction settings matching the console: `~` separates namespace and key, keys are English text.
const { ConsoleExtensionsLexer } = require('./scripts/i18n-lexers');

module.exports = {
  sort: true,
  createOldCatalogs: false,
  keySeparator: false,
  namespaceSeparator: '~',
  pluralSeparator: '_',
  locales: ['en'],
  defaultNamespace: 'plugin__sail-console-plugin',
  defaultValue: (_locale, _namespace, key) => key,
  output: process.env.I18N_OUTPUT || 'locales/$LOCALE/$NAMESPACE.json',
  input: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}', 'console-extensions.json'],
  lexers: {
    ts: [{ lexer: 'JavascriptLexer', functions: ['t'] }],
    tsx: [{ lexer: 'JsxLexer', functions: ['t'] }],
    json: [ConsoleExtensionsLexer],
    default: ['JavascriptLexer'],
  },
  failOnWarnings: false,
  verbose: false,
};
