import type {
  Extension,
  LoadedExtension,
  RemoteEntryModule,
} from '@openshift-console/dynamic-plugin-sdk/lib/types';
import { decodeCodeRefs } from './codeRefs';
import { extensionStore, setPluginStatus } from './registry';
import { createShareScope } from './shareScope';

/** The fields of plugin-manifest.json the console reads. */
export type PluginManifest = {
  name: string;
  version: string;
  extensions: Extension[];
  registrationMethod?: 'callback' | 'custom';
  baseURL: string;
  loadScripts: string[];
};

declare global {
  interface Window {
    __load_plugin_entry__?: (pluginName: string, entryModule: RemoteEntryModule) => void;
  }
}

const pendingEntries = new Map<string, (entry: RemoteEntryModule) => void>();

/** The callback every plugin entry script calls, as console 4.22 defines it. */
const installEntryCallback = () => {
  window.__load_plugin_entry__ ??= (pluginName, entryModule) => {
    const resolve = pendingEntries.get(pluginName);
    if (!resolve) {
      console.error(`Plugin entry callback for unknown plugin ${pluginName}`);
      return;
    }
    pendingEntries.delete(pluginName);
    resolve(entryModule);
  };
};

const injectScript = (url: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load script ${url}`));
    document.head.appendChild(script);
  });

const fetchManifest = async (pluginName: string): Promise<PluginManifest> => {
  const url = `/api/plugins/${pluginName}/plugin-manifest.json`;
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
  return (await response.json()) as PluginManifest;
};

const shareScope = createShareScope();

/**
 * Loads one plugin the way console 4.22 does: manifest -> entry scripts -> the entry calls
 * window.__load_plugin_entry__ -> container.init(shareScope) -> extensions registered, their
 * code references left to resolve on first use (container.get).
 */
export const loadPlugin = async (pluginName: string): Promise<PluginManifest> => {
  setPluginStatus({ name: pluginName, state: 'loading', errors: [] });
  try {
    installEntryCallback();
    const manifest = await fetchManifest(pluginName);
    if (manifest.registrationMethod && manifest.registrationMethod !== 'callback') {
      throw new Error(`Registration method ${manifest.registrationMethod} is not supported`);
    }
    const entry = new Promise<RemoteEntryModule>((resolve) =>
      pendingEntries.set(manifest.name, resolve),
    );
    for (const script of manifest.loadScripts) {
      await injectScript(
        new URL(script, new URL(manifest.baseURL, window.location.origin)).toString(),
      );
    }
    const container = await Promise.race([
      entry,
      new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new Error('The entry script never called __load_plugin_entry__')),
          10_000,
        ),
      ),
    ]);
    await container.init(shareScope);
    const extensions = manifest.extensions.map((extension, index): LoadedExtension => ({
      ...extension,
      properties: decodeCodeRefs(
        extension.properties,
        container,
        manifest.name,
      ) as Extension['properties'],
      pluginName: manifest.name,
      uid: `${manifest.name}[${index}]`,
    }));
    extensionStore.set((all) => [
      ...all.filter((e) => e.pluginName !== manifest.name),
      ...extensions,
    ]);
    setPluginStatus({ name: pluginName, state: 'loaded', errors: [] });
    return manifest;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Failed to load plugin ${pluginName}:`, error);
    setPluginStatus({ name: pluginName, state: 'failed', errors: [message] });
    throw error;
  }
};
