/** @jest-environment node */
import { locateValuesPath, parseValuesPath } from './locateValuesPath';

describe('parseValuesPath', () => {
  it('splits keys and list indexes', () => {
    expect(parseValuesPath('pilot.env[0].name')).toEqual(['pilot', 'env', 0, 'name']);
    expect(parseValuesPath('')).toEqual([]);
    expect(parseValuesPath('a..b')).toBeUndefined();
  });
});

describe('locateValuesPath', () => {
  const doc = 'pilot:\n  autoscaleEnabeld: true\n  env:\n    - name: A\n';

  it('finds the key of a path the document has', () => {
    expect(locateValuesPath(doc, 'pilot.autoscaleEnabeld')).toEqual({
      exact: true,
      range: { start: { line: 2, column: 3 }, end: { line: 2, column: 19 } },
    });
    expect(locateValuesPath(doc, 'pilot.env[0].name')?.range.start).toEqual({
      line: 4,
      column: 7,
    });
  });

  it('falls back to the deepest written ancestor', () => {
    expect(locateValuesPath(doc, 'pilot.cpu.targetAverageUtilization')).toEqual({
      exact: false,
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 6 } },
    });
  });

  it('finds nothing when not even the first key is written', () => {
    expect(locateValuesPath(doc, 'global.hub')).toBeUndefined();
    expect(locateValuesPath('', 'pilot')).toBeUndefined();
  });
});
