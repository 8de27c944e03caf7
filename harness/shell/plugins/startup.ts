import { initI18n, loadPluginLocale } from '../i18n';
import { createStore } from '../sdk/store';
import { loadPlugin } from './loadPlugin';
import { resolveModelFlags } from './modelFlags';

/** 'ready' once every plugin has loaded or failed and its model flags are decided. */
export const startupStore = createStore<'loading' | 'ready'>('loading');

export const startConsole = async (pluginNames: string[]): Promise<void> => {
  await initI18n();
  await Promise.allSettled(
    pluginNames.map(async (name) => {
      await loadPluginLocale(name).catch((error) =>
        console.error(`No locale bundle for plugin ${name}:`, error),
      );
      const manifest = await loadPlugin(name);
      await resolveModelFlags(manifest.extensions);
    }),
  );
  startupStore.set('ready');
};
