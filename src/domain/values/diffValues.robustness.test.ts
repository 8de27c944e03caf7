/** @jest-environment node */
import { diffValues } from './diffValues';
import { DIFF_MAX_DEPTH } from './types';

/** `{ level1: { level2: ... { leaf: value } } }` with `depth` object levels above the leaf. */
const nested = (depth: number, value: unknown): Record<string, unknown> => {
  let node: Record<string, unknown> = { leaf: value };
  for (let level = depth; level >= 1; level -= 1) node = { [`level${level}`]: node };
  return node;
};

describe('diffValues on missing or malformed input', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['an empty object', {}],
  ])('marks every applied leaf added when the user values are %s', (_label, spec) => {
    const diff = diffValues(spec, { pilot: { enabled: true } });
    expect(diff.entries.map((e) => [e.path, e.status])).toEqual([['pilot.enabled', 'added']]);
    expect(diff.hasUserValues).toBe(false);
    expect(diff.issues).toEqual([]);
  });

  it('marks every user leaf dropped when nothing was applied yet', () => {
    const diff = diffValues({ pilot: { enabled: true } }, undefined);
    expect(diff.counts).toEqual({ same: 0, overridden: 0, dropped: 1, added: 0 });
  });

  it('returns an empty diff when neither side has values', () => {
    expect(diffValues(null, undefined)).toEqual({
      entries: [],
      counts: { same: 0, overridden: 0, dropped: 0, added: 0 },
      hasUserChanges: false,
      hasUserValues: false,
      issues: [],
    });
  });

  it('reports a non-object user root and compares it with the applied root as one value', () => {
    const diff = diffValues('pilot: {}', { pilot: { enabled: true } });
    expect(diff.issues).toEqual([
      { code: 'spec-not-object', message: 'spec values are a string, not an object' },
    ]);
    expect(diff.entries).toEqual([
      {
        path: '',
        segments: [],
        status: 'overridden',
        specValue: 'pilot: {}',
        appliedValue: { pilot: { enabled: true } },
        note: 'shape',
      },
    ]);
  });

  it('reports applied values that are an array', () => {
    const diff = diffValues({ pilot: { enabled: true } }, [1, 2]);
    expect(diff.issues.map((issue) => issue.code)).toEqual(['applied-not-object']);
    expect(diff.entries[0]).toMatchObject({ path: '', status: 'overridden', note: 'shape' });
  });
});

describe('diffValues on very deep or large trees', () => {
  it('walks a 200-level tree to its leaf without overflowing the stack', () => {
    const diff = diffValues(nested(200, 'a'), nested(200, 'b'));
    expect(diff.entries).toHaveLength(1);
    expect(diff.entries[0].status).toBe('overridden');
    expect(diff.entries[0].segments).toHaveLength(201);
    expect(diff.entries[0].path.endsWith('level199.level200.leaf')).toBe(true);
  });

  it('compares what lies beyond the depth limit as one value with a too-deep note', () => {
    const depth = DIFF_MAX_DEPTH + 50;
    const diff = diffValues(nested(depth, 1), nested(depth, 2));
    expect(diff.entries).toHaveLength(1);
    expect(diff.entries[0]).toMatchObject({ status: 'overridden', note: 'too-deep' });
    expect(diff.entries[0].segments).toHaveLength(DIFF_MAX_DEPTH);
  });

  it('finds equal subtrees beyond the depth limit the same', () => {
    const depth = DIFF_MAX_DEPTH + 50;
    const diff = diffValues(nested(depth, 1), nested(depth, 1));
    expect(diff.entries[0]).toMatchObject({ status: 'same', note: 'too-deep' });
  });

  it('terminates on a self-referencing object, which JSON cannot produce', () => {
    const spec: Record<string, unknown> = { name: 'loop' };
    spec.self = spec;
    const diff = diffValues(spec, { name: 'loop' });
    expect(diff.entries.find((e) => e.note === 'too-deep')?.status).toBe('dropped');
  });

  it('classifies every leaf of a 5,000-leaf tree', () => {
    const spec: Record<string, Record<string, number>> = {};
    const applied: Record<string, Record<string, number>> = {};
    for (let i = 0; i < 5000; i += 1) {
      const section = `section${i % 50}`;
      spec[section] ??= {};
      applied[section] ??= {};
      spec[section][`key${i}`] = i;
      applied[section][`key${i}`] = i % 5 === 0 ? -i - 1 : i;
    }
    const diff = diffValues(spec, applied);
    expect(diff.counts).toEqual({ same: 4000, overridden: 1000, dropped: 0, added: 0 });
  });
});
