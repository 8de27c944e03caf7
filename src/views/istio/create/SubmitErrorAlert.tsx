import { Alert, List, ListItem } from '@patternfly/react-core';
import type { FC } from 'react';
import { useSailTranslation } from '../../../utils/useSailTranslation';
import type { ServerErrorKind } from './mapServerErrors';
import type { CreateIstioState } from './useCreateIstio';

export type SubmitErrorAlertProps = {
  failure: NonNullable<CreateIstioState['failure']>;
  /** In the YAML view no field is on screen, so every finding is listed here. */
  listFieldFindings: boolean;
};

/** Why the dry run or the create failed, with what the fields do not show themselves. */
export const SubmitErrorAlert: FC<SubmitErrorAlertProps> = ({ failure, listFieldFindings }) => {
  const { t } = useSailTranslation();
  const { error, step, namespaceCreated } = failure;
  const titles: Record<ServerErrorKind, string> = {
    invalid: t('The server rejected some fields'),
    'unknown-fields': t('The server does not know some fields'),
    'already-exists': t('An Istio with this name already exists'),
    forbidden: t('You are not allowed to do this'),
    'namespace-not-found': t('The namespace does not exist'),
    server: t('The cluster could not complete the request'),
    network: t('Could not reach the cluster'),
    other: t('The request failed'),
  };
  const title = step === 'namespace' ? t('Could not create the namespace') : titles[error.kind];
  const findings = [
    ...(listFieldFindings ? error.fieldMessages.map((f) => f.message) : []),
    ...(listFieldFindings
      ? error.valuesDiagnostics.map((d) => `spec.values${d.path ? `.${d.path}` : ''}: ${d.message}`)
      : []),
    ...error.unmapped,
  ];
  return (
    <Alert variant="danger" isInline title={title} data-test="create-istio-error">
      <p>{error.message}</p>
      {findings.length > 0 ? (
        <List>
          {findings.map((finding) => (
            <ListItem key={finding}>{finding}</ListItem>
          ))}
        </List>
      ) : null}
      <p>
        {step === 'create'
          ? t('The Istio was not created; your draft is unchanged.')
          : t('Nothing was created; your draft is unchanged.')}
        {namespaceCreated
          ? ` ${t('Namespace {{namespaceName}} was created.', { namespaceName: namespaceCreated })}`
          : ''}
      </p>
    </Alert>
  );
};
