import type { CustomResourceDefinition, JSONSchemaProps } from '../../k8s/types';
import type { CatalogIssue } from './types';

type CrdVersion = CustomResourceDefinition['spec']['versions'][number];

export type VersionField = {
  crdVersion: string;
  /** Enum values that are strings, in the CRD's order. */
  names: string[];
  defaultName?: string;
  description?: string;
};

export type VersionFieldResult =
  { field: VersionField; issues: CatalogIssue[] } | { field?: undefined; issues: CatalogIssue[] };

const error = (code: CatalogIssue['code'], message: string): VersionFieldResult => ({
  issues: [{ code, severity: 'error', message }],
});

/** The version a client reads: served and stored, else the first served one. */
export const pickServedVersion = (crd: CustomResourceDefinition): CrdVersion | undefined => {
  const versions = Array.isArray(crd?.spec?.versions) ? crd.spec.versions : [];
  const served = versions.filter((v) => v && v.served);
  return served.find((v) => v.storage) ?? served[0];
};

const asSchema = (value: unknown): JSONSchemaProps | undefined =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as JSONSchemaProps)
    : undefined;

/** Reads `spec.version` (enum, default, description) from the served version's schema. */
export const readVersionField = (crd: CustomResourceDefinition): VersionFieldResult => {
  const version = pickServedVersion(crd);
  if (!version) return error('no-served-version', 'The CRD serves no version.');
  const root = asSchema(version.schema?.openAPIV3Schema);
  if (!root) return error('no-schema', `CRD version ${version.name} has no OpenAPI schema.`);
  const field = asSchema(asSchema(root.properties?.spec)?.properties?.version);
  if (!field) {
    return error('no-version-field', `CRD version ${version.name} has no spec.version field.`);
  }
  if (!Array.isArray(field.enum) || field.enum.length === 0) {
    return error('no-enum', `spec.version in CRD version ${version.name} lists no names.`);
  }

  const issues: CatalogIssue[] = [];
  const names: string[] = [];
  for (const value of field.enum) {
    if (typeof value === 'string' && value !== '') {
      if (!names.includes(value)) names.push(value);
    } else {
      issues.push({
        code: 'non-string-enum-value',
        severity: 'warning',
        message: `Ignored enum value ${JSON.stringify(value)}: not a version name.`,
      });
    }
  }
  if (names.length === 0) {
    return error('no-enum', `spec.version in CRD version ${version.name} lists no names.`);
  }
  return {
    field: {
      crdVersion: version.name,
      names,
      defaultName: typeof field.default === 'string' ? field.default : undefined,
      description: typeof field.description === 'string' ? field.description : undefined,
    },
    issues,
  };
};
