/** @jest-environment node */
import { withCursor } from './__fixtures__/cursorMarker';
import type { CursorOptions } from './yamlCursor';
import { cursorContextAt, entryAt } from './yamlCursor';

const contextOf = (marked: string, options?: CursorOptions) => {
  const { text, position } = withCursor(marked);
  return cursorContextAt(text, position, options);
};

const entryOf = (marked: string) => {
  const { text, position } = withCursor(marked);
  return entryAt(text, position);
};

describe('cursorContextAt: where a key is being typed', () => {
  it('puts the cursor of an empty document at a root key', () => {
    expect(contextOf('‸')).toEqual({
      kind: 'key',
      path: [],
      partial: '',
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      presentKeys: [],
      afterDash: false,
      column: 0,
      keyHasColon: false,
      valueNeedsSpace: false,
    });
  });

  it('finds the parent of a half-typed key by its indentation', () => {
    const context = contextOf('pilot:\n  auto‸');
    expect(context).toMatchObject({ kind: 'key', path: ['pilot'], partial: 'auto', column: 2 });
    expect(context?.range).toEqual({
      start: { line: 2, column: 3 },
      end: { line: 2, column: 7 },
    });
  });

  it('reads an empty indented line under `pilot:` as a key of pilot', () => {
    expect(contextOf('pilot:\n  ‸\nmeshConfig:\n  accessLogFile: x\n')).toMatchObject({
      kind: 'key',
      path: ['pilot'],
      presentKeys: [],
    });
  });

  it('reads an unindented line after a block as a root key and lists the root keys present', () => {
    const context = contextOf('pilot:\n  autoscaleMax: 3\n‸\nmeshConfig:\n  accessLogFile: x\n');
    expect(context?.path).toEqual([]);
    expect(context?.presentKeys).toEqual(['pilot', 'meshConfig']);
  });

  it('lists the sibling keys above and below but not the one being typed or nested ones', () => {
    const context = contextOf(
      'pilot:\n  autoscaleMax: 3\n  cpu:\n    targetAverageUtilization: 80\n  auto‸\n  env:\n    A: b\nglobal:\n  logAsJson: true\n',
    );
    expect(context?.path).toEqual(['pilot']);
    expect(context?.presentKeys).toEqual(['autoscaleMax', 'cpu', 'env']);
  });

  it('replaces only the name when the cursor is in a key that already has its colon', () => {
    const context = contextOf('pilot:\n  auto‸Max: 3\n');
    expect(context).toMatchObject({ kind: 'key', partial: 'auto', keyHasColon: true });
    expect(context?.range).toEqual({
      start: { line: 2, column: 3 },
      end: { line: 2, column: 10 },
    });
  });

  it('treats the start of the document as a root key position over the first key', () => {
    const context = contextOf('‸pilot:\n  autoscaleMax: 3\n');
    expect(context).toMatchObject({ kind: 'key', path: [], partial: '', keyHasColon: true });
    expect(context?.range.end).toEqual({ line: 1, column: 6 });
  });

  it('works at the very end of a document without a final newline', () => {
    expect(contextOf('pilot:\n  autoscaleMax: 3\n  ‸')).toMatchObject({
      path: ['pilot'],
      presentKeys: ['autoscaleMax'],
    });
  });

  it('is not thrown off by syntax errors in other parts of the document', () => {
    const context = contextOf(
      'global: "unclosed\n  : : bad\nmeshConfig: [1, 2\npilot:\n  autoscaleMax: 3\n  au‸\n\t\tbroken: tab\n',
    );
    expect(context).toMatchObject({ kind: 'key', path: ['pilot'], partial: 'au' });
  });

  it('reads a colon-less word as a parent still being typed', () => {
    expect(contextOf('pilot\n  ‸')?.path).toEqual(['pilot']);
  });

  it('reads quoted keys and keys carrying an anchor or tag as parents', () => {
    expect(contextOf('"pilot":\n  ‸')?.path).toEqual(['pilot']);
    expect(contextOf("'mesh''s': &m\n  ‸")?.path).toEqual(["mesh's"]);
    expect(contextOf('pilot: !!map\n  ‸')?.path).toEqual(['pilot']);
  });

  it('offers nothing deeper than a key that already has a scalar value', () => {
    expect(contextOf('pilot:\n  autoscaleMax: 3\n    ‸')).toBeUndefined();
  });

  it('reads Windows line endings like Unix ones', () => {
    const context = contextOf(
      'pilot:\r\n  autoscaleMax: 3\r\n  ‸\r\nglobal:\r\n  logAsJson: true\r\n',
    );
    expect(context).toMatchObject({ path: ['pilot'], presentKeys: ['autoscaleMax'] });
  });

  it('stops at a document marker', () => {
    expect(contextOf('pilot:\n---\n  ‸')?.path).toEqual([]);
  });

  it('returns nothing for a position outside the document', () => {
    expect(cursorContextAt('pilot:\n', { line: 5, column: 1 })).toBeUndefined();
    expect(cursorContextAt('pilot:\n', { line: 0, column: 1 })).toBeUndefined();
  });
});

describe('cursorContextAt: tabs and comments', () => {
  it('takes a tab-indented line as a child of the line above', () => {
    expect(contextOf('pilot:\n\tauto‸')?.path).toEqual(['pilot']);
  });

  it('counts a tab up to the next tab stop of the editor', () => {
    const doc = 'pilot:\n    autoscaleMax: 3\n\t‸';
    expect(contextOf(doc, { tabSize: 4 })?.presentKeys).toEqual(['autoscaleMax']);
    expect(contextOf(doc, { tabSize: 2 })?.presentKeys).toEqual([]);
  });

  it('offers nothing inside a comment', () => {
    expect(contextOf('pilot:\n  # auto‸')).toBeUndefined();
    expect(contextOf('pilot: # the control ‸plane')).toBeUndefined();
  });

  it('skips comment lines and trailing comments when looking for the parent', () => {
    const context = contextOf('pilot: # control plane\n# a note\n    # indented note\n  ‸');
    expect(context?.path).toEqual(['pilot']);
  });

  it('offers a key when a comment follows the cursor', () => {
    expect(contextOf('pilot:\n  ‸ # todo')?.path).toEqual(['pilot']);
  });
});

describe('cursorContextAt: values', () => {
  it('recognises a value after `key: ` and what has been typed of it', () => {
    const context = contextOf('pilot:\n  autoscaleEnabled: tr‸');
    expect(context).toMatchObject({
      kind: 'value',
      path: ['pilot', 'autoscaleEnabled'],
      partial: 'tr',
      valueNeedsSpace: false,
    });
    expect(context?.range).toEqual({
      start: { line: 2, column: 21 },
      end: { line: 2, column: 23 },
    });
  });

  it('covers the whole written value so a choice replaces it, not its trailing comment', () => {
    const context = contextOf('meshConfig:\n  accessLogEncoding: T‸EXT  # keep\n');
    expect(context?.range).toEqual({
      start: { line: 2, column: 22 },
      end: { line: 2, column: 26 },
    });
  });

  it('notes that a value right after the colon needs a space in front', () => {
    expect(contextOf('global:\n  logAsJson:‸')).toMatchObject({
      kind: 'value',
      valueNeedsSpace: true,
    });
  });

  it('offers nothing inside block scalars, multi-line strings and flow collections', () => {
    expect(contextOf('pilot:\n  env:\n    A: |\n      some text\n      ‸')).toBeUndefined();
    expect(contextOf('global: some text\n  more‸')).toBeUndefined();
    expect(contextOf('pilot: {auto‸')).toBeUndefined();
    expect(contextOf('pilot:\n  env: |\n    ‸')).toBeUndefined();
  });
});

describe('cursorContextAt: sequences', () => {
  const providers =
    'meshConfig:\n  extensionProviders:\n  - name: a\n    zipkin:\n      service: x\n  - name: b\n';

  it('finds the item of a sequence written at its key’s indentation', () => {
    const context = contextOf(`${providers}    ‸`);
    expect(context).toMatchObject({
      path: ['meshConfig', 'extensionProviders', 1],
      presentKeys: ['name'],
    });
  });

  it('finds the item of an indented sequence and keys nested in an item', () => {
    const indented =
      'meshConfig:\n  extensionProviders:\n    - name: a\n      zipkin:\n        ‸\n    - name: b\n';
    expect(contextOf(indented)?.path).toEqual(['meshConfig', 'extensionProviders', 0, 'zipkin']);
  });

  it('treats the spot right after `- ` as the first key of a new item', () => {
    const context = contextOf(`${providers}  - ‸`);
    expect(context).toMatchObject({
      path: ['meshConfig', 'extensionProviders', 2],
      afterDash: true,
      presentKeys: [],
      column: 4,
    });
  });

  it('lists the keys written below the first key of an item', () => {
    const context = contextOf(
      'meshConfig:\n  extensionProviders:\n  - na‸\n    zipkin: {}\n  - name: b\n',
    );
    expect(context).toMatchObject({
      path: ['meshConfig', 'extensionProviders', 0],
      partial: 'na',
      afterDash: true,
      presentKeys: ['zipkin'],
    });
  });

  it('counts items of nested sequences', () => {
    expect(contextOf('a:\n- - x\n  - ‸')?.path).toEqual(['a', 0, 1]);
  });

  it('leaves a compact sequence of a sibling out of the key’s mapping', () => {
    const context = contextOf('envVarFrom:\n- name: a\n‸');
    expect(context).toMatchObject({ path: [], presentKeys: ['envVarFrom'] });
  });

  it('reads a value typed into an item’s key', () => {
    expect(contextOf(`${providers}  - name: c\n    zipkin:\n      port: 9‸`)).toMatchObject({
      kind: 'value',
      path: ['meshConfig', 'extensionProviders', 2, 'zipkin', 'port'],
    });
  });
});

describe('entryAt', () => {
  it('finds the key under the cursor with its range', () => {
    expect(entryOf('pilot:\n  autoscale‸Max: 3\n')).toEqual({
      path: ['pilot', 'autoscaleMax'],
      on: 'key',
      range: { start: { line: 2, column: 3 }, end: { line: 2, column: 15 } },
    });
  });

  it('gives the key’s path for a cursor on its value', () => {
    expect(entryOf('pilot:\n  autoscaleMax: ‸3\n')).toMatchObject({
      path: ['pilot', 'autoscaleMax'],
      on: 'value',
    });
  });

  it('finds keys of sequence items and scalar items', () => {
    expect(entryOf('e:\n  - name: a\n  - na‸me: b\n')?.path).toEqual(['e', 1, 'name']);
    expect(entryOf('ipFamilies:\n- IPv4\n- IP‸v6\n')).toMatchObject({
      path: ['ipFamilies', 1],
      on: 'item',
    });
  });

  it('finds nothing over whitespace, blank lines or comments', () => {
    expect(entryOf('pilot:\n ‸ autoscaleMax: 3\n')).toBeUndefined();
    expect(entryOf('pilot:\n  autoscaleMax: 3   ‸\n')).toBeUndefined();
    expect(entryOf('pilot:\n‸\n')).toBeUndefined();
    expect(entryOf('pilot: # con‸trol\n')).toBeUndefined();
  });
});
