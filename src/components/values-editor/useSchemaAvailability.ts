import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import type { ValuesSchemaResult } from '../../domain/schema/valuesSchema';
import { useValuesSchema } from '../../hooks/useValuesSchema';
import { crdNameFor } from '../../k8s/models';
import { useSailTranslation } from '../../utils/useSailTranslation';

export type SchemaAvailability =
  | { state: 'loading' }
  | { state: 'ready'; schema: ValuesSchemaResult }
  /** The editor still works; `reason` says why there are no hints. */
  | { state: 'unavailable'; reason: string };

type ErrorLike = { code?: number; message?: string; json?: { code?: number; message?: string } };

const statusCode = (error: unknown): number | undefined => {
  const e = error as ErrorLike | undefined;
  return e?.code ?? e?.json?.code;
};

/** The values schema for `model`, or a translated reason why hints are unavailable. */
export const useSchemaAvailability = (model: K8sModel): SchemaAvailability => {
  const { t } = useSailTranslation();
  const { schema, loaded, error } = useValuesSchema(model);
  const crd = crdNameFor(model);
  if (error) {
    const code = statusCode(error);
    if (code === 403) {
      return {
        state: 'unavailable',
        reason: t('You are not allowed to read the CustomResourceDefinition {{crd}}.', { crd }),
      };
    }
    if (code === 404) {
      return {
        state: 'unavailable',
        reason: t('The CustomResourceDefinition {{crd}} is not installed.', { crd }),
      };
    }
    const message = (error as ErrorLike).message ?? String(error);
    return {
      state: 'unavailable',
      reason: t('The CustomResourceDefinition {{crd}} could not be read: {{message}}', {
        crd,
        message,
      }),
    };
  }
  if (!loaded) return { state: 'loading' };
  if (!schema) {
    return {
      state: 'unavailable',
      reason: t('The CustomResourceDefinition {{crd}} is not installed.', { crd }),
    };
  }
  if (schema.problem === 'version-not-served') {
    return {
      state: 'unavailable',
      reason: t('The CustomResourceDefinition {{crd}} does not serve version {{version}}.', {
        crd,
        version: model.apiVersion,
      }),
    };
  }
  if (schema.problem === 'no-values-schema' || !schema.values) {
    return {
      state: 'unavailable',
      reason: t('The CustomResourceDefinition {{crd}} has no schema for spec.values.', { crd }),
    };
  }
  return { state: 'ready', schema };
};
