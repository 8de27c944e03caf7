/** @jest-environment node */
import { diffValues } from './diffValues';
import { filterDiff } from './filterDiff';
import { appliedValues, userValues } from './fixtures/sailValues';

const diff = diffValues(userValues, appliedValues);
const paths = (entries: { path: string }[]) => entries.map((entry) => entry.path);

describe('filterDiff', () => {
  it('keeps every entry in order when no filter is given', () => {
    expect(filterDiff(diff).entries).toEqual(diff.entries);
    expect(filterDiff(diff, { statuses: [], query: '  ' }).entries).toEqual(diff.entries);
  });

  it('keeps only the statuses asked for', () => {
    expect(paths(filterDiff(diff, { statuses: ['overridden', 'dropped'] }).entries)).toEqual([
      'pilot.autoscaleEnabled',
      'pilot.autoscaleMaxx',
      'pilot.replicaCount',
    ]);
  });

  it('matches the path case-insensitively, including quoted annotation keys', () => {
    expect(paths(filterDiff(diff, { query: 'AUTOSCALE' }).entries)).toEqual([
      'pilot.autoscaleEnabled',
      'pilot.autoscaleMaxx',
    ]);
    expect(paths(filterDiff(diff, { query: 'sidecar.istio.io' }).entries)).toEqual([
      'pilot.podAnnotations["sidecar.istio.io/inject"]',
    ]);
  });

  it('matches applied and user scalar values, such as an image registry', () => {
    expect(paths(filterDiff(diff, { query: 'registry.redhat.io' }).entries)).toEqual([
      'pilot.image',
    ]);
    expect(paths(filterDiff(diff, { query: '2048mi' }).entries)).toEqual([
      'pilot.resources.requests.memory',
    ]);
  });

  it('counts query matches per status regardless of the status filter', () => {
    const filtered = filterDiff(diff, { query: 'pilot.', statuses: ['added'] });
    expect(paths(filtered.entries)).toEqual(['pilot.cni.enabled', 'pilot.image']);
    expect(filtered.counts).toEqual({ same: 4, overridden: 2, dropped: 1, added: 2 });
  });
});
