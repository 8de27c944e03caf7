import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { createStore, useStore } from './store';

/** Feature flags by name; a flag that is not decided yet is absent. */
export const flagStore = createStore<Record<string, boolean>>({});

export const setFlag = (flag: string, enabled: boolean): void =>
  flagStore.set((flags) => (flags[flag] === enabled ? flags : { ...flags, [flag]: enabled }));

export const useFlag: typeof SDK.useFlag = (flag) => useStore(flagStore)[flag];
