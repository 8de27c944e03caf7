import semver from 'semver';
import type { Schema } from '../types';

/** Version facts read from a CRD's `spec.version` field, the way the operator's catalog works. */

export type VersionCatalog = {
  /** Every name the enum accepts (supported and end-of-life). */
  all: string[];
  /** Names listed after "Must be one of:" in the field description. */
  supported: string[];
  defaultVersion?: string;
  isSupported(name: string): boolean;
  /** `vX.Y-latest` → newest `vX.Y.*`; other names are returned as they are. */
  resolve(name: string): string;
};

const supportedFromDescription = (description: string | undefined): string[] | undefined => {
  const match = /Must\s+be\s+one\s+of:\s*([^]*?)\.(\s|$)/.exec(description ?? '');
  return match?.[1]
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
};

export const buildCatalog = (versionSchema: Schema | undefined): VersionCatalog => {
  const all = (versionSchema?.enum ?? []).filter((v): v is string => typeof v === 'string');
  const supported = supportedFromDescription(versionSchema?.description) ?? all;
  const defaultVersion =
    typeof versionSchema?.default === 'string' ? versionSchema.default : undefined;
  const resolve = (name: string): string => {
    const alias = /^v(\d+)\.(\d+)-latest$/.exec(name);
    if (!alias) return name;
    const prefix = `v${alias[1]}.${alias[2]}.`;
    const candidates = all.filter((v) => v.startsWith(prefix) && semver.valid(v));
    return candidates.sort((a, b) => semver.rcompare(a, b))[0] ?? name;
  };
  return {
    all,
    supported,
    defaultVersion,
    isSupported: (name) => supported.includes(name),
    resolve,
  };
};

/** Image tag for a resolved version name: `v1.30.3` → `1.30.3`, `master` stays `master`. */
export const imageTag = (version: string): string => version.replace(/^v/, '');

/** Suffix used in RevisionBased revision names: `v1.30.3` → `v1-30-3`. */
export const revisionSuffix = (version: string): string => version.replace(/\./g, '-');

export const versionSchemaOf = (schema: Schema | undefined): Schema | undefined =>
  schema?.properties?.spec?.properties?.version;

/** Message for an end-of-life (or unknown) version, as shown in the Reconciled condition. */
export const unsupportedVersionMessage = (version: string, catalog: VersionCatalog): string =>
  `version "${version}" is not supported: it has reached end of life or is unknown to this operator; supported versions: ${catalog.supported.join(', ')}`;
