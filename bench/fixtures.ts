/* The upstream Sail Operator CRD and CSV the benchmarks measure against, read from disk. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { BenchFixtures } from './types';

export const REFERENCE = path.resolve(
  __dirname,
  '..',
  '../shared/reference/sail-operator/current-upstream',
);

/** The fixtures, or none (the cases that need them are then left out) without the reference. */
export const loadFixtures = (): BenchFixtures => {
  if (!existsSync(REFERENCE)) return {};
  const load = (file: string) => parse(readFileSync(path.join(REFERENCE, file), 'utf8'));
  return {
    istioCrd: load('crds/sailoperator.io_istios.yaml'),
    csv: load('sailoperator.clusterserviceversion.yaml'),
  };
};
