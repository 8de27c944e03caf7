import type { CreateResourceComponentProps } from '@openshift-console/dynamic-plugin-sdk';
import type { FC } from 'react';
import { CreateIstio } from './CreateIstio';
import { EARLY_API, SAIL_V1_API } from './istioApis';

/** `console.resource/create` for sailoperator.io/v1 Istio (cluster-scoped). */
const CreateIstioPage: FC<CreateResourceComponentProps> = () => <CreateIstio api={SAIL_V1_API} />;

/** `console.resource/create` for the early operator.istio.io/v1alpha1 Istio (namespaced). */
export const CreateEarlyIstioPage: FC<CreateResourceComponentProps> = ({ namespace }) => (
  // The console passes a placeholder such as `#ALL_NS#` when no namespace is selected.
  <CreateIstio api={EARLY_API} namespace={namespace?.startsWith('#') ? undefined : namespace} />
);

export default CreateIstioPage;
