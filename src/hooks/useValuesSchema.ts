import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';
import type { ValuesSchemaResult } from '../domain/schema/valuesSchema';
import { valuesSchemaFor } from '../domain/schema/valuesSchema';
import { useInstalledCrd } from './useInstalledCrd';

export type ValuesSchemaState = {
  schema?: ValuesSchemaResult;
  loaded: boolean;
  /** Why no schema is available; the editor still works without hints. */
  error?: unknown;
};

/**
 * The `spec.values` schema of the installed CRD for `model`'s version. The result is memoised on
 * the CRD object, and the domain caches its index per schema, so re-renders cost nothing.
 */
export const useValuesSchema = (model: K8sModel): ValuesSchemaState => {
  const [crd, loaded, error] = useInstalledCrd(model);
  const schema = useMemo(
    () => (crd ? valuesSchemaFor(crd, model.apiVersion) : undefined),
    [crd, model.apiVersion],
  );
  if (error) return { loaded: true, error };
  return { schema, loaded };
};
