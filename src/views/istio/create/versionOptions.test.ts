/** @jest-environment node */
import { buildVersionCatalog } from '../../../domain/versions';
import {
  DESCRIPTION,
  ENUM,
  istioCrd,
  versionField,
} from '../../../domain/versions/catalogFixtures';
import { groupVersionOptions, preselectedVersion } from './versionOptions';

const catalog = buildVersionCatalog(istioCrd(versionField(ENUM, DESCRIPTION, 'v1.30.2')));

describe('groupVersionOptions', () => {
  it('groups supported releases, aliases, pre-releases and end-of-life names', () => {
    const groups = groupVersionOptions(catalog).map((g) => [g.id, g.entries.map((e) => e.name)]);
    expect(groups).toEqual([
      ['releases', ['v1.30.3', 'v1.30.2']],
      ['aliases', ['v1.30-latest']],
      ['pre-releases', expect.arrayContaining(['master', 'v1.31.0-alpha.abc123'])],
      ['end-of-life', expect.arrayContaining(['v1.29-latest', 'v1.29.6', 'v1.28.10'])],
    ]);
  });

  it('leaves out the end-of-life group when the cluster says nothing about support', () => {
    const unknown = buildVersionCatalog(istioCrd(versionField(ENUM, 'Defines the version.')));
    expect(groupVersionOptions(unknown).map((g) => g.id)).toEqual([
      'releases',
      'aliases',
      'pre-releases',
    ]);
  });
});

describe('preselectedVersion', () => {
  it('picks the newest supported stable release', () => {
    expect(preselectedVersion(catalog)).toBe('v1.30.3');
  });

  it('falls back to the CRD default when no support list exists', () => {
    const unknown = buildVersionCatalog(
      istioCrd(versionField(ENUM, 'Defines the version.', 'v1.29.6')),
    );
    expect(preselectedVersion(unknown)).toBe('v1.29.6');
  });

  it('picks nothing while the catalog is not there', () => {
    expect(preselectedVersion(undefined)).toBeUndefined();
  });
});
