import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';
import { ClusterServiceVersionModel, crdNameFor, groupVersionKindFor } from '../k8s/models';
import type { ClusterServiceVersion } from '../k8s/types';

const owns = (csv: ClusterServiceVersion, crdName: string) =>
  csv.spec?.customresourcedefinitions?.owned?.some((owned) => owned.name === crdName) ?? false;

/**
 * The ClusterServiceVersion of the operator that owns `model`'s CRD, when OLM installed it.
 * OLM copies a global operator's CSV into every namespace; the copies carry `olm.copiedFrom`,
 * so they are left out of the watch.
 */
export const useOperatorCsv = (
  model: K8sModel,
): [ClusterServiceVersion | undefined, boolean, unknown] => {
  const [csvs, loaded, error] = useK8sWatchResource<ClusterServiceVersion[]>({
    groupVersionKind: groupVersionKindFor(ClusterServiceVersionModel),
    isList: true,
    selector: { matchExpressions: [{ key: 'olm.copiedFrom', operator: 'DoesNotExist' }] },
  });
  const crdName = crdNameFor(model);
  const csv = useMemo(() => {
    const owning = (csvs ?? []).filter((candidate) => owns(candidate, crdName));
    return owning.find((candidate) => candidate.status?.phase === 'Succeeded') ?? owning[0];
  }, [csvs, crdName]);
  return [csv, loaded, error];
};
