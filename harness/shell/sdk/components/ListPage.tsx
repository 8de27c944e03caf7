import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sGroupVersionKind } from '@openshift-console/dynamic-plugin-sdk';
import { Button, Flex, FlexItem, PageSection, Title } from '@patternfly/react-core';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAccessReview } from '../accessReview';
import { referenceFor } from '../k8s/discovery';
import { useK8sModel } from '../k8s/models';
import { ALL_NAMESPACES_KEY, useActiveNamespace } from '../namespace';

export const DocumentTitle: typeof SDK.DocumentTitle = ({ children }) => {
  useEffect(() => {
    document.title = `${children} · OpenShift`;
  }, [children]);
  return null;
};

export const ListPageHeader: typeof SDK.ListPageHeader = ({
  title,
  badge,
  helpText,
  helpAlert,
  children,
}) => (
  <PageSection>
    <Flex
      justifyContent={{ default: 'justifyContentSpaceBetween' }}
      alignItems={{ default: 'alignItemsCenter' }}
    >
      <FlexItem>
        <Title headingLevel="h1" data-test="page-heading">
          {title} {badge}
        </Title>
      </FlexItem>
      {children && <FlexItem>{children}</FlexItem>}
    </Flex>
    {helpText && <p className="sail-harness-help-text">{helpText}</p>}
    {helpAlert}
  </PageSection>
);

export const ListPageBody: typeof SDK.ListPageBody = ({ children }) => (
  <PageSection isFilled>{children}</PageSection>
);

const toGVK = (gvk: string | K8sGroupVersionKind | undefined) =>
  typeof gvk === 'string' ? gvk : gvk ? referenceFor(gvk) : undefined;

/** Hides its children when the user may not create the kind (SelfSubjectAccessReview). */
const useCreateAllowed = (
  createAccessReview: SDK.ListPageCreateLinkProps['createAccessReview'],
) => {
  const [model] = useK8sModel(toGVK(createAccessReview?.groupVersionKind));
  const [allowed, loading] = useAccessReview(
    {
      group: model?.apiGroup ?? '',
      resource: model?.plural ?? '',
      verb: 'create',
      namespace: createAccessReview?.namespace,
    },
    undefined,
    true,
  );
  return !createAccessReview || (!loading && allowed);
};

export const ListPageCreateLink: typeof SDK.ListPageCreateLink = ({
  to,
  children,
  createAccessReview,
}) =>
  useCreateAllowed(createAccessReview) ? (
    <Link to={to} className="pf-v6-c-button pf-m-primary" data-test="item-create">
      {children}
    </Link>
  ) : null;

export const ListPageCreateButton: typeof SDK.ListPageCreateButton = ({
  createAccessReview,
  ...props
}) =>
  useCreateAllowed(createAccessReview) ? (
    <Button variant="primary" data-test="item-create" {...props} />
  ) : null;

/** Links to the console's create URL (…/~new), where a console.resource/create override renders. */
export const ListPageCreate: typeof SDK.ListPageCreate = ({
  groupVersionKind,
  children,
  createAccessReview,
}) => {
  const reference = toGVK(groupVersionKind) as string;
  const [model] = useK8sModel(reference);
  const [namespace] = useActiveNamespace();
  const navigate = useNavigate();
  const ns = namespace === ALL_NAMESPACES_KEY ? 'default' : namespace;
  const to = model?.namespaced
    ? `/k8s/ns/${ns}/${reference}/~new`
    : `/k8s/cluster/${reference}/~new`;
  return (
    <ListPageCreateButton
      createAccessReview={
        createAccessReview ?? {
          groupVersionKind: reference,
          namespace: model?.namespaced ? ns : undefined,
        }
      }
      onClick={() => navigate(to)}
    >
      {children}
    </ListPageCreateButton>
  );
};
