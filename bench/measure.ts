/* The measuring loop, shared by the Node and the browser runs (no Node imports here). */
import completion from './completion.bench';
import schema from './schema.bench';
import type { BenchCase, BenchFile, BenchFixtures, BenchResult } from './types';
import values from './values.bench';
import versions from './versions.bench';

/** Every benchmark file, by name; a static list so that the browser bundle holds them all. */
export const benchFiles: Record<string, BenchFile> = { completion, schema, values, versions };

const MIN_RUNS = 15;
const MIN_TIME_MS = 1000;
const MAX_RUNS = 1000;

const median = (samples: number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const measure = (bench: BenchCase): BenchResult => {
  bench.run(); // warm-up: JIT and caches, as a page that has been open for a moment
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < MIN_RUNS || performance.now() - started < MIN_TIME_MS) {
    const t0 = performance.now();
    bench.run();
    samples.push(performance.now() - t0);
    if (samples.length >= MAX_RUNS) break;
  }
  return {
    name: bench.name,
    budgetMs: bench.budgetMs,
    medianMs: median(samples),
    runs: samples.length,
  };
};

/** Measures every case of one benchmark file. */
export const measureFile = (file: string, fixtures: BenchFixtures): BenchResult[] =>
  benchFiles[file](fixtures).map(measure);
