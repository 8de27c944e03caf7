/** @jest-environment node */
import { parse } from 'yaml';
import { smallValuesSchema } from './__fixtures__/smallValuesSchema';
import { explainTree, searchSchema, skeletonFor } from './explainSchema';

describe('explainTree', () => {
  it('lists every field depth first with its depth and type', () => {
    const pilot = explainTree(smallValuesSchema).filter((n) => n.path.startsWith('pilot'));
    expect(pilot.map((n) => [n.path, n.depth, n.type])).toEqual([
      ['pilot', 0, 'object'],
      ['pilot.autoscaleEnabled', 1, 'boolean'],
      ['pilot.autoscaleMax', 1, 'integer'],
      ['pilot.cpu', 1, 'object'],
      ['pilot.cpu.targetAverageUtilization', 2, 'integer'],
      ['pilot.env', 1, 'map of string'],
      ['pilot.envVarFrom', 1, 'array of object'],
      ['pilot.envVarFrom[].name', 2, 'string'],
      ['pilot.envVarFrom[].value', 2, 'string'],
      ['pilot.ipFamilies', 1, 'array of string'],
      ['pilot.port', 1, 'integer | string'],
    ]);
  });

  it('reaches into the values of a map of objects', () => {
    const paths = explainTree(smallValuesSchema).map((n) => n.path);
    expect(paths).toContain('meshConfig.tracing.customTags.*.literal.value');
  });

  it('keeps the description, enum and deprecation of each field', () => {
    const mode = explainTree(smallValuesSchema).find(
      (n) => n.path === 'meshConfig.outboundTrafficPolicy.mode',
    );
    expect(mode).toMatchObject({
      name: 'mode',
      description: 'How outbound traffic is handled.\nALLOW_ANY lets it out.',
      enum: ['REGISTRY_ONLY', 'ALLOW_ANY'],
    });
    expect(explainTree(smallValuesSchema).find((n) => n.path === 'pilot.cpu')?.deprecated).toBe(
      true,
    );
  });

  it('flattens a schema object once and reuses the list', () => {
    expect(explainTree(smallValuesSchema)).toBe(explainTree(smallValuesSchema));
  });
});

describe('searchSchema', () => {
  const paths = (query: string, limit?: number) =>
    searchSchema(smallValuesSchema, query, limit).map((n) => n.path);

  it('finds a field by its exact name, ignoring case', () => {
    expect(paths('accesslogfile')[0]).toBe('meshConfig.accessLogFile');
  });

  it('ranks exact names, then prefixes, then names containing the text, then descriptions', () => {
    expect(paths('env')).toEqual([
      'pilot.env',
      'pilot.envVarFrom',
      'pilot.envVarFrom[].name',
      'pilot.envVarFrom[].value',
    ]);
    expect(paths('log')).toEqual([
      'global.logAsJson',
      'meshConfig.accessLogEncoding',
      'meshConfig.accessLogFile',
    ]);
    expect(paths('replicas')).toEqual(['pilot.autoscaleMax']);
  });

  it('matches dotted queries against the path', () => {
    expect(paths('meshConfig.accessLog')).toEqual([
      'meshConfig.accessLogEncoding',
      'meshConfig.accessLogFile',
    ]);
  });

  it('returns at most `limit` results and nothing for an empty query', () => {
    expect(paths('a', 3)).toHaveLength(3);
    expect(paths('   ')).toEqual([]);
  });
});

describe('skeletonFor', () => {
  it('writes the keys that lead to a scalar, ready for its value', () => {
    expect(skeletonFor('meshConfig.accessLogFile', smallValuesSchema)).toBe(
      'meshConfig:\n  accessLogFile: ',
    );
  });

  it('opens a mapping or a list at the end of the path', () => {
    expect(skeletonFor('pilot.cpu', smallValuesSchema)).toBe('pilot:\n  cpu:\n    ');
    expect(skeletonFor('pilot.envVarFrom', smallValuesSchema)).toBe(
      'pilot:\n  envVarFrom:\n    - ',
    );
    expect(skeletonFor('pilot.envVarFrom[]', smallValuesSchema)).toBe(
      'pilot:\n  envVarFrom:\n    - ',
    );
  });

  it('goes through list items and map values', () => {
    const zipkin = skeletonFor('meshConfig.extensionProviders[].zipkin.port', smallValuesSchema);
    expect(parse(`${zipkin}9411`)).toEqual({
      meshConfig: { extensionProviders: [{ zipkin: { port: 9411 } }] },
    });
    const tag = skeletonFor('meshConfig.tracing.customTags.*.literal.value', smallValuesSchema);
    expect(parse(`${tag}v`)).toEqual({
      meshConfig: { tracing: { customTags: { '<name>': { literal: { value: 'v' } } } } },
    });
  });

  it('returns undefined for paths the schema does not have', () => {
    expect(skeletonFor('meshConfig.accessLogFil', smallValuesSchema)).toBeUndefined();
    expect(skeletonFor('pilot.cpu[].x', smallValuesSchema)).toBeUndefined();
    expect(skeletonFor('', smallValuesSchema)).toBeUndefined();
    expect(skeletonFor('pilot..cpu', smallValuesSchema)).toBeUndefined();
  });
});
