import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sGroupVersionKind } from '@openshift-console/dynamic-plugin-sdk';
import { Link } from 'react-router';
import { groupVersionKindFromReference, referenceFor } from '../k8s/discovery';
import { useK8sModel } from '../k8s/models';

const referenceOf = (kind?: string, groupVersionKind?: K8sGroupVersionKind) =>
  groupVersionKind ? referenceFor(groupVersionKind) : kind;

/** The console's details URL of a resource. */
export const resourcePath = (reference: string, name?: string, namespace?: string): string =>
  `${namespace ? `/k8s/ns/${namespace}` : '/k8s/cluster'}/${reference}${name ? `/${encodeURIComponent(name)}` : ''}`;

export const ResourceIcon: typeof SDK.ResourceIcon = ({ kind, groupVersionKind, className }) => {
  const reference = referenceOf(kind, groupVersionKind);
  const [model] = useK8sModel(reference);
  const kindName =
    groupVersionKind?.kind ??
    (reference && groupVersionKindFromReference(reference)?.kind) ??
    kind ??
    '';
  const abbr = model?.abbr ?? kindName.replace(/[^A-Z]/g, '').slice(0, 4);
  return (
    <span className={`sail-harness-resource-icon ${className ?? ''}`} title={kindName}>
      {abbr}
    </span>
  );
};

export const ResourceLink: typeof SDK.ResourceLink = ({
  kind,
  groupVersionKind,
  name,
  namespace,
  displayName,
  className,
  inline,
  linkTo = true,
  hideIcon,
  title,
  dataTest,
  onClick,
  nameSuffix,
  children,
}) => {
  const reference = referenceOf(kind, groupVersionKind);
  if (!name && !displayName) return null;
  const text = displayName ?? name;
  return (
    <span
      className={`sail-harness-resource-link ${inline ? 'sail-harness-inline' : ''} ${className ?? ''}`}
    >
      {!hideIcon && reference && <ResourceIcon kind={reference} />}
      {linkTo && reference && name ? (
        <Link
          to={resourcePath(reference, name, namespace)}
          title={title}
          data-test={dataTest ?? name}
          onClick={onClick}
        >
          {text}
        </Link>
      ) : (
        <span title={title} data-test={dataTest ?? name}>
          {text}
        </span>
      )}
      {nameSuffix}
      {children}
    </span>
  );
};
