/** @jest-environment node */
import { buildVersionCatalog, resolveVersion } from './buildVersionCatalog';
import { DESCRIPTION, ENUM, istioCrd, versionField } from './catalogFixtures';
import type { VersionCatalog } from './types';

const catalog = buildVersionCatalog(istioCrd(versionField(ENUM, DESCRIPTION, 'v1.30.3')));
const names = (c: VersionCatalog = catalog) => c.entries.map((e) => e.name);

describe('version order and kinds', () => {
  it('lists every name the CRD accepts', () => {
    expect([...names()].sort()).toEqual([...ENUM].sort());
  });

  it('orders names newest first with master and newer pre-releases at the top', () => {
    expect(names()).toEqual([
      'master',
      'v1.31.0-alpha.abc123',
      'v1.30-latest',
      'v1.30.3',
      'v1.30.2',
      'v1.29-latest',
      'v1.29.6',
      'v1.28.10',
    ]);
  });

  it('puts each vX.Y-latest alias right before its line even when the enum lists it elsewhere', () => {
    const shuffled = buildVersionCatalog(
      istioCrd(versionField(['v1.29.6', 'v1.30.3', 'v1.29-latest', 'v1.30-latest'])),
    );
    expect(names(shuffled)).toEqual(['v1.30-latest', 'v1.30.3', 'v1.29-latest', 'v1.29.6']);
  });

  it('sorts patch numbers numerically, not as text', () => {
    const c = buildVersionCatalog(istioCrd(versionField(['v1.28.9', 'v1.28.10', 'v1.28.2'])));
    expect(names(c)).toEqual(['v1.28.10', 'v1.28.9', 'v1.28.2']);
  });

  it('puts a stable release before the pre-releases of the same version', () => {
    const c = buildVersionCatalog(
      istioCrd(versionField(['v1.31.0-beta.1', 'v1.31.0', 'v1.31.0-rc.0'])),
    );
    expect(names(c)).toEqual(['v1.31.0', 'v1.31.0-rc.0', 'v1.31.0-beta.1']);
  });

  it('puts names it cannot read as versions last, alphabetically', () => {
    const c = buildVersionCatalog(istioCrd(versionField(['nightly', 'v1.30.3', 'edge'])));
    expect(names(c)).toEqual(['v1.30.3', 'edge', 'nightly']);
    expect(c.byName.get('edge')?.kind).toBe('pre-release');
  });

  it('classifies releases, aliases and pre-releases', () => {
    expect(catalog.byName.get('v1.30.3')?.kind).toBe('release');
    expect(catalog.byName.get('v1.30-latest')?.kind).toBe('alias');
    expect(catalog.byName.get('master')?.kind).toBe('pre-release');
    expect(catalog.byName.get('v1.31.0-alpha.abc123')?.kind).toBe('pre-release');
  });

  it('reads older pre-release names that have no patch number', () => {
    const c = buildVersionCatalog(istioCrd(versionField(['v1.27-alpha.9c6178f5', 'v1.26.0'])));
    expect(c.byName.get('v1.27-alpha.9c6178f5')).toMatchObject({
      kind: 'pre-release',
      semver: '1.27.0-alpha.9c6178f5',
      line: '1.27',
    });
    expect(names(c)).toEqual(['v1.27-alpha.9c6178f5', 'v1.26.0']);
  });

  it('gives releases their semver and line', () => {
    expect(catalog.byName.get('v1.28.10')).toMatchObject({ semver: '1.28.10', line: '1.28' });
    expect(catalog.byName.get('master')?.semver).toBe(undefined);
  });

  it('points vX.Y-latest at the newest release of its line', () => {
    expect(catalog.byName.get('v1.30-latest')?.aliasOf).toBe('v1.30.3');
    expect(catalog.byName.get('v1.29-latest')?.aliasOf).toBe('v1.29.6');
  });

  it('points vX.Y-latest at the newest pre-release when its line has no stable release yet', () => {
    const c = buildVersionCatalog(
      istioCrd(versionField(['v1.31-latest', 'v1.31.0-alpha.1', 'v1.31.0-beta.1', 'v1.30.3'])),
    );
    expect(c.byName.get('v1.31-latest')?.aliasOf).toBe('v1.31.0-beta.1');
  });

  it('prefers a line’s stable release over a newer-numbered pre-release for vX.Y-latest', () => {
    const c = buildVersionCatalog(
      istioCrd(versionField(['v1.31-latest', 'v1.31.0', 'v1.31.1-rc.0'])),
    );
    expect(c.byName.get('v1.31-latest')?.aliasOf).toBe('v1.31.0');
  });

  it('leaves an alias unresolved when its line has no names', () => {
    const c = buildVersionCatalog(istioCrd(versionField(['v1.25-latest', 'v1.24.6'])));
    expect(c.byName.get('v1.25-latest')?.aliasOf).toBe(undefined);
    expect(names(c)).toEqual(['v1.25-latest', 'v1.24.6']);
  });

  it('treats a bare "latest" as an alias the CRD does not resolve, listed first', () => {
    const c = buildVersionCatalog(istioCrd(versionField(['v1.20.0', 'v1.19.4', 'latest'])));
    expect(c.byName.get('latest')?.kind).toBe('alias');
    expect(c.byName.get('latest')?.aliasOf).toBe(undefined);
    expect(names(c)).toEqual(['latest', 'v1.20.0', 'v1.19.4']);
    expect(resolveVersion(c, 'latest')).toBe(undefined);
  });
});
