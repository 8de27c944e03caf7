import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { Extension, ResolvedExtension } from '@openshift-console/dynamic-plugin-sdk/lib/types';
import { useEffect, useState } from 'react';
import { resolveCodeRefs } from '../../plugins/codeRefs';
import { useExtensions } from '../../plugins/registry';

type Resolution<E extends Extension> = [ResolvedExtension<E>[], boolean, unknown[]];

export const useResolvedExtensions: typeof SDK.useResolvedExtensions = <E extends Extension>(
  ...typeGuards: ((e: Extension) => e is E)[]
) => {
  const extensions = useExtensions(...typeGuards);
  const [state, setState] = useState<Resolution<E>>([[], false, []]);
  useEffect(() => {
    let current = true;
    Promise.allSettled(
      extensions.map(async (e) => ({ ...e, properties: await resolveCodeRefs(e.properties) })),
    ).then((results) => {
      if (!current) return;
      const errors = results
        .filter((r) => r.status === 'rejected')
        .map((r) => (r as PromiseRejectedResult).reason);
      errors.forEach((error) => console.error('Could not resolve an extension', error));
      const resolved = results.flatMap((r) =>
        r.status === 'fulfilled' ? [r.value as unknown as ResolvedExtension<E>] : [],
      );
      setState([resolved, true, errors]);
    });
    return () => {
      current = false;
    };
  }, [extensions]);
  return state as ReturnType<typeof SDK.useResolvedExtensions<E>>;
};
