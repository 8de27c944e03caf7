import { Checkbox, TextInput } from '@patternfly/react-core';
import type { FC } from 'react';
import { useSailTranslation } from '../../../utils/useSailTranslation';
import { FieldHelper, validatedFor } from './FieldHelper';
import type { NamespaceNames } from './useNamespaceNames';

export type NamespaceFieldProps = {
  id: string;
  value: string;
  onChange: (namespace: string) => void;
  namespaces: NamespaceNames;
  hint: string;
  createNamespace: boolean;
  onCreateNamespaceChange: (create: boolean) => void;
  errors?: string[];
};

/**
 * Namespace name with suggestions from the cluster. When the cluster lists its namespaces and the
 * name is not among them, it says so and offers to create the namespace first.
 */
export const NamespaceField: FC<NamespaceFieldProps> = ({
  id,
  value,
  onChange,
  namespaces,
  hint,
  createNamespace,
  onCreateNamespaceChange,
  errors,
}) => {
  const { t } = useSailTranslation();
  const listId = `${id}-suggestions`;
  const helperId = `${id}-helper`;
  const name = value.trim();
  const missing =
    namespaces.loaded && !namespaces.error && name !== '' && !namespaces.names.includes(name);

  return (
    <>
      <TextInput
        id={id}
        value={value}
        onChange={(_event, text) => onChange(text)}
        list={listId}
        autoComplete="off"
        validated={validatedFor(errors)}
        aria-describedby={helperId}
      />
      <datalist id={listId}>
        {namespaces.names.map((ns) => (
          <option key={ns} value={ns} />
        ))}
      </datalist>
      <FieldHelper
        id={helperId}
        hint={hint}
        errors={errors}
        warnings={
          !missing
            ? []
            : namespaces.canCreate
              ? [t('Namespace {{namespaceName}} does not exist yet.', { namespaceName: name })]
              : [
                  t(
                    'Namespace {{namespaceName}} does not exist, and you may not create namespaces: choose an existing one or ask a cluster admin to create it.',
                    { namespaceName: name },
                  ),
                ]
        }
      />
      {missing && namespaces.canCreate ? (
        <Checkbox
          id={`${id}-create`}
          label={t('Create namespace {{namespaceName}} first', { namespaceName: name })}
          isChecked={createNamespace}
          onChange={(_event, checked) => onCreateNamespaceChange(checked)}
        />
      ) : null}
    </>
  );
};

/** The namespace to create before the Istio, if the user asked for it and it is missing. */
export const namespaceToCreate = (
  value: string,
  namespaces: NamespaceNames,
  createNamespace: boolean,
): string | undefined => {
  const name = value.trim();
  const missing =
    namespaces.loaded && !namespaces.error && name !== '' && !namespaces.names.includes(name);
  return missing && createNamespace && namespaces.canCreate ? name : undefined;
};
