/** @jest-environment node */
import { withCursor } from './__fixtures__/cursorMarker';
import { smallValuesSchema } from './__fixtures__/smallValuesSchema';
import { hoverAt } from './hover';

const hover = (marked: string) => {
  const { text, position } = withCursor(marked);
  return hoverAt(text, position, smallValuesSchema);
};

describe('hoverAt', () => {
  it('explains a nested key with its full description, enum and the key’s range', () => {
    expect(hover('meshConfig:\n  outboundTrafficPolicy:\n    mo‸de: ALLOW_ANY\n')).toEqual({
      path: 'meshConfig.outboundTrafficPolicy.mode',
      type: 'string',
      description: 'How outbound traffic is handled.\nALLOW_ANY lets it out.',
      enum: ['REGISTRY_ONLY', 'ALLOW_ANY'],
      range: { start: { line: 3, column: 5 }, end: { line: 3, column: 9 } },
    });
  });

  it('explains the key of a value under the cursor', () => {
    expect(hover('meshConfig:\n  accessLogEncoding: JS‸ON\n')).toMatchObject({
      path: 'meshConfig.accessLogEncoding',
      default: 'TEXT',
      range: { start: { line: 2, column: 3 }, end: { line: 2, column: 20 } },
    });
  });

  it('names list items by index', () => {
    const doc =
      'meshConfig:\n  extensionProviders:\n  - name: a\n  - name: b\n    zipkin:\n      po‸rt: 9411\n';
    expect(hover(doc)).toMatchObject({
      path: 'meshConfig.extensionProviders[1].zipkin.port',
      type: 'integer',
      description: 'Port of the Zipkin service.',
    });
    expect(hover('pilot:\n  ipFamilies:\n  - IPv4\n  - IP‸v6\n')).toMatchObject({
      path: 'pilot.ipFamilies[1]',
      enum: ['IPv4', 'IPv6'],
    });
  });

  it('explains an entry of a map by the map’s value schema', () => {
    expect(hover('pilot:\n  env:\n    FO‸O: bar\n')).toMatchObject({
      path: 'pilot.env.FOO',
      description: 'A variable value.',
    });
  });

  it('flags a deprecated key', () => {
    expect(hover('pilot:\n  c‸pu:\n')?.deprecated).toBe(true);
  });

  it('shows nothing over unknown keys, free-form content or whitespace', () => {
    expect(hover('pilot:\n  autoscal‸Enabled: true\n')).toBeUndefined();
    expect(hover('experimental:\n  fea‸ture: true\n')).toBeUndefined();
    expect(hover('pilot:\n ‸ autoscaleMax: 3\n')).toBeUndefined();
    expect(hover('pilot:\n‸\n')).toBeUndefined();
  });
});
