import {
  DocumentTitle,
  ListPageHeader,
  useK8sWatchResource,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Bullseye,
  EmptyState,
  EmptyStateBody,
  List,
  ListItem,
  PageSection,
  Spinner,
} from '@patternfly/react-core';
import type { FC } from 'react';
import { groupVersionKindFor, IstioModel } from '../../k8s/models';
import type { Istio } from '../../k8s/types';
import { useSailTranslation } from '../../utils/useSailTranslation';

const OverviewPage: FC = () => {
  const { t } = useSailTranslation();
  const [istios, loaded, error] = useK8sWatchResource<Istio[]>({
    groupVersionKind: groupVersionKindFor(IstioModel),
    isList: true,
  });

  const body = () => {
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
        </EmptyState>
      );
    }
    return (
      <List aria-label={t('Istio control planes')}>
        {istios.map((istio) => (
          <ListItem key={istio.metadata?.uid ?? istio.metadata?.name}>
            {istio.metadata?.name}
          </ListItem>
        ))}
      </List>
    );
  };

  return (
    <>
      <DocumentTitle>{t('Service Mesh overview')}</DocumentTitle>
      <ListPageHeader title={t('Service Mesh overview')} />
      <PageSection>{body()}</PageSection>
    </>
  );
};

export default OverviewPage;
