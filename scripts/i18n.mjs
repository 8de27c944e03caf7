// Regenerates locales/ from the source (`npm run i18n`), or with --check fails when locales/ is stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const check = process.argv.includes('--check');
const root = path.resolve(import.meta.dirname, '..');
const parser = path.join(root, 'node_modules', '.bin', 'i18next');

const extract = (output) =>
  execFileSync(parser, ['--config', 'i18next-parser.config.js', '--silent'], {
    cwd: root,
    env: { ...process.env, ...(output ? { I18N_OUTPUT: output } : {}) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });

if (!check) {
  extract();
  process.exit(0);
}

const scratch = mkdtempSync(path.join(tmpdir(), 'sail-i18n-'));
try {
  extract(path.join(scratch, '$LOCALE/$NAMESPACE.json'));
  const stale = [];
  for (const locale of readdirSync(scratch)) {
    for (const file of readdirSync(path.join(scratch, locale))) {
      const fresh = readFileSync(path.join(scratch, locale, file), 'utf8');
      let committed = '';
      try {
        committed = readFileSync(path.join(root, 'locales', locale, file), 'utf8');
      } catch {
        committed = '(missing)';
      }
      if (JSON.stringify(JSON.parse(fresh)) !== safeJson(committed))
        stale.push(`${locale}/${file}`);
    }
  }
  if (stale.length) {
    console.error(`locales/ is stale (${stale.join(', ')}): run \`npm run i18n\` and commit it.`);
    process.exit(1);
  }
  console.log('locales/ is up to date');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function safeJson(text) {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}
