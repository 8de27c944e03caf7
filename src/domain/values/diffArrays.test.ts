/** @jest-environment node */
import { describeArrayDifference } from './diffArrays';

const volume = (name: string, configMap: string) => ({ name, configMap: { name: configMap } });

describe('describeArrayDifference', () => {
  it('matches volumes by name and names the one whose content changed', () => {
    const detail = describeArrayDifference(
      [volume('certs', 'ca-a'), volume('config', 'istio')],
      [volume('certs', 'ca-b'), volume('config', 'istio')],
    );
    expect(detail).toEqual({
      matchedBy: 'name',
      added: [],
      removed: [],
      changed: [{ name: 'certs', specIndex: 0, appliedIndex: 0 }],
      reordered: false,
    });
  });

  it('names a removed element and flags elements that only moved', () => {
    const detail = describeArrayDifference(
      [volume('a', 'x'), volume('b', 'y'), volume('c', 'z')],
      [volume('c', 'z'), volume('a', 'x')],
    );
    expect(detail.removed).toEqual([{ name: 'b', specIndex: 1 }]);
    expect(detail.changed).toEqual([]);
    expect(detail.reordered).toBe(true);
  });

  it('falls back to indexes when two elements share a name', () => {
    const detail = describeArrayDifference(
      [volume('a', 'x'), volume('a', 'y')],
      [volume('a', 'x'), volume('a', 'z')],
    );
    expect(detail.matchedBy).toBe('index');
    expect(detail.changed).toEqual([{ specIndex: 1, appliedIndex: 1 }]);
  });

  it('falls back to indexes when an element has no name', () => {
    const detail = describeArrayDifference(
      [{ key: 'infra', effect: 'NoSchedule' }],
      [{ key: 'infra', effect: 'NoExecute' }, { key: 'gpu' }],
    );
    expect(detail).toEqual({
      matchedBy: 'index',
      added: [{ appliedIndex: 1 }],
      removed: [],
      changed: [{ specIndex: 0, appliedIndex: 0 }],
      reordered: false,
    });
  });

  it('matches by name when the user list is empty and the applied list is named', () => {
    const detail = describeArrayDifference([], [volume('certs', 'ca')]);
    expect(detail.matchedBy).toBe('name');
    expect(detail.added).toEqual([{ name: 'certs', appliedIndex: 0 }]);
  });

  it('does not treat a numeric name as a name to match by', () => {
    expect(describeArrayDifference([{ name: 1 }], [{ name: 2 }]).matchedBy).toBe('index');
  });
});
