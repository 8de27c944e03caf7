import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { useCallback, useState } from 'react';

const PREFIX = 'harness.user-settings.';

const read = <T>(key: string, fallback: T): T => {
  const stored = window.localStorage.getItem(PREFIX + key);
  if (stored === null) return fallback;
  try {
    return JSON.parse(stored) as T;
  } catch {
    return fallback;
  }
};

/** User settings kept in localStorage (the console keeps them in a ConfigMap). */
export const useUserSettings: typeof SDK.useUserSettings = <T>(key: string, defaultValue?: T) => {
  const [value, setValue] = useState<T>(() => read(key, defaultValue as T));
  const set = useCallback(
    (next: T | ((previous: T) => T)) =>
      setValue((previous) => {
        const resolved = typeof next === 'function' ? (next as (p: T) => T)(previous) : next;
        window.localStorage.setItem(PREFIX + key, JSON.stringify(resolved));
        return resolved;
      }),
    [key],
  );
  return [value, set, true];
};

export const useUserPreference: typeof SDK.useUserPreference = useUserSettings;

/** The harness shows the Administrator perspective only. */
export const useActivePerspective: typeof SDK.useActivePerspective = () => [
  'admin',
  () => undefined,
];
