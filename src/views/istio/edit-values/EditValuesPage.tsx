import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { DocumentTitle } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Bullseye,
  Content,
  EmptyState,
  EmptyStateBody,
  PageSection,
  Spinner,
  Title,
} from '@patternfly/react-core';
import type { FC } from 'react';
import { useParams } from 'react-router';
import { EarlyIstioModel, IstioModel } from '../../../k8s/models';
import { useSailTranslation } from '../../../utils/useSailTranslation';
import { EditValuesForm } from './EditValuesForm';
import { useCanEditValues } from './hooks/useCanEditValues';
import { useIstioResource } from './hooks/useIstioResource';

type EditValuesProps = { model: K8sModel; name: string; namespace?: string };

const errorCode = (error: unknown): number | undefined =>
  (error as { code?: number; json?: { code?: number } } | undefined)?.code ??
  (error as { json?: { code?: number } } | undefined)?.json?.code;

/** Loads the Istio, checks access, and shows the values form. */
const EditValues: FC<EditValuesProps> = ({ model, name, namespace }) => {
  const { t } = useSailTranslation();
  const [istio, loaded, error] = useIstioResource(model, name, namespace);
  const [canEdit, checking] = useCanEditValues(model, name, namespace);

  const body = () => {
    if (error && errorCode(error) === 404) {
      return (
        <EmptyState titleText={t('Istio {{name}} not found', { name })} headingLevel="h2">
          <EmptyStateBody>{t('It may have been deleted.')}</EmptyStateBody>
        </EmptyState>
      );
    }
    if (error) {
      return (
        <Alert variant="danger" isInline title={t('Could not load Istio {{name}}', { name })}>
          {String((error as Error).message ?? error)}
        </Alert>
      );
    }
    if (!loaded || !istio || checking) {
      return (
        <Bullseye>
          <Spinner aria-label={t('Loading Istio {{name}}', { name })} />
        </Bullseye>
      );
    }
    return <EditValuesForm model={model} latest={istio} readOnly={!canEdit} />;
  };

  return (
    <>
      <DocumentTitle>{t('Edit values of {{name}}', { name })}</DocumentTitle>
      <PageSection>
        <Title headingLevel="h1">{t('Edit values of {{name}}', { name })}</Title>
        <Content component="p">
          {t(
            'Helm values the Sail Operator applies to this control plane. Unknown keys are refused on save instead of being silently dropped.',
          )}
        </Content>
      </PageSection>
      <PageSection>{body()}</PageSection>
    </>
  );
};

/** Route `/service-mesh/istio/:name/values` (sailoperator.io/v1, cluster-scoped). */
export const EditIstioValuesPage: FC = () => {
  const { name = '' } = useParams();
  return <EditValues model={IstioModel} name={name} />;
};

/** Route `/service-mesh/ns/:ns/istio/:name/values` (operator.istio.io/v1alpha1, namespaced). */
export const EditEarlyIstioValuesPage: FC = () => {
  const { ns = '', name = '' } = useParams();
  return <EditValues model={EarlyIstioModel} name={name} namespace={ns} />;
};
