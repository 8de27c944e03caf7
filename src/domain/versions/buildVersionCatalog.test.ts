/** @jest-environment node */
import type { ClusterServiceVersion, CustomResourceDefinition } from '../../k8s/types';
import { buildVersionCatalog, resolveVersion } from './buildVersionCatalog';
import { csvSupporting, DESCRIPTION, ENUM, istioCrd, versionField } from './catalogFixtures';
import type { VersionCatalog } from './types';

const catalog = buildVersionCatalog(istioCrd(versionField(ENUM, DESCRIPTION, 'v1.30.3')));
const names = (c: VersionCatalog = catalog) => c.entries.map((e) => e.name);

describe('buildVersionCatalog', () => {
  it('lists every name the CRD accepts', () => {
    expect([...names()].sort()).toEqual([...ENUM].sort());
  });

  it('marks the CRD default', () => {
    expect(catalog.defaultName).toBe('v1.30.3');
    expect(catalog.entries.filter((e) => e.isDefault).map((e) => e.name)).toEqual(['v1.30.3']);
  });

  it('marks v1.28.10 end-of-life when the CRD lists it but the description does not', () => {
    expect(catalog.supportSource).toBe('description');
    expect(catalog.byName.get('v1.28.10')?.support).toBe('end-of-life');
    expect(catalog.byName.get('v1.30.2')?.support).toBe('supported');
    expect(catalog.byName.get('master')?.support).toBe('supported');
  });

  it('follows the CSV over the description when both are given', () => {
    const c = buildVersionCatalog(
      istioCrd(versionField(ENUM, DESCRIPTION, 'v1.30.3')),
      csvSupporting(['v1.30.3', 'v1.29.6']),
    );
    expect(c.supportSource).toBe('csv');
    expect(c.entries.filter((e) => e.support === 'supported').map((e) => e.name)).toEqual([
      'v1.30.3',
      'v1.29.6',
    ]);
    expect(c.issues.map((i) => i.code)).toContain('support-sources-disagree');
  });

  it('falls back to the description when the CSV has no version list', () => {
    const c = buildVersionCatalog(istioCrd(versionField(ENUM, DESCRIPTION)), { spec: {} });
    expect(c.supportSource).toBe('description');
    expect(c.byName.get('v1.30.3')?.support).toBe('supported');
    expect(c.issues.map((i) => i.code)).toContain('csv-without-version-list');
  });

  it('calls support unknown for every name when nothing lists supported versions', () => {
    const c = buildVersionCatalog(istioCrd(versionField(ENUM, 'Defines the version.')));
    expect(c.supportSource).toBe('none');
    expect(new Set(c.entries.map((e) => e.support))).toEqual(new Set(['unknown']));
    expect(c.issues.map((i) => i.code)).toEqual(['no-support-list']);
  });

  it('ignores supported names the CRD does not accept, and says so', () => {
    const c = buildVersionCatalog(
      istioCrd(versionField(ENUM)),
      csvSupporting(['v1.30.3', 'v9.9.9']),
    );
    expect(c.byName.has('v9.9.9')).toBe(false);
    expect(c.issues).toContainEqual(
      expect.objectContaining({ code: 'support-name-not-in-enum', name: 'v9.9.9' }),
    );
  });

  it('recommends the newest supported stable release, not an alias or pre-release', () => {
    expect(catalog.recommended).toBe('v1.30.3');
    const c = buildVersionCatalog(
      istioCrd(versionField(ENUM)),
      csvSupporting(['v1.29.6', 'master']),
    );
    expect(c.recommended).toBe('v1.29.6');
  });

  it('recommends nothing when no stable release is supported', () => {
    const c = buildVersionCatalog(istioCrd(versionField(ENUM)), csvSupporting(['master']));
    expect(c.recommended).toBe(undefined);
  });

  it('recommends the CRD default without a support list only when it is a stable release', () => {
    expect(buildVersionCatalog(istioCrd(versionField(ENUM, '', 'v1.29.6'))).recommended).toBe(
      'v1.29.6',
    );
    expect(buildVersionCatalog(istioCrd(versionField(ENUM, '', 'master'))).recommended).toBe(
      undefined,
    );
  });

  it('warns about a default the enum does not accept', () => {
    const c = buildVersionCatalog(istioCrd(versionField(['v1.30.3'], '', 'v1.31.0')));
    expect(c.defaultName).toBe('v1.31.0');
    expect(c.entries[0].isDefault).toBe(false);
    expect(c.issues.map((i) => i.code)).toContain('default-not-in-enum');
  });

  it('reads the served storage version and skips versions that are not served', () => {
    const legacy = {
      name: 'v1alpha1',
      served: false,
      storage: false,
      schema: {
        openAPIV3Schema: {
          properties: { spec: { properties: { version: versionField(['v1.23.0']) } } },
        },
      },
    };
    const c = buildVersionCatalog(istioCrd(versionField(['v1.30.3']), [legacy]));
    expect(c.crdVersion).toBe('v1');
    expect(names(c)).toEqual(['v1.30.3']);
  });

  it('keeps only string names from an enum with odd values', () => {
    const c = buildVersionCatalog(istioCrd(versionField(['v1.30.3', 42, null, '', 'v1.30.3'])));
    expect(names(c)).toEqual(['v1.30.3']);
    expect(c.issues.filter((i) => i.code === 'non-string-enum-value')).toHaveLength(3);
  });
});

describe('buildVersionCatalog on bad input', () => {
  it.each([
    ['a CRD without a spec.version field', istioCrd(undefined), 'no-version-field'],
    ['a version field without an enum', istioCrd({ type: 'string' }), 'no-enum'],
    ['an enum of no strings', istioCrd(versionField([1, 2])), 'no-enum'],
    [
      'a CRD that serves nothing',
      { ...istioCrd(undefined), spec: { ...istioCrd(undefined).spec, versions: [] } },
      'no-served-version',
    ],
    [
      'something that is not a CRD',
      'garbage' as unknown as CustomResourceDefinition,
      'no-served-version',
    ],
    ['null', null as unknown as CustomResourceDefinition, 'no-served-version'],
  ])('returns an empty catalog with a reason for %s', (_label, crd, code) => {
    const c = buildVersionCatalog(crd);
    expect(c.entries).toEqual([]);
    expect(c.recommended).toBe(undefined);
    expect(c.issues).toEqual([expect.objectContaining({ code, severity: 'error' })]);
  });

  it('returns an empty catalog for a served version without a schema', () => {
    const crd = istioCrd(undefined);
    crd.spec.versions[0].schema = undefined;
    expect(buildVersionCatalog(crd).issues.map((i) => i.code)).toEqual(['no-schema']);
  });

  it('survives a garbage CSV and a garbage description', () => {
    const crd = istioCrd(versionField(['v1.30.3'], 'Must be one of: ,,, !!!'));
    const csv = { spec: { customresourcedefinitions: { owned: 'nope' } } };
    const c = buildVersionCatalog(crd, csv as unknown as ClusterServiceVersion);
    expect(names(c)).toEqual(['v1.30.3']);
    expect(c.byName.get('v1.30.3')?.support).toBe('unknown');
  });
});

describe('resolveVersion', () => {
  it('resolves an alias to the release it installs', () => {
    expect(resolveVersion(catalog, 'v1.30-latest')?.name).toBe('v1.30.3');
  });

  it('resolves a release or pre-release to itself', () => {
    expect(resolveVersion(catalog, 'v1.28.10')?.name).toBe('v1.28.10');
    expect(resolveVersion(catalog, 'master')?.name).toBe('master');
  });

  it('resolves an unknown name to nothing', () => {
    expect(resolveVersion(catalog, 'v2.0.0')).toBe(undefined);
  });
});
