import {
  DocumentTitle,
  ListPageHeader,
  useAccessReview,
  useFlag,
  useK8sWatchResource,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Bullseye,
  Button,
  EmptyState,
  EmptyStateBody,
  List,
  ListItem,
  PageSection,
  Spinner,
} from '@patternfly/react-core';
import type { FC } from 'react';
import { Link } from 'react-router';
import { EarlyIstioModel, groupVersionKindFor, IstioModel } from '../../k8s/models';
import type { EarlyIstio, Istio } from '../../k8s/types';
import { useSailTranslation } from '../../utils/useSailTranslation';
import { createPath, detailsPath } from '../istio/routes';

const OverviewPage: FC = () => {
  const { t } = useSailTranslation();
  // Today's API when the cluster serves it, else the early one; nothing when neither is served.
  const servesV1 = useFlag('SAIL_ISTIO_V1');
  const servesEarly = useFlag('SAIL_ISTIO_EARLY');
  const model = servesV1 ? IstioModel : servesEarly ? EarlyIstioModel : undefined;
  const [istios, loaded, error] = useK8sWatchResource<(Istio | EarlyIstio)[]>(
    model ? { groupVersionKind: groupVersionKindFor(model), isList: true } : null,
  );
  const [canCreate] = useAccessReview({
    group: model?.apiGroup,
    resource: model?.plural,
    verb: 'create',
    ...(model?.namespaced ? { namespace: 'istio-system' } : {}),
  });
  const createButton =
    model && canCreate ? (
      <Button variant="primary" component={(props) => <Link {...props} to={createPath(model)} />}>
        {t('Create Istio')}
      </Button>
    ) : null;

  const body = () => {
    if (!model) {
      return (
        <EmptyState titleText={t('The Sail Operator is not installed')} headingLevel="h2">
          <EmptyStateBody>
            {t(
              'This cluster serves no Istio API. Install OpenShift Service Mesh 3 or the Sail Operator from the software catalog (Operators), then come back to create a control plane.',
            )}
          </EmptyStateBody>
        </EmptyState>
      );
    }
    if (error) {
      return (
        <Alert variant="danger" isInline title={t('Could not load Istio control planes')}>
          {String((error as Error | undefined)?.message ?? error)}
        </Alert>
      );
    }
    if (!loaded) {
      return (
        <Bullseye>
          <Spinner aria-label={t('Loading Istio control planes')} />
        </Bullseye>
      );
    }
    if (istios.length === 0) {
      return (
        <EmptyState titleText={t('No Istio control planes found')} headingLevel="h2">
          <EmptyStateBody>
            {t(
              'No Istio resource exists in this cluster yet. Create one to install an Istio control plane with the Sail Operator.',
            )}
          </EmptyStateBody>
          {createButton}
        </EmptyState>
      );
    }
    return (
      <List aria-label={t('Istio control planes')}>
        {istios.map((istio) => {
          const name = istio.metadata?.name ?? '';
          return (
            <ListItem key={istio.metadata?.uid ?? name}>
              <Link to={detailsPath(model, name, istio.metadata?.namespace)}>{name}</Link>
            </ListItem>
          );
        })}
      </List>
    );
  };

  return (
    <>
      <DocumentTitle>{t('Service Mesh overview')}</DocumentTitle>
      <ListPageHeader title={t('Service Mesh overview')}>
        {istios?.length ? createButton : null}
      </ListPageHeader>
      <PageSection>{body()}</PageSection>
    </>
  );
};

export default OverviewPage;
