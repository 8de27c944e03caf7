import type { Extension, LoadedExtension } from '@openshift-console/dynamic-plugin-sdk/lib/types';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { translateExtension } from '../i18n';
import { flagStore } from '../sdk/flags';
import { createStore, useStore } from '../sdk/store';

export type PluginStatus = {
  name: string;
  state: 'loading' | 'loaded' | 'failed';
  errors: string[];
};

/** Every extension of every loaded plugin, with code references turned into CodeRef functions. */
export const extensionStore = createStore<LoadedExtension[]>([]);
export const pluginStatusStore = createStore<PluginStatus[]>([]);

export const setPluginStatus = (status: PluginStatus): void =>
  pluginStatusStore.set((all) => [...all.filter((s) => s.name !== status.name), status]);

const flagsAllow = (extension: Extension, flags: Record<string, boolean>): boolean =>
  (extension.flags?.required ?? []).every((flag) => flags[flag] === true) &&
  (extension.flags?.disallowed ?? []).every((flag) => flags[flag] === false);

/** Extensions that pass every type guard given and whose flags are satisfied. */
export const useExtensions = <E extends Extension>(
  ...typeGuards: ((e: Extension) => e is E)[]
): LoadedExtension<E>[] => {
  const extensions = useStore(extensionStore);
  const flags = useStore(flagStore);
  // Type guards are usually module constants; callers pass a fresh rest array every render.
  const guardsKey = typeGuards.map((g) => g.toString()).join('|');
  // Translated strings change with the language.
  const { i18n } = useTranslation();
  return useMemo(
    () =>
      extensions
        .filter((e) => typeGuards.some((guard) => guard(e)) && flagsAllow(e, flags))
        .map(translateExtension) as LoadedExtension<E>[],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [extensions, flags, guardsKey, i18n.language],
  );
};
