/*
 * Runs every bench/*.bench.ts, each in a fresh Node process so that no file measures the garbage
 * of another, prints the median of each case against its budget, then weighs the production build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { exposedModuleWeights } from './bundle';
import type { BenchCase } from './types';

const MIN_RUNS = 15;
const MIN_TIME_MS = 1000;
const DIST = path.resolve(__dirname, '..', 'dist');
/** The exposed modules that hold the values editor, and what each may weigh with its chunks. */
const EDITOR_MODULES = ['CreateIstioPage', 'EditValuesPage', 'IstioValuesTab'];
const EDITOR_BUDGET_KIB = 60;

const median = (samples: number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const measure = (bench: BenchCase): number[] => {
  bench.run(); // warm-up: JIT and caches, as a page that has been open for a moment
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < MIN_RUNS || performance.now() - started < MIN_TIME_MS) {
    const t0 = performance.now();
    bench.run();
    samples.push(performance.now() - t0);
    if (samples.length >= 1000) break;
  }
  return samples;
};

const verdict = (ok: boolean) => (ok ? 'ok  ' : 'OVER');

/** Measures the cases of one file in this process. */
const runFile = (file: string) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cases = (require(path.join(__dirname, file)) as { default: BenchCase[] }).default;
  for (const bench of cases) {
    const samples = measure(bench);
    const med = median(samples);
    console.log(
      `${verdict(med <= bench.budgetMs)} ${bench.name}: median ${med.toFixed(2)} ms (budget ${bench.budgetMs} ms, ${samples.length} runs)`,
    );
  }
};

/** Lines of the bundle report; an OVER line for each editor module above its budget. */
const bundleReport = (): string[] => {
  if (!existsSync(path.join(DIST, 'plugin-manifest.json'))) {
    return ['bundle: dist/ has no production build, nothing to weigh (npm run build makes one)'];
  }
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  return exposedModuleWeights(DIST).map(({ name, initialBytes, totalBytes }) => {
    const weighed = `${name}: ${kib(initialBytes)} gzip to start, ${kib(totalBytes)} with its lazy chunks`;
    if (!EDITOR_MODULES.includes(name)) return `     bundle ${weighed}`;
    const ok = totalBytes <= EDITOR_BUDGET_KIB * 1024;
    return `${verdict(ok)} bundle ${weighed} (budget ${EDITOR_BUDGET_KIB} KiB)`;
  });
};

const main = () => {
  const only = process.argv.indexOf('--file');
  if (only !== -1) {
    runFile(process.argv[only + 1]);
    return;
  }
  const filter = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
    .sort();
  const lines: string[] = [];
  for (const file of files) {
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--file', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    process.stdout.write(child.stdout);
    lines.push(...child.stdout.split('\n'));
    if (child.status !== 0) lines.push(`OVER ${file} exited with ${child.status}`);
  }
  const bundle = filter ? [] : bundleReport();
  bundle.forEach((line) => console.log(line));
  const over = [...lines, ...bundle].filter((line) => line.startsWith('OVER')).length;
  console.log(`${files.length} benchmark files, ${over} over budget`);
  process.exitCode = over ? 1 : 0;
};

main();
