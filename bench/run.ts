/* Runs every bench/*.bench.ts and prints the median of each case against its budget. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchCase } from './types';

const MIN_RUNS = 15;
const MIN_TIME_MS = 1000;

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

const filter = process.argv[2];
const files = readdirSync(__dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort();

let over = 0;
for (const file of files) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cases = (require(path.join(__dirname, file)) as { default: BenchCase[] }).default;
  for (const bench of cases) {
    const samples = measure(bench);
    const med = median(samples);
    const ok = med <= bench.budgetMs;
    if (!ok) over += 1;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${bench.name}: median ${med.toFixed(2)} ms (budget ${bench.budgetMs} ms, ${samples.length} runs)`,
    );
  }
}
console.log(`${files.length} benchmark files, ${over} over budget`);
process.exitCode = over ? 1 : 0;
