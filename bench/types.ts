/** One measured operation; `run` is called many times and should do the work once per call. */
export type BenchCase = {
  name: string;
  /** The target median in milliseconds. */
  budgetMs: number;
  run: () => unknown;
};
