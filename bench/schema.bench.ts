/* Values schema: extraction + index on the real Istio CRD, and diagnosis of a 1,000-line document. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { diagnoseValues, diagnoseValuesSource } from '../src/domain/schema/diagnoseValues';
import { parseValuesSource } from '../src/domain/schema/yamlSource';
import { valuesSchemaFor, valuesSchemaForUncached } from '../src/domain/schema/valuesSchema';
import type { CustomResourceDefinition } from '../src/k8s/types';
import type { BenchCase } from './types';
import { addTypos, generateValuesDocument } from './valuesDocument';

const crdFile = path.resolve(
  __dirname,
  '..',
  '../shared/reference/sail-operator/current-upstream/crds/sailoperator.io_istios.yaml',
);

const casesFor = (crd: CustomResourceDefinition): BenchCase[] => {
  const schema = valuesSchemaFor(crd);
  const text = addTypos(generateValuesDocument(schema.values ?? {}, 1000), 100);
  const lines = text.split('\n').length - 1;
  const parsed = parseValuesSource(text);
  const context = { unknownKeys: 'warn' as const, spec: { namespace: 'istio-system' } };
  return [
    {
      name: 'values schema: extract + index the upstream Istio CRD (fresh index every run)',
      budgetMs: 50,
      run: () => valuesSchemaForUncached(crd),
    },
    {
      name: `values schema: diagnose a ${lines}-line values document`,
      budgetMs: 15,
      run: () => diagnoseValues(text, schema, context),
    },
    {
      // Where the time goes: the same document parsed once, then only checked.
      name: `values schema: check the parsed ${lines}-line document (no YAML parse)`,
      budgetMs: 5,
      run: () => diagnoseValuesSource(parsed, schema, context),
    },
  ];
};

const cases: BenchCase[] = existsSync(crdFile)
  ? casesFor(parse(readFileSync(crdFile, 'utf8')) as CustomResourceDefinition)
  : [];
if (cases.length === 0) console.log(`schema bench skipped: ${crdFile} is absent`);

export default cases;
