/* Values schema: extraction + index on the real Istio CRD, and diagnosis of a 1,000-line document. */
import { diagnoseValues, diagnoseValuesSource } from '../src/domain/schema/diagnoseValues';
import { parseValuesSource } from '../src/domain/schema/yamlSource';
import { valuesSchemaFor, valuesSchemaForUncached } from '../src/domain/schema/valuesSchema';
import type { BenchFile } from './types';
import { addTypos, generateValuesDocument } from './valuesDocument';

const cases: BenchFile = ({ istioCrd: crd }) => {
  if (!crd) return [];
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

export default cases;
