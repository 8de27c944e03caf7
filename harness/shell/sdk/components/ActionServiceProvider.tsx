import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type {
  Action,
  ActionProvider,
  ExtensionHook,
  ResourceActionProvider,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  isActionProvider,
  isResourceActionProvider,
} from '@openshift-console/dynamic-plugin-sdk/lib/extensions/actions';
import type { FC } from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { getGroupVersionKindForResource } from '../k8s/models';
import { useResolvedExtensions } from './useResolvedExtensions';

type HookResult = { actions: Action[]; loaded: boolean; error: unknown };

/** Calls one provider hook; a component per provider keeps the rules of hooks. */
const ProviderRunner: FC<{
  id: string;
  useProvider: ExtensionHook<Action[]>;
  scope: unknown;
  onResult: (id: string, result: HookResult) => void;
}> = ({ id, useProvider, scope, onResult }) => {
  const [actions, loaded, error] = useProvider(scope);
  useEffect(
    () => onResult(id, { actions: actions ?? [], loaded, error }),
    [id, actions, loaded, error, onResult],
  );
  return null;
};

const matchesResource = (
  provider: ResourceActionProvider['properties'],
  resource: unknown,
): boolean => {
  const r = resource as { apiVersion?: string; kind?: string } | undefined;
  if (!r?.apiVersion || !r.kind) return false;
  const gvk = getGroupVersionKindForResource(r);
  return (
    provider.model.kind === gvk.kind &&
    provider.model.version === gvk.version &&
    (provider.model.group ?? '') === (gvk.group ?? '')
  );
};

/** Collects the actions of console.action/provider (by contextId) and resource-provider extensions. */
export const ActionServiceProvider: typeof SDK.ActionServiceProvider = ({ context, children }) => {
  const [extensions, resolved] = useResolvedExtensions<ActionProvider | ResourceActionProvider>(
    isActionProvider,
    isResourceActionProvider,
  );
  const providers = useMemo(
    () =>
      extensions.flatMap((e) => {
        if (e.type === 'console.action/provider') {
          const { contextId, provider } = e.properties as unknown as {
            contextId: string;
            provider: ExtensionHook<Action[]>;
          };
          return contextId in context
            ? [{ id: e.uid, useProvider: provider, scope: context[contextId] }]
            : [];
        }
        const props = e.properties as unknown as ResourceActionProvider['properties'] & {
          provider: ExtensionHook<Action[]>;
        };
        const resource = context.resource ?? Object.values(context)[0];
        return matchesResource(props, resource)
          ? [{ id: e.uid, useProvider: props.provider, scope: resource }]
          : [];
      }),
    [extensions, context],
  );
  const [results, setResults] = useState<Record<string, HookResult>>({});
  const onResult = useCallback(
    (id: string, result: HookResult) => setResults((r) => ({ ...r, [id]: result })),
    [],
  );

  const service = useMemo(() => {
    const current = providers.map((p) => results[p.id]);
    const actions = current.flatMap((r) => r?.actions ?? []);
    return {
      actions,
      options: actions,
      loaded: resolved && current.every((r) => r?.loaded),
      error: current.find((r) => r?.error)?.error,
    };
  }, [providers, results, resolved]);

  return (
    <>
      {providers.map((p) => (
        <ProviderRunner key={p.id} {...p} onResult={onResult} />
      ))}
      {children(service)}
    </>
  );
};
