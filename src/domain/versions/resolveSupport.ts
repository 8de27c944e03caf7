import type { ClusterServiceVersion, CustomResourceDefinition } from '../../k8s/types';
import { supportedNamesFromCsv, supportedNamesFromDescription } from './supportedNames';
import type { CatalogIssue, SupportSource } from './types';
import type { VersionField } from './versionField';

export type SupportList = {
  source: SupportSource;
  /** Undefined when no list is published: every name's support is then unknown. */
  supported?: ReadonlySet<string>;
  issues: CatalogIssue[];
};

const sameNames = (a: string[], b: string[]): boolean => {
  const set = new Set(a);
  return new Set(b).size === set.size && b.every((name) => set.has(name));
};

/**
 * Which enum names the operator still supports: the CSV's `version` select when a CSV carries one,
 * else the field description's "Must be one of:" list, else none at all.
 */
export const resolveSupport = (
  field: VersionField,
  crd: CustomResourceDefinition,
  csv: ClusterServiceVersion | undefined,
): SupportList => {
  const issues: CatalogIssue[] = [];
  const fromCsv = csv ? supportedNamesFromCsv(csv, crd, field.crdVersion) : undefined;
  const fromDescription = supportedNamesFromDescription(field.description);
  if (csv && !fromCsv) {
    issues.push({
      code: 'csv-without-version-list',
      severity: 'warning',
      message: 'The ClusterServiceVersion lists no versions for this CRD; using the CRD instead.',
    });
  }
  if (fromCsv && fromDescription && !sameNames(fromCsv, fromDescription)) {
    issues.push({
      code: 'support-sources-disagree',
      severity: 'warning',
      message:
        'The ClusterServiceVersion and the CRD description list different supported versions; ' +
        'following the ClusterServiceVersion.',
    });
  }

  const source: SupportSource = fromCsv ? 'csv' : fromDescription ? 'description' : 'none';
  const listed = fromCsv ?? fromDescription;
  if (!listed) {
    issues.push({
      code: 'no-support-list',
      severity: 'warning',
      message: 'Neither the CRD nor a ClusterServiceVersion says which versions are supported.',
    });
    return { source, issues };
  }

  const enumNames = new Set(field.names);
  for (const name of listed) {
    if (!enumNames.has(name)) {
      issues.push({
        code: 'support-name-not-in-enum',
        severity: 'warning',
        message: `${name} is listed as supported but the CRD does not accept it.`,
        name,
      });
    }
  }
  return { source, supported: new Set(listed.filter((name) => enumNames.has(name))), issues };
};
