import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { IstioResource } from './formState';
import type { IstioApi } from './istioApis';
import { detailsPath } from '../routes';
import type { SubmitOutcome } from './submitIstio';
import { submitIstio } from './submitIstio';

export type CreateIstioState = {
  inProgress: boolean;
  /** The last failed attempt; cleared when a new attempt starts. */
  failure?: Extract<SubmitOutcome, { ok: false }>;
};

/** Dry-run, then create; on success opens the new Istio's details page. */
export const useCreateIstio = (api: IstioApi) => {
  const navigate = useNavigate();
  const [state, setState] = useState<CreateIstioState>({ inProgress: false });
  const busy = useRef(false);

  const create = useCallback(
    async (resource: IstioResource, namespaceToCreate?: string) => {
      if (busy.current) return;
      busy.current = true;
      setState({ inProgress: true });
      const outcome = await submitIstio(k8sCreate, api, resource, namespaceToCreate);
      busy.current = false;
      if (outcome.ok) {
        const { name = '', namespace } = outcome.created.metadata ?? {};
        navigate(detailsPath(api.model, name, namespace));
        return;
      }
      setState({ inProgress: false, failure: outcome });
    },
    [api, navigate],
  );

  const dismissFailure = useCallback(() => setState((s) => ({ ...s, failure: undefined })), []);

  return { ...state, create, dismissFailure };
};
