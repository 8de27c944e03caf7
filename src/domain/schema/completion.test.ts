/** @jest-environment node */
import { parse } from 'yaml';
import { withCursor } from './__fixtures__/cursorMarker';
import { smallValuesSchema } from './__fixtures__/smallValuesSchema';
import { completionsAt } from './completion';

const complete = (marked: string) => {
  const { text, position } = withCursor(marked);
  return completionsAt(text, position, smallValuesSchema);
};

const labels = (marked: string) => complete(marked).items.map((item) => item.label);

const item = (marked: string, label: string) =>
  complete(marked).items.find((candidate) => candidate.label === label);

describe('completionsAt: keys', () => {
  it('offers the root keys in an empty document', () => {
    expect(labels('‸')).toEqual(['experimental', 'global', 'meshConfig', 'pilot']);
  });

  it('offers the keys of pilot that are not written yet', () => {
    expect(labels('pilot:\n  autoscaleMax: 3\n  ‸\n  env:\n    A: b\n')).toEqual([
      'autoscaleEnabled',
      'envVarFrom',
      'ipFamilies',
      'port',
      'cpu',
    ]);
  });

  it('puts keys starting with the typed text first, deprecated ones after their group', () => {
    expect(labels('pilot:\n  e‸')).toEqual([
      'env',
      'envVarFrom',
      'autoscaleEnabled',
      'autoscaleMax',
      'ipFamilies',
      'port',
      'cpu',
    ]);
    expect(labels('pilot:\n  AUTO‸').slice(0, 2)).toEqual(['autoscaleEnabled', 'autoscaleMax']);
  });

  it('gives each key a short type, its first sentence and its default', () => {
    const keys = complete('pilot:\n  ‸').items;
    const byLabel = Object.fromEntries(keys.map((k) => [k.label, k]));
    expect(byLabel.autoscaleEnabled).toMatchObject({
      kind: 'property',
      type: 'boolean',
      detail: 'boolean = true',
      documentation: 'Enables the horizontal pod autoscaler.',
    });
    expect(byLabel.autoscaleMax.type).toBe('integer');
    expect(byLabel.port.type).toBe('integer | string');
    expect(byLabel.cpu.type).toBe('object');
    expect(byLabel.env.type).toBe('map of string');
    expect(byLabel.envVarFrom.type).toBe('array of object');
    expect(byLabel.ipFamilies.type).toBe('array of string');
  });

  it('keeps an abbreviation inside parentheses in the first sentence', () => {
    expect(item('meshConfig:\n  ‸', 'accessLogFile')?.documentation).toBe(
      'File address for the proxy access log (e.g. /dev/stdout).',
    );
  });

  it('flags keys whose description says they are deprecated', () => {
    expect(item('pilot:\n  ‸', 'cpu')?.deprecated).toBe(true);
    expect(item('pilot:\n  ‸', 'env')?.deprecated).toBeUndefined();
  });

  it('numbers the items so an editor keeps this order', () => {
    const sortTexts = complete('pilot:\n  ‸').items.map((i) => i.sortText);
    expect([...sortTexts].sort()).toEqual(sortTexts);
  });
});

describe('completionsAt: insert text', () => {
  it('writes `key: ` for scalars and an indented line for mappings at the key’s depth', () => {
    expect(item('pilot:\n  ‸', 'autoscaleMax')?.insertText).toBe('autoscaleMax: ');
    expect(item('pilot:\n  ‸', 'port')?.insertText).toBe('port: ');
    expect(item('pilot:\n  ‸', 'cpu')?.insertText).toBe('cpu:\n    ');
    expect(item('pilot:\n  ‸', 'env')?.insertText).toBe('env:\n    ');
    expect(item('‸', 'pilot')?.insertText).toBe('pilot:\n  ');
  });

  it('starts the first item of a list', () => {
    expect(item('pilot:\n  ‸', 'envVarFrom')?.insertText).toBe('envVarFrom:\n    - ');
    expect(item('pilot:\n  ‸', 'ipFamilies')?.insertText).toBe('ipFamilies:\n    - ');
  });

  it('indents below a key typed after a dash from the key’s own column', () => {
    const doc = 'meshConfig:\n  extensionProviders:\n    - ‸';
    expect(item(doc, 'zipkin')?.insertText).toBe('zipkin:\n        ');
  });

  it('produces a document that parses to the chosen structure', () => {
    const { text, position } = withCursor('meshConfig:\n  ‸');
    const chosen = completionsAt(text, position, smallValuesSchema).items.find(
      (i) => i.label === 'outboundTrafficPolicy',
    );
    const lines = text.split('\n');
    lines[position.line - 1] = `  ${chosen?.insertText}mode: ALLOW_ANY`;
    expect(parse(lines.join('\n'))).toEqual({
      meshConfig: { outboundTrafficPolicy: { mode: 'ALLOW_ANY' } },
    });
  });

  it('inserts the name alone over a key that already has its colon', () => {
    const result = complete('pilot:\n  auto‸Max: 3\n');
    expect(result.items[0]).toMatchObject({
      label: 'autoscaleEnabled',
      insertText: 'autoscaleEnabled',
    });
    expect(result.range).toEqual({ start: { line: 2, column: 3 }, end: { line: 2, column: 10 } });
  });

  it('returns the typed word as the range to replace', () => {
    expect(complete('pilot:\n  auto‸').range).toEqual({
      start: { line: 2, column: 3 },
      end: { line: 2, column: 7 },
    });
  });
});

describe('completionsAt: values', () => {
  it('offers true and false for a boolean and marks the default', () => {
    const items = complete('pilot:\n  autoscaleEnabled: ‸').items;
    expect(items.map((i) => [i.label, i.isDefault ?? false])).toEqual([
      ['true', true],
      ['false', false],
    ]);
    expect(items[0]).toMatchObject({ kind: 'value', type: 'boolean', insertText: 'true' });
  });

  it('offers enum values in schema order with the typed prefix first', () => {
    expect(labels('meshConfig:\n  outboundTrafficPolicy:\n    mode: ‸')).toEqual([
      'REGISTRY_ONLY',
      'ALLOW_ANY',
    ]);
    expect(labels('meshConfig:\n  outboundTrafficPolicy:\n    mode: al‸')).toEqual([
      'ALLOW_ANY',
      'REGISTRY_ONLY',
    ]);
  });

  it('marks the default enum value', () => {
    const items = complete('meshConfig:\n  accessLogEncoding: ‸').items;
    expect(items.filter((i) => i.isDefault).map((i) => i.label)).toEqual(['TEXT']);
    expect(items.find((i) => i.isDefault)?.detail).toBe('string (default)');
  });

  it('quotes enum strings that YAML would read as booleans or numbers', () => {
    const inserts = complete('global:\n  switch: ‸').items.map((i) => i.insertText);
    expect(inserts).toEqual(['"on"', '"off"', '"true"', '"1.0"', 'plain']);
  });

  it('adds the missing space after a bare colon', () => {
    expect(item('global:\n  logAsJson:‸', 'true')?.insertText).toBe(' true');
  });

  it('offers enum values for a new scalar list item', () => {
    expect(labels('pilot:\n  ipFamilies:\n  - ‸')).toEqual(['IPv4', 'IPv6']);
  });

  it('offers the item keys for a new item of a list of objects', () => {
    expect(labels('pilot:\n  envVarFrom:\n  - name: A\n  - ‸')).toEqual(['name', 'value']);
  });

  it('offers nothing for free text, integers or mappings', () => {
    expect(labels('meshConfig:\n  accessLogFile: ‸')).toEqual([]);
    expect(labels('pilot:\n  autoscaleMax: ‸')).toEqual([]);
    expect(labels('pilot: ‸')).toEqual([]);
  });
});

describe('completionsAt: where the schema knows nothing', () => {
  it('offers nothing under an object that keeps unknown fields', () => {
    expect(labels('experimental:\n  ‸')).toEqual([]);
    expect(labels('experimental:\n  feature:\n    ‸')).toEqual([]);
  });

  it('offers nothing under an unknown key or in a map with free keys', () => {
    expect(labels('pilott:\n  ‸')).toEqual([]);
    expect(labels('pilot:\n  env:\n    ‸')).toEqual([]);
  });

  it('offers nothing under a scalar key', () => {
    expect(labels('pilot:\n  autoscaleMax:\n    ‸')).toEqual([]);
  });

  it('returns an empty list with the cursor as range inside a comment', () => {
    expect(complete('# pilot‸')).toEqual({
      items: [],
      range: { start: { line: 1, column: 8 }, end: { line: 1, column: 8 } },
    });
  });
});
