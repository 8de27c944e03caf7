import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { NamespaceModel } from '../../../k8s/models';
import type { IstioResource } from './formState';
import type { IstioApi } from './istioApis';
import type { MappedServerError } from './mapServerErrors';
import { mapServerError } from './mapServerErrors';
import { readServerStatus } from './serverStatus';

/** The SDK's create call, passed in so the sequence can be tested without a console. */
export type CreateCall = (options: {
  model: K8sModel;
  data: K8sResourceCommon;
  queryParams?: Record<string, string>;
}) => Promise<K8sResourceCommon>;

export type SubmitStep = 'dry-run' | 'namespace' | 'create';

export type SubmitOutcome =
  | { ok: true; created: K8sResourceCommon }
  | { ok: false; step: SubmitStep; error: MappedServerError; namespaceCreated?: string };

// Strict: an unknown values key is an error instead of being pruned silently by the server.
const STRICT = { fieldValidation: 'Strict' };
const DRY_RUN = { dryRun: 'All', ...STRICT };

const namespaceObject = (name: string): K8sResourceCommon => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name },
});

const isAlreadyExists = (error: unknown) => readServerStatus(error).reason === 'AlreadyExists';

/**
 * Dry-runs the Istio with strict field validation, then creates it. With `namespaceToCreate`, the
 * namespace is created first where the Istio needs it: before the dry-run for the namespaced early
 * API (the server refuses objects in a missing namespace), after it for the cluster-scoped v1 API.
 */
export const submitIstio = async (
  create: CreateCall,
  api: IstioApi,
  resource: IstioResource,
  namespaceToCreate?: string,
): Promise<SubmitOutcome> => {
  let namespaceCreated: string | undefined;
  const fail = (step: SubmitStep, error: unknown): SubmitOutcome => ({
    ok: false,
    step,
    error: mapServerError(error, api),
    ...(namespaceCreated ? { namespaceCreated } : {}),
  });

  const createNamespace = async (): Promise<SubmitOutcome | undefined> => {
    if (!namespaceToCreate) return undefined;
    try {
      await create({ model: NamespaceModel, data: namespaceObject(namespaceToCreate) });
      namespaceCreated = namespaceToCreate;
    } catch (error) {
      // Someone else created it meanwhile: that is what we wanted.
      if (!isAlreadyExists(error)) return fail('namespace', error);
    }
    return undefined;
  };

  const data = resource as K8sResourceCommon;
  if (api.model.namespaced) {
    const failed = await createNamespace();
    if (failed) return failed;
  }
  try {
    await create({ model: api.model, data, queryParams: DRY_RUN });
  } catch (error) {
    return fail('dry-run', error);
  }
  if (!api.model.namespaced) {
    const failed = await createNamespace();
    if (failed) return failed;
  }
  try {
    const created = await create({ model: api.model, data, queryParams: STRICT });
    return { ok: true, created };
  } catch (error) {
    return fail('create', error);
  }
};
