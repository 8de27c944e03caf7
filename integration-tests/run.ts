import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilds } from '../harness/server/builds';
import { launchBrowser } from './browser';
import type { Instance, Spec, SpecResult } from './framework';
import { RESULTS_DIR, runSpec } from './framework';
import { REPO_ROOT, startHarness } from './harnessProcess';

const SPECS_DIR = path.join(__dirname, 'specs');

const isSpec = (value: unknown): value is Spec =>
  typeof value === 'object' &&
  value !== null &&
  'name' in value &&
  'run' in value &&
  'instances' in value;

/** Every `Spec[]` exported by specs/*.spec.ts, in file order. */
const loadSpecs = (): Spec[] =>
  readdirSync(SPECS_DIR)
    .filter((file) => file.endsWith('.spec.ts'))
    .sort()
    .flatMap((file) =>
      // Spec files are found at run time, so they are loaded by path.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      Object.values(require(path.join(SPECS_DIR, file)) as Record<string, unknown>).flatMap(
        (value) => (Array.isArray(value) ? value.filter(isSpec) : []),
      ),
    );
const UPSTREAM_CRDS = path.resolve(
  REPO_ROOT,
  '..',
  'shared',
  'reference',
  'sail-operator',
  'current-upstream',
  'crds',
);

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Harness command lines per instance; the upstream-CRD one only where the reference data exists. */
const instanceArgs = (): Partial<Record<Instance, string[]>> => {
  const instances: Partial<Record<Instance, string[]>> = {
    samples: ['--seed', 'samples'],
    empty: ['--seed', 'none'],
  };
  if (existsSync(UPSTREAM_CRDS))
    instances['upstream-crds'] = ['--seed', 'samples', '--crds', UPSTREAM_CRDS];
  else log(`# skipping the upstream-crds instance: ${UPSTREAM_CRDS} is absent`);
  return instances;
};

const report = (result: SpecResult) => {
  const line = `${result.passed ? 'ok' : 'not ok'} - [${result.instance}] ${result.name} (${result.seconds.toFixed(1)} s)`;
  log(line);
  if (result.error) log(result.error.replace(/^/gm, '    '));
};

const main = async (): Promise<number> => {
  const started = Date.now();
  const filter = process.argv[2];
  const specs = loadSpecs();
  // Screenshots are of this run's failures only.
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  await ensureBuilds(REPO_ROOT, (line) => log(`# ${line}`));
  const results: SpecResult[] = [];
  const { browser, close } = await launchBrowser();
  try {
    for (const [instance, args] of Object.entries(instanceArgs()) as [Instance, string[]][]) {
      const selected = specs.filter(
        (s) => s.instances.includes(instance) && (!filter || s.name.includes(filter)),
      );
      if (!selected.length) continue;
      let harness;
      try {
        harness = await startHarness(args);
      } catch (error) {
        const result = {
          name: 'harness starts',
          instance,
          passed: false,
          seconds: 0,
          error: (error as Error).message,
        };
        report(result);
        results.push(result);
        continue;
      }
      log(`# ${instance}: ${harness.url} (${args.join(' ')})`);
      try {
        for (const spec of selected) {
          const result = await runSpec(browser, harness.url, instance, spec);
          report(result);
          results.push(result);
        }
      } finally {
        await harness.stop();
      }
    }
  } finally {
    await close();
  }
  const failed = results.filter((r) => !r.passed).length;
  log(
    `# ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots of failures in test-results/`,
  );
  log(`${results.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
};

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    log(`e2e run aborted: ${error.stack ?? error.message}`);
    log('0 passed, 1 failed');
    process.exit(1);
  },
);
