/** @jest-environment node */
// Conformance with the operator's published CRDs and CSVs, read from the shared reference data.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { ClusterServiceVersion, CustomResourceDefinition } from '../../k8s/types';
import { buildVersionCatalog, resolveVersion } from './buildVersionCatalog';
import type { VersionCatalog } from './types';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const REFERENCE = path.resolve(REPO_ROOT, '../shared/reference/sail-operator');
const present = existsSync(REFERENCE);
if (!present) {
  console.log(`Skipping version catalog conformance: ${REFERENCE} is absent.`);
}
const describeWithReference = present ? describe : describe.skip;

// The CRDs are large; each file is parsed once. Catalogs never mutate their input.
const parsed = new Map<string, unknown>();
const load = <T>(file: string): T => {
  if (!parsed.has(file)) parsed.set(file, parse(readFileSync(path.join(REFERENCE, file), 'utf8')));
  return parsed.get(file) as T;
};
const loadCrd = (file: string) => load<CustomResourceDefinition>(file);
const loadCsv = (file: string) => load<ClusterServiceVersion>(file);

type VersionsFile = { versions: { name: string; ref?: string; eol?: boolean }[] };

const namesWith = (catalog: VersionCatalog, support: string) =>
  catalog.entries.filter((e) => e.support === support).map((e) => e.name);

describeWithReference('version catalog of the current upstream operator', () => {
  const crd = () => loadCrd('current-upstream/crds/sailoperator.io_istios.yaml');
  const withCsv = () =>
    buildVersionCatalog(crd(), loadCsv('current-upstream/sailoperator.clusterserviceversion.yaml'));

  it('lists 76 names: 17 supported and 59 end-of-life', () => {
    const catalog = withCsv();
    expect(catalog.supportSource).toBe('csv');
    expect(catalog.entries).toHaveLength(76);
    expect(namesWith(catalog, 'supported')).toHaveLength(17);
    expect(namesWith(catalog, 'end-of-life')).toHaveLength(59);
    expect(catalog.issues).toEqual([]);
  });

  it('resolves v1.30-latest to v1.30.3', () => {
    const catalog = withCsv();
    expect(catalog.byName.get('v1.30-latest')?.aliasOf).toBe('v1.30.3');
    expect(resolveVersion(catalog, 'v1.30-latest')?.name).toBe('v1.30.3');
  });

  it('finds the same 17 supported names in the CRD description alone', () => {
    const fromCsv = withCsv();
    const fromDescription = buildVersionCatalog(crd());
    expect(fromDescription.supportSource).toBe('description');
    expect(namesWith(fromDescription, 'supported')).toEqual(namesWith(fromCsv, 'supported'));
  });

  it('agrees with the operator’s versions.yaml on aliases and end-of-life names', () => {
    const catalog = withCsv();
    const { versions } = load<VersionsFile>('current-upstream/versions.yaml');
    const lineAliases = versions.filter((v) => v.ref && v.name.endsWith('-latest'));
    expect(lineAliases.length).toBeGreaterThan(0);
    for (const alias of lineAliases) {
      expect([alias.name, catalog.byName.get(alias.name)?.aliasOf]).toEqual([
        alias.name,
        alias.ref,
      ]);
    }
    const eol = versions.filter((v) => v.eol).map((v) => v.name);
    expect([...namesWith(catalog, 'end-of-life')].sort()).toEqual([...eol].sort());
  });

  it('defaults to the beta but recommends the newest supported stable release', () => {
    const catalog = withCsv();
    expect(catalog.defaultName).toBe('v1.31.0-beta.1');
    expect(catalog.byName.get('v1.31.0-beta.1')?.kind).toBe('pre-release');
    expect(catalog.recommended).toBe('v1.30.3');
  });

  it('starts with master and the alpha build, then the v1.31 line', () => {
    expect(
      withCsv()
        .entries.slice(0, 4)
        .map((e) => e.name),
    ).toEqual(['master', 'v1.32.0-alpha.527f8d6c', 'v1.31-latest', 'v1.31.0-beta.1']);
  });
});

describeWithReference('version catalog of OpenShift Service Mesh 3.4', () => {
  const catalog = () =>
    buildVersionCatalog(
      loadCrd('ossm-3.4/sailoperator.io_istios.yaml'),
      loadCsv('ossm-3.4/servicemeshoperator3.clusterserviceversion.yaml'),
    );

  it('lists 20 product names: 14 supported and the v1.26 line end-of-life', () => {
    const c = catalog();
    expect(c.entries).toHaveLength(20);
    expect(namesWith(c, 'supported')).toHaveLength(14);
    expect(namesWith(c, 'end-of-life')).toEqual([
      'v1.26-latest',
      'v1.26.8',
      'v1.26.6',
      'v1.26.4',
      'v1.26.3',
      'v1.26.2',
    ]);
    expect(c.issues).toEqual([]);
  });

  it('has no pre-releases and recommends its default, v1.30.3', () => {
    const c = catalog();
    expect(c.entries.filter((e) => e.kind === 'pre-release')).toEqual([]);
    expect(c.defaultName).toBe('v1.30.3');
    expect(c.recommended).toBe('v1.30.3');
  });

  it('resolves every line alias as the product’s versions.ossm.yaml does', () => {
    const c = catalog();
    const { versions } = load<VersionsFile>('ossm-3.4/versions.ossm.yaml');
    const aliases = versions.filter((v) => v.ref);
    expect(aliases.map((v) => v.name)).toEqual(
      c.entries.filter((e) => e.kind === 'alias').map((e) => e.name),
    );
    for (const alias of aliases) {
      expect([alias.name, resolveVersion(c, alias.name)?.name]).toEqual([alias.name, alias.ref]);
    }
  });
});

describeWithReference('version catalog of the early operator.istio.io API', () => {
  const crd = () => loadCrd('early-operator.istio.io/operator.istio.io_istios.yaml');

  it('reads v1.20.0, v1.19.4 and latest from the v1alpha1 schema, all supported', () => {
    const c = buildVersionCatalog(
      crd(),
      loadCsv('early-operator.istio.io/sailoperator.clusterserviceversion.yaml'),
    );
    expect(c.crdVersion).toBe('v1alpha1');
    expect(c.supportSource).toBe('csv');
    expect(c.entries.map((e) => [e.name, e.kind, e.support])).toEqual([
      ['latest', 'alias', 'supported'],
      ['v1.20.0', 'release', 'supported'],
      ['v1.19.4', 'release', 'supported'],
    ]);
  });

  it('has no default and recommends v1.20.0', () => {
    const c = buildVersionCatalog(crd());
    expect(c.defaultName).toBe(undefined);
    expect(c.recommended).toBe('v1.20.0');
  });

  it('reads the same supported names from the description, which continues after the list', () => {
    const c = buildVersionCatalog(crd());
    expect(c.supportSource).toBe('description');
    expect(namesWith(c, 'supported')).toEqual(['latest', 'v1.20.0', 'v1.19.4']);
  });

  it('leaves "latest" unresolved: the CRD does not say what it tracks', () => {
    expect(resolveVersion(buildVersionCatalog(crd()), 'latest')).toBe(undefined);
  });
});
