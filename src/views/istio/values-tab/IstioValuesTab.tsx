import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import {
  Button,
  EmptyState,
  EmptyStateBody,
  Flex,
  PageSection,
  Stack,
} from '@patternfly/react-core';
import type { FC } from 'react';
import { Link } from 'react-router';
import { ValuesEditor } from '../../../components/values-editor';
import { istioModelOf } from '../../../k8s/models';
import type { EarlyIstio, Istio } from '../../../k8s/types';
import { useSailTranslation } from '../../../utils/useSailTranslation';
import { useCanEditValues } from '../edit-values/hooks/useCanEditValues';
import { editValuesPath } from '../routes';
import { valuesToText } from '../edit-values/valuesText';

type StoredValuesProps = { model: K8sModel; obj: Istio | EarlyIstio };

const StoredValues: FC<StoredValuesProps> = ({ model, obj }) => {
  const { t } = useSailTranslation();
  const name = obj.metadata?.name ?? '';
  const namespace = obj.metadata?.namespace;
  const [canEdit] = useCanEditValues(model, name, namespace);

  const values = valuesToText(obj.spec?.values);
  const rawValues = model.namespaced ? valuesToText((obj as EarlyIstio).spec?.rawValues) : '';
  const editLink = canEdit ? (
    <Flex>
      <Button
        variant="secondary"
        component={(props) => <Link {...props} to={editValuesPath(model, name, namespace)} />}
      >
        {t('Edit values')}
      </Button>
    </Flex>
  ) : null;
  const specContext = {
    namespace: (obj as Istio).spec?.namespace,
    version: obj.spec?.version,
    profile: obj.spec?.profile,
  };

  return (
    <PageSection>
      <Stack hasGutter>
        {values || rawValues ? (
          <>
            {editLink}
            {values ? (
              <ValuesEditor
                id="sail-istio-values"
                ariaLabel={t('Values of {{name}}', { name })}
                value={values}
                onChange={() => undefined}
                model={model}
                specContext={specContext}
                readOnly
              />
            ) : null}
            {rawValues ? (
              <ValuesEditor
                id="sail-istio-raw-values"
                ariaLabel={t('Raw values of {{name}}', { name })}
                value={rawValues}
                onChange={() => undefined}
                model={model}
                field="rawValues"
                readOnly
              />
            ) : null}
          </>
        ) : (
          <EmptyState titleText={t('No values set')} headingLevel="h2">
            <EmptyStateBody>
              {t(
                'This Istio sets no Helm values: the operator applies its profiles and defaults only.',
              )}
            </EmptyStateBody>
            {editLink}
          </EmptyState>
        )}
      </Stack>
    </PageSection>
  );
};

/** "Values" tab of an Istio's details page: the values as stored, read-only, checked like in edit. */
const IstioValuesTab: FC<{ obj?: Istio | EarlyIstio }> = ({ obj }) => {
  const model = istioModelOf(obj);
  return model && obj ? <StoredValues model={model} obj={obj} /> : null;
};

export default IstioValuesTab;
