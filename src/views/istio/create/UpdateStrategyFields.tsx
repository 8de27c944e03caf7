import { Checkbox, FormGroup, Radio, TextInput } from '@patternfly/react-core';
import type { FC } from 'react';
import { useSailTranslation } from '../../../utils/useSailTranslation';
import { FieldHelper, validatedFor } from './FieldHelper';
import type { IstioFormState } from './formState';

export type UpdateStrategyFieldsProps = {
  form: Pick<IstioFormState, 'updateStrategyType' | 'gracePeriodSeconds' | 'updateWorkloads'>;
  onChange: (patch: Partial<IstioFormState>) => void;
  errors?: string[];
  gracePeriodErrors?: string[];
};

/** InPlace or RevisionBased, and what each means when the version changes. */
export const UpdateStrategyFields: FC<UpdateStrategyFieldsProps> = ({
  form,
  onChange,
  errors,
  gracePeriodErrors,
}) => {
  const { t } = useSailTranslation();
  // An unset type is InPlace, the CRD's default.
  const type = form.updateStrategyType || 'InPlace';
  return (
    <>
      <FormGroup
        role="radiogroup"
        isStack
        fieldId="istio-update-strategy"
        label={t('Update strategy')}
      >
        <Radio
          id="istio-update-strategy-inplace"
          name="istio-update-strategy"
          label={t('In place')}
          description={t(
            'A version change upgrades the running control plane. Workloads stay where they are and pick up the new proxy when they restart.',
          )}
          isChecked={type === 'InPlace'}
          onChange={() => onChange({ updateStrategyType: 'InPlace' })}
        />
        <Radio
          id="istio-update-strategy-revisionbased"
          name="istio-update-strategy"
          label={t('Revision based')}
          description={t(
            'A version change starts a second control plane beside the old one. Workloads move to it (automatically or when you relabel them) and the old one is removed once nothing uses it.',
          )}
          isChecked={type === 'RevisionBased'}
          onChange={() => onChange({ updateStrategyType: 'RevisionBased' })}
        />
        <FieldHelper id="istio-update-strategy-helper" errors={errors} />
      </FormGroup>
      {type === 'RevisionBased' ? (
        <>
          <FormGroup
            fieldId="istio-grace-period"
            label={t('Inactive revision deletion grace period (seconds)')}
          >
            <TextInput
              id="istio-grace-period"
              type="number"
              min={0}
              value={form.gracePeriodSeconds}
              onChange={(_event, text) => onChange({ gracePeriodSeconds: text })}
              validated={validatedFor(gracePeriodErrors)}
              aria-describedby="istio-grace-period-helper"
            />
            <FieldHelper
              id="istio-grace-period-helper"
              hint={t(
                'How long an old revision stays after the last workload left it. Leave empty for the operator default (30 seconds).',
              )}
              errors={gracePeriodErrors}
            />
          </FormGroup>
          <FormGroup fieldId="istio-update-workloads" isStack>
            <Checkbox
              id="istio-update-workloads"
              label={t('Move workloads to the new revision automatically')}
              description={t(
                'Otherwise you move them yourself by changing the istio.io/rev label of their namespaces or pods.',
              )}
              isChecked={form.updateWorkloads ?? false}
              onChange={(_event, checked) => onChange({ updateWorkloads: checked })}
            />
          </FormGroup>
        </>
      ) : null}
    </>
  );
};
