import type {
  CodeRef,
  RemoteEntryModule as PluginEntryModule,
} from '@openshift-console/dynamic-plugin-sdk/lib/types';

type Json = unknown;

const isEncodedCodeRef = (value: Json): value is { $codeRef: string } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { $codeRef?: unknown }).$codeRef === 'string' &&
  Object.keys(value).length === 1;

/** `Module.exportName` -> ['Module', 'exportName']; `Module` alone means the default export. */
export const parseCodeRef = (ref: string): [string, string] => {
  const dot = ref.indexOf('.');
  return dot < 0 ? [ref, 'default'] : [ref.slice(0, dot), ref.slice(dot + 1)];
};

const codeRefFor = (container: PluginEntryModule, pluginName: string, ref: string): CodeRef => {
  let loaded: Promise<unknown> | undefined;
  return () => {
    loaded ??= (async () => {
      const [moduleName, exportName] = parseCodeRef(ref);
      const factory = await container.get<Record<string, unknown>>(moduleName);
      const value = factory()[exportName];
      if (value === undefined) {
        throw new Error(`Plugin ${pluginName}: module ${moduleName} has no export "${exportName}"`);
      }
      return value;
    })();
    return loaded;
  };
};

/** Replaces every `{ $codeRef }` in an extension's properties with a CodeRef function. */
export const decodeCodeRefs = (
  value: Json,
  container: PluginEntryModule,
  pluginName: string,
): Json => {
  if (isEncodedCodeRef(value)) return codeRefFor(container, pluginName, value.$codeRef);
  if (Array.isArray(value)) return value.map((v) => decodeCodeRefs(v, container, pluginName));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, decodeCodeRefs(v, container, pluginName)]),
    );
  }
  return value;
};

/** Resolves every CodeRef inside properties (the console's useResolvedExtensions does this). */
export const resolveCodeRefs = async (value: Json): Promise<Json> => {
  if (typeof value === 'function') return (value as CodeRef)();
  if (Array.isArray(value)) return Promise.all(value.map(resolveCodeRefs));
  if (typeof value === 'object' && value !== null) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([k, v]) => [k, await resolveCodeRefs(v)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
};
