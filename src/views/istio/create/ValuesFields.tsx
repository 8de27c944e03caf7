import { FormGroup } from '@patternfly/react-core';
import type { FC } from 'react';
import { ValuesEditor } from '../../../components/values-editor';
import type { Diagnostic } from '../../../domain/schema/types';
import { useSailTranslation } from '../../../utils/useSailTranslation';
import { FieldHelper } from './FieldHelper';
import type { IstioFormState } from './formState';
import type { IstioApi } from './istioApis';

export type ValuesFieldsProps = {
  api: IstioApi;
  form: IstioFormState;
  onChange: (patch: Partial<IstioFormState>) => void;
  valuesErrors?: string[];
  rawValuesErrors?: string[];
  /** Server findings under `spec.values`, shown as markers in the editor. */
  serverDiagnostics: Diagnostic[];
};

/** `spec.values` in the schema-aware editor and, for the early API, unchecked `spec.rawValues`. */
export const ValuesFields: FC<ValuesFieldsProps> = ({
  api,
  form,
  onChange,
  valuesErrors,
  rawValuesErrors,
  serverDiagnostics,
}) => {
  const { t } = useSailTranslation();
  return (
    <>
      <FormGroup fieldId="istio-values" label={t('Values')}>
        <ValuesEditor
          id="istio-values"
          value={form.valuesText}
          onChange={(valuesText) => onChange({ valuesText })}
          model={api.model}
          field="values"
          specContext={{
            namespace: form.namespace || undefined,
            version: form.version || undefined,
            profile: form.profile || undefined,
          }}
          externalDiagnostics={serverDiagnostics}
          defaultUnknownKeys="strict"
          height="320px"
        />
        <FieldHelper
          id="istio-values-helper"
          hint={t('Helm values for the Istio charts, checked against the installed CRD.')}
          errors={valuesErrors}
        />
      </FormGroup>
      {api.hasRawValues ? (
        <FormGroup fieldId="istio-raw-values" label={t('Raw values (not validated)')}>
          <ValuesEditor
            id="istio-raw-values"
            value={form.rawValuesText}
            onChange={(rawValuesText) => onChange({ rawValuesText })}
            model={api.model}
            field="rawValues"
            height="200px"
          />
          <FieldHelper
            id="istio-raw-values-helper"
            hint={t(
              'Passed to Helm as written; neither the API server nor the operator checks them.',
            )}
            errors={rawValuesErrors}
          />
        </FormGroup>
      ) : null}
    </>
  );
};
