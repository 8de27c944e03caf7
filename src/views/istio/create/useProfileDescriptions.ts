import { useMemo } from 'react';
import { useSailTranslation } from '../../../utils/useSailTranslation';

/** One line per built-in profile; a profile the operator adds later simply has no line. */
export const useProfileDescriptions = (): Record<string, string> => {
  const { t } = useSailTranslation();
  return useMemo(
    () => ({
      ambient: t('Ambient mode: ztunnel and waypoint proxies instead of sidecars.'),
      default: t('The base settings; always applied, choosing it adds nothing.'),
      demo: t('Extra features and verbose logging for trying Istio out; not for production.'),
      empty: t('Adds nothing on top of the base settings; configure everything through values.'),
      external: t('For a control plane that serves a cluster it does not run in.'),
      minimal: t('Only the control plane (istiod), without gateways.'),
      openshift: t('Settings OpenShift needs; applied automatically on OpenShift.'),
      'openshift-ambient': t('Ambient mode with the settings OpenShift needs.'),
      preview: t('Features that are still in preview; not for production.'),
      remote: t('For a remote cluster whose workloads use a control plane in another cluster.'),
      stable: t('Only features that Istio considers stable.'),
    }),
    [t],
  );
};
