import type { ValuesPath } from './schema/schemaAtPath';

// Keys that read unambiguously after a dot; Helm-style names with hyphens stay bare.
const BARE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Appends one key or index to a formatted path: `a.b`, `a[0]`, `a["x.y/z"]`. */
export const appendPathSegment = (path: string, segment: string | number): string => {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  if (BARE_KEY.test(segment)) return path ? `${path}.${segment}` : segment;
  return `${path}[${JSON.stringify(segment)}]`;
};

/** Formats a values path for display and search, e.g. `pilot.podAnnotations["sidecar.istio.io/inject"]`. */
export const formatValuesPath = (segments: ValuesPath): string =>
  segments.reduce<string>(appendPathSegment, '');
