import { FormGroup, TextInput } from '@patternfly/react-core';
import type { FC } from 'react';
import type { Diagnostic } from '../../../domain/schema/types';
import type { VersionCatalogState } from '../../../hooks/useVersionCatalog';
import { useSailTranslation } from '../../../utils/useSailTranslation';
import { FieldHelper, validatedFor } from './FieldHelper';
import type { FieldErrors } from './fieldErrors';
import type { IstioFormState } from './formState';
import type { IstioApi } from './istioApis';
import { NamespaceField } from './NamespaceField';
import { ProfileSelect } from './ProfileSelect';
import { UpdateStrategyFields } from './UpdateStrategyFields';
import type { NamespaceNames } from './useNamespaceNames';
import { ValuesFields } from './ValuesFields';
import { VersionSelect } from './VersionSelect';

export type IstioFormProps = {
  api: IstioApi;
  form: IstioFormState;
  onChange: (patch: Partial<IstioFormState>) => void;
  errors: FieldErrors;
  serverDiagnostics: Diagnostic[];
  catalogState: VersionCatalogState;
  profiles: { names?: string[]; loaded: boolean };
  isOpenShift: boolean;
  namespaces: NamespaceNames;
  createNamespace: boolean;
  onCreateNamespaceChange: (create: boolean) => void;
};

/** The fields of an Istio; each reads and writes the form state only. */
export const IstioForm: FC<IstioFormProps> = ({
  api,
  form,
  onChange,
  errors,
  serverDiagnostics,
  catalogState,
  profiles,
  isOpenShift,
  namespaces,
  createNamespace,
  onCreateNamespaceChange,
}) => {
  const { t } = useSailTranslation();
  const isV1 = api.key === 'v1';
  return (
    <>
      <FormGroup fieldId="istio-name" label={t('Name')} isRequired>
        <TextInput
          id="istio-name"
          isRequired
          value={form.name}
          onChange={(_event, name) => onChange({ name })}
          validated={validatedFor(errors.name)}
          aria-describedby="istio-name-helper"
        />
        <FieldHelper
          id="istio-name-helper"
          hint={t(
            'Lowercase letters, digits and hyphens; it names the control plane revisions too.',
          )}
          errors={errors.name}
        />
      </FormGroup>
      <FormGroup
        fieldId="istio-namespace"
        label={isV1 ? t('Control plane namespace') : t('Namespace')}
        isRequired
      >
        <NamespaceField
          id="istio-namespace"
          value={form.namespace}
          onChange={(namespace) => onChange({ namespace })}
          namespaces={namespaces}
          hint={
            isV1
              ? t(
                  'Where istiod and the other control plane components run. It cannot be changed later.',
                )
              : t('The Istio resource and its control plane live in this namespace.')
          }
          createNamespace={createNamespace}
          onCreateNamespaceChange={onCreateNamespaceChange}
          errors={errors.namespace}
        />
      </FormGroup>
      <FormGroup
        fieldId="istio-version"
        label={<span id="istio-version-label">{t('Version')}</span>}
      >
        <VersionSelect
          id="istio-version"
          labelId="istio-version-label"
          value={form.version}
          onChange={(version) => onChange({ version })}
          catalogState={catalogState}
          errors={errors.version}
        />
      </FormGroup>
      <FormGroup
        fieldId="istio-profile"
        label={<span id="istio-profile-label">{t('Profile')}</span>}
      >
        <ProfileSelect
          id="istio-profile"
          labelId="istio-profile-label"
          value={form.profile}
          onChange={(profile) => onChange({ profile })}
          profiles={profiles.names}
          loaded={profiles.loaded}
          isOpenShift={isOpenShift}
          errors={errors.profile}
        />
      </FormGroup>
      {api.hasUpdateStrategy ? (
        <UpdateStrategyFields
          form={form}
          onChange={onChange}
          errors={errors.updateStrategy}
          gracePeriodErrors={errors.gracePeriodSeconds}
        />
      ) : null}
      <ValuesFields
        api={api}
        form={form}
        onChange={onChange}
        valuesErrors={errors.values}
        rawValuesErrors={errors.rawValues}
        serverDiagnostics={serverDiagnostics}
      />
    </>
  );
};
