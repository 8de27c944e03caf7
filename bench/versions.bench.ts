import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { ClusterServiceVersion, CustomResourceDefinition } from '../src/k8s/types';
import { buildVersionCatalog } from '../src/domain/versions';
import type { BenchCase } from './types';

const REFERENCE = path.resolve(
  __dirname,
  '..',
  '../shared/reference/sail-operator/current-upstream',
);

const load = <T>(file: string): T => parse(readFileSync(path.join(REFERENCE, file), 'utf8')) as T;

const cases = (): BenchCase[] => {
  if (!existsSync(REFERENCE)) {
    console.log(`versions: ${REFERENCE} is absent, nothing to measure.`);
    return [];
  }
  const crd = load<CustomResourceDefinition>('crds/sailoperator.io_istios.yaml');
  const csv = load<ClusterServiceVersion>('sailoperator.clusterserviceversion.yaml');
  return [
    {
      name: 'buildVersionCatalog: upstream Istio CRD + CSV (76 names)',
      budgetMs: 5,
      run: () => buildVersionCatalog(crd, csv),
    },
  ];
};

export default cases();
