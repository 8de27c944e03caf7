/** @jest-environment node */
import { parse } from 'yaml';
import { smallValuesSchema } from './__fixtures__/smallValuesSchema';
import { planPathInsertion, type PathInsertion } from './insertPath';

const apply = (text: string, insertion: PathInsertion): string => {
  const lines = text.split('\n');
  const offset =
    lines.slice(0, insertion.at.line - 1).reduce((n, l) => n + l.length + 1, 0) +
    insertion.at.column -
    1;
  return text.slice(0, offset) + insertion.text + text.slice(offset);
};

const insert = (text: string, path: string) => {
  const result = planPathInsertion(text, path, smallValuesSchema);
  if (result.kind !== 'insert') throw new Error(`expected an insertion, got ${result.kind}`);
  return { text: apply(text, result.insertion), cursor: result.insertion.cursor };
};

describe('planPathInsertion', () => {
  it('writes the whole skeleton into an empty document', () => {
    const { text, cursor } = insert('', 'meshConfig.accessLogFile');
    expect(text).toBe('meshConfig:\n  accessLogFile: ');
    expect(cursor).toEqual({ line: 2, column: 18 });
  });

  it('appends a top-level key the document does not have', () => {
    const { text } = insert('pilot:\n  autoscaleMax: 3\n', 'meshConfig.accessLogFile');
    expect(text).toBe('pilot:\n  autoscaleMax: 3\nmeshConfig:\n  accessLogFile: ');
  });

  it('adds a missing key under the parent the document already has', () => {
    const doc = 'meshConfig:\n  accessLogEncoding: JSON\npilot:\n  autoscaleMax: 3\n';
    const { text, cursor } = insert(doc, 'meshConfig.accessLogFile');
    expect(text).toBe(
      'meshConfig:\n  accessLogEncoding: JSON\n  accessLogFile: \npilot:\n  autoscaleMax: 3\n',
    );
    expect(cursor).toEqual({ line: 3, column: 18 });
    expect(parse(text.replace('accessLogFile: ', 'accessLogFile: /dev/stdout'))).toEqual({
      meshConfig: { accessLogEncoding: 'JSON', accessLogFile: '/dev/stdout' },
      pilot: { autoscaleMax: 3 },
    });
  });

  it('follows the indentation the document uses', () => {
    const { text } = insert('meshConfig:\n    accessLogEncoding: JSON', 'meshConfig.accessLogFile');
    expect(text).toBe('meshConfig:\n    accessLogEncoding: JSON\n    accessLogFile: ');
  });

  it('writes under a key that has no value yet', () => {
    const { text } = insert(
      'meshConfig:\npilot:\n  autoscaleMax: 3\n',
      'meshConfig.outboundTrafficPolicy.mode',
    );
    expect(text).toBe(
      'meshConfig:\n  outboundTrafficPolicy:\n    mode: \npilot:\n  autoscaleMax: 3\n',
    );
  });

  it('adds a new item at the end of an existing list', () => {
    const doc = 'meshConfig:\n  extensionProviders:\n    - name: a\n';
    const { text } = insert(doc, 'meshConfig.extensionProviders[].zipkin.port');
    expect(parse(`${text}9411`)).toEqual({
      meshConfig: { extensionProviders: [{ name: 'a' }, { zipkin: { port: 9411 } }] },
    });
  });

  it('puts the cursor on the key when the document already has the path', () => {
    const result = planPathInsertion(
      'pilot:\n  autoscaleMax: 3\n',
      'pilot.autoscaleMax',
      smallValuesSchema,
    );
    expect(result).toEqual({ kind: 'present', cursor: { line: 2, column: 15 } });
  });

  it('does not extend a parent written as a flow mapping or a scalar', () => {
    expect(planPathInsertion('pilot: {}\n', 'pilot.autoscaleMax', smallValuesSchema)).toEqual({
      kind: 'blocked',
      path: 'pilot',
    });
    expect(planPathInsertion('pilot: on\n', 'pilot.autoscaleMax', smallValuesSchema)).toEqual({
      kind: 'blocked',
      path: 'pilot',
    });
  });

  it('appends at the end when the document is not a mapping it can extend', () => {
    const { text } = insert('- a\n', 'pilot.autoscaleMax');
    expect(text).toBe('- a\npilot:\n  autoscaleMax: ');
  });

  it('says the path is unknown when the schema does not have it', () => {
    expect(planPathInsertion('', 'pilot.nope', smallValuesSchema)).toEqual({ kind: 'unknown' });
  });
});
