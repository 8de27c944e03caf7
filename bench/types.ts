import type { ClusterServiceVersion, CustomResourceDefinition } from '../src/k8s/types';

/** One measured operation; `run` is called many times and should do the work once per call. */
export type BenchCase = {
  name: string;
  /** The target median in milliseconds. */
  budgetMs: number;
  run: () => unknown;
};

/** The upstream data the benchmarks measure against, when the reference files are present. */
export type BenchFixtures = {
  istioCrd?: CustomResourceDefinition;
  csv?: ClusterServiceVersion;
};

/** A benchmark file: its cases for the given fixtures (none when it lacks what it needs). */
export type BenchFile = (fixtures: BenchFixtures) => BenchCase[];

export type BenchResult = { name: string; budgetMs: number; medianMs: number; runs: number };
