/** @jest-environment node */
import { setIn } from './setIn';
import { validateForm } from './validateForm';
import { readViewPreference, VIEW_STORAGE_KEY, writeViewPreference } from './viewPreference';
import { parseResourceYaml, parseValuesText, valuesToText } from './yamlDraft';

const form = (name: string, namespace = 'istio-system') => ({
  name,
  namespace,
  version: '',
  profile: '',
  updateStrategyType: '',
  gracePeriodSeconds: '',
  valuesText: '',
  rawValuesText: '',
});

describe('validateForm', () => {
  it.each([
    ['default', []],
    ['istio-1', []],
    ['', ['required']],
    ['Istio', ['dns-label']],
    ['mesh.prod', ['dns-label']],
    ['-mesh', ['dns-label']],
    ['a'.repeat(64), ['too-long']],
  ])('judges the name %j', (name, codes) => {
    expect(validateForm(form(name)).map((p) => p.code)).toEqual(codes);
  });

  it('checks the namespace the same way', () => {
    expect(validateForm(form('default', 'Istio_System'))).toEqual([
      { field: 'namespace', code: 'dns-label' },
    ]);
  });
});

describe('parseValuesText', () => {
  it('treats blank and comment-only text as no values', () => {
    expect(parseValuesText('  \n')).toEqual({ value: undefined });
    expect(parseValuesText('# nothing yet\n')).toEqual({ value: undefined });
  });

  it('keeps an explicit empty map, so a round trip does not drop it', () => {
    expect(parseValuesText(valuesToText({}))).toEqual({ value: {} });
  });

  it('refuses several documents', () => {
    expect(parseValuesText('a: 1\n---\nb: 2\n').problem?.code).toBe('multiple-documents');
  });
});

describe('parseResourceYaml', () => {
  const expected = { apiVersion: 'sailoperator.io/v1', kind: 'Istio' };
  it('reports empty text', () => {
    expect(parseResourceYaml('', expected).problem?.code).toBe('empty');
  });
  it('names what was found when the kind is wrong', () => {
    expect(parseResourceYaml('apiVersion: v1\nkind: Pod\n', expected).problem).toEqual({
      code: 'wrong-kind',
      message: 'v1 Pod',
    });
  });
});

describe('setIn', () => {
  it('shares untouched branches and keeps key order', () => {
    const labels = { a: '1' };
    const start = { metadata: { name: 'x', labels }, spec: { version: 'v1' } };
    const next = setIn(start, ['metadata', 'name'], 'y');
    expect(Object.keys(next.metadata as object)).toEqual(['name', 'labels']);
    expect((next.metadata as { labels: object }).labels).toBe(labels);
  });

  it('does not create a branch just to remove a key from it', () => {
    const start = { spec: {} };
    expect(setIn(start, ['spec', 'updateStrategy', 'type'], undefined)).toBe(start);
  });
});

describe('the remembered view', () => {
  it('reads back what was written, under the plugin-namespaced key', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    };
    writeViewPreference(storage, 'yaml');
    expect(store.get(VIEW_STORAGE_KEY)).toBe('yaml');
    expect(VIEW_STORAGE_KEY.startsWith('sail-console-plugin/')).toBe(true);
    expect(readViewPreference(storage)).toBe('yaml');
  });

  it('falls back to the form when storage is unavailable', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readViewPreference(blocked)).toBe('form');
  });
});
