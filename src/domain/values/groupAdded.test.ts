/** @jest-environment node */
import { diffValues } from './diffValues';
import { buildDiffRows, groupAddedByTopLevelKey } from './groupAdded';
import type { DiffRow } from './groupAdded';

/** The user sets two global keys; a profile adds `count` more under `global` and one under `pilot`. */
const profileDiff = (count: number) => {
  const presets: Record<string, string> = {};
  for (let i = 0; i < count; i += 1) presets[`preset${String(i).padStart(3, '0')}`] = 'x';
  return diffValues(
    { global: { hub: 'quay.io/a', tag: '1.0' } },
    { global: { hub: 'quay.io/a', tag: '2.0', ...presets }, pilot: { enabled: true } },
  );
};

const describeRows = (rows: DiffRow[]) =>
  rows.map((row) =>
    row.kind === 'entry'
      ? row.entry.path
      : `[${row.group.path}: ${row.group.entries.length} added${row.expanded ? ', open' : ''}]`,
  );

describe('groupAddedByTopLevelKey', () => {
  it('collects the 300 keys a profile added under global into one group', () => {
    const groups = groupAddedByTopLevelKey(profileDiff(300).entries);
    expect(groups.map((g) => [g.path, g.segments, g.entries.length])).toEqual([
      ['global', ['global'], 300],
      ['pilot', ['pilot'], 1],
    ]);
    expect(groups[0].entries.every((entry) => entry.status === 'added')).toBe(true);
  });

  it('puts added leaves of a non-object root into a group with the root path', () => {
    const groups = groupAddedByTopLevelKey(diffValues(undefined, 'text').entries);
    expect(groups.map((g) => [g.path, g.segments])).toEqual([['', []]]);
  });
});

describe('buildDiffRows', () => {
  it('collapses a large added group into one row and keeps the user entries visible', () => {
    expect(describeRows(buildDiffRows(profileDiff(300).entries))).toEqual([
      'global.hub',
      'global.tag',
      '[global: 300 added]',
      'pilot.enabled',
    ]);
  });

  it('shows the entries of an expanded group after its row', () => {
    const rows = buildDiffRows(profileDiff(6).entries, { expanded: new Set(['global']) });
    expect(describeRows(rows)).toEqual([
      'global.hub',
      'global.tag',
      '[global: 6 added, open]',
      'global.preset000',
      'global.preset001',
      'global.preset002',
      'global.preset003',
      'global.preset004',
      'global.preset005',
      'pilot.enabled',
    ]);
  });

  it('places the group row at its first added entry even when user entries follow it', () => {
    const diff = diffValues(
      { global: { proxy: { logLevel: 'debug' }, tag: '1.0' } },
      {
        global: {
          proxy: { logLevel: 'debug', privileged: false, statusPort: 15020, tracer: 'none' },
          tag: '1.0',
          arch: {},
          platform: 'openshift',
        },
      },
    );
    expect(describeRows(buildDiffRows(diff.entries))).toEqual([
      'global.proxy.logLevel',
      '[global: 5 added]',
      'global.tag',
    ]);
  });

  it('lists small groups entry by entry', () => {
    expect(describeRows(buildDiffRows(profileDiff(2).entries, { minGroupSize: 3 }))).toEqual([
      'global.hub',
      'global.tag',
      'global.preset000',
      'global.preset001',
      'pilot.enabled',
    ]);
  });
});
