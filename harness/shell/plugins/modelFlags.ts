import type { ModelFeatureFlag } from '@openshift-console/dynamic-plugin-sdk';
import type { Extension } from '@openshift-console/dynamic-plugin-sdk/lib/types';
import { isModelFeatureFlag } from '@openshift-console/dynamic-plugin-sdk/lib/extensions/feature-flags';
import { findModel } from '../sdk/k8s/discovery';
import { setFlag } from '../sdk/flags';

/** console.flag/model: the flag is true when API discovery serves the model. */
export const resolveModelFlags = async (extensions: Extension[]): Promise<void> => {
  const flags = extensions.filter(isModelFeatureFlag) as ModelFeatureFlag[];
  await Promise.all(
    flags.map(async ({ properties: { flag, model } }) => {
      try {
        setFlag(flag, !!(await findModel(model)));
      } catch (error) {
        console.error(`Could not decide flag ${flag}: API discovery failed`, error);
        setFlag(flag, false);
      }
    }),
  );
};
