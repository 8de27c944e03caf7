import { buildVersionCatalog } from '../src/domain/versions';
import type { BenchFile } from './types';

const cases: BenchFile = ({ istioCrd: crd, csv }) => {
  if (!crd || !csv) return [];
  return [
    {
      name: 'buildVersionCatalog: upstream Istio CRD + CSV (76 names)',
      budgetMs: 5,
      run: () => buildVersionCatalog(crd, csv),
    },
  ];
};

export default cases;
