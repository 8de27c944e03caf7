import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';
import type { VersionCatalog } from '../domain/versions';
import { buildVersionCatalog } from '../domain/versions';
import { useInstalledCrd } from './useInstalledCrd';
import { useOperatorCsv } from './useOperatorCsv';

export type VersionCatalogState = {
  catalog?: VersionCatalog;
  loaded: boolean;
  /** Why the catalog could not be read (e.g. no permission to read CRDs). */
  error?: unknown;
};

/**
 * The versions the installed operator accepts for `model` (an Istio model), read live from its CRD
 * and, when OLM installed the operator, its CSV's list of supported versions.
 */
export const useVersionCatalog = (model: K8sModel): VersionCatalogState => {
  const [crd, crdLoaded, crdError] = useInstalledCrd(model);
  // A CSV the user may not list is not fatal: the CRD's description still names supported versions.
  const [csv, csvLoaded, csvError] = useOperatorCsv(model);
  const csvSettled = csvLoaded || Boolean(csvError);
  const catalog = useMemo(
    () => (crd && csvSettled ? buildVersionCatalog(crd, csv) : undefined),
    [crd, csv, csvSettled],
  );
  if (crdError) return { loaded: true, error: crdError };
  return { catalog, loaded: crdLoaded && csvSettled };
};
