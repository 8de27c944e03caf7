/** @jest-environment node */
import type { JSONSchemaProps } from '../../k8s/types';
import { diagnoseValues } from './diagnoseValues';

const schema: JSONSchemaProps = {
  type: 'object',
  properties: {
    pilot: {
      type: 'object',
      properties: { enabled: { type: 'boolean' }, replicaCount: { type: 'integer' } },
    },
    global: { type: 'object', properties: { hub: { type: 'string' }, tag: { type: 'string' } } },
    experimental: { 'x-kubernetes-preserve-unknown-fields': true },
  },
};

const diagnose = (text: string) => diagnoseValues(text, schema, { unknownKeys: 'warn' });

describe('diagnoseValues on the YAML itself', () => {
  it('finds nothing in empty text or a document of comments', () => {
    expect(diagnose('')).toEqual([]);
    expect(diagnose('  \n\n')).toEqual([]);
    expect(diagnose('# values go here\n')).toEqual([]);
  });

  it('reports every syntax error with its range, and nothing else', () => {
    const found = diagnose('pilot:\n  enabled: [true\nglobal: {hub: x\n');
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.every((d) => d.code === 'yaml-syntax' && d.severity === 'error')).toBe(true);
    expect(found[0].range.start.line).toBeGreaterThanOrEqual(2);
  });

  it('points a tab indentation error at the tab', () => {
    const [tab] = diagnose('pilot:\n\tenabled: true\n');
    expect(tab).toMatchObject({ code: 'yaml-syntax', range: { start: { line: 2, column: 1 } } });
  });

  it('rejects a second document in the values', () => {
    expect(diagnose('pilot: {}\n---\nglobal: {}\n').map((d) => d.code)).toContain('yaml-syntax');
  });

  it('reports a duplicate key on the second occurrence', () => {
    const found = diagnose('pilot:\n  enabled: true\n  enabled: false\n');
    expect(found).toEqual([
      expect.objectContaining({
        code: 'duplicate-key',
        severity: 'error',
        path: 'pilot.enabled',
        range: { start: { line: 3, column: 3 }, end: { line: 3, column: 10 } },
      }),
    ]);
  });

  it('reports a duplicate key even when the first one is empty', () => {
    const found = diagnose('pilot:\n  enabled:\n  enabled: true\n');
    expect(found.map((d) => [d.code, d.path])).toEqual([['duplicate-key', 'pilot.enabled']]);
  });

  it('rejects keys that YAML reads as numbers, booleans, null or lists', () => {
    const found = diagnose('1: a\ntrue: b\n~: c\n? [x]\n: d\n');
    expect(found.map((d) => d.code)).toEqual([
      'non-string-key',
      'non-string-key',
      'non-string-key',
      'non-string-key',
    ]);
    expect(found[0].range.start).toEqual({ line: 1, column: 1 });
  });

  it('accepts a quoted key that looks like a number', () => {
    expect(diagnose('experimental:\n  "1": a\n')).toEqual([]);
  });

  it('requires the document to be a mapping', () => {
    expect(diagnose('just text')).toEqual([
      expect.objectContaining({
        code: 'type',
        path: '',
        params: expect.objectContaining({ actual: 'a string' }),
      }),
    ]);
    expect(diagnose('- a\n- b\n')).toEqual([
      expect.objectContaining({
        code: 'type',
        path: '',
        params: expect.objectContaining({ actual: 'a list' }),
      }),
    ]);
  });

  it('treats an explicit null document as empty values', () => {
    expect(diagnose('~\n')).toEqual([]);
  });

  it('checks a value reached through an alias and points at the alias', () => {
    const found = diagnose('experimental:\n  base: &b {enabled: "no"}\npilot: *b\n');
    expect(found).toEqual([
      expect.objectContaining({
        code: 'type',
        path: 'pilot.enabled',
        range: { start: { line: 3, column: 8 }, end: { line: 3, column: 10 } },
      }),
    ]);
  });

  it('reads an aliased key as the name it refers to', () => {
    const found = diagnose('experimental:\n  &k enabled: x\npilot: {*k : "yes"}\n');
    expect(found).toEqual([expect.objectContaining({ code: 'type', path: 'pilot.enabled' })]);
  });

  it('stops expanding aliases of an entity-expansion document', () => {
    const lines = [
      'experimental:',
      '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ];
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
      ['g', 'f'],
      ['h', 'g'],
      ['i', 'h'],
    ]) {
      lines.push(`  ${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    const found = diagnose(lines.join('\n'));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(found.filter((d) => d.code === 'alias-limit')).toHaveLength(1);
  });

  it('stays within its depth limit on 200 levels of nesting', () => {
    let text = 'experimental:\n';
    for (let i = 0; i < 200; i += 1) text += `${'  '.repeat(i + 1)}k${i}:\n`;
    text += `${'  '.repeat(201)}leaf\n`;
    const found = diagnose(text);
    expect(found).toEqual([expect.objectContaining({ code: 'too-deep', severity: 'warning' })]);
  });

  it('stops at its depth limit in 500 nested flow lists', () => {
    const text = `experimental: ${'['.repeat(500)}${']'.repeat(500)}`;
    expect(diagnose(text)).toEqual([expect.objectContaining({ code: 'too-deep' })]);
  });

  it('reports thousands of nested flow lists as too much for the parser, without overflowing', () => {
    const text = `experimental: ${'['.repeat(3000)}${']'.repeat(3000)}`;
    const found = diagnose(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d.code === 'yaml-syntax')).toBe(true);
    expect(found[0].params.parserCode).toBe('RESOURCE_EXHAUSTION');
  }, 30_000);

  it('diagnoses a 1 MB document', () => {
    const block = Array.from({ length: 100 }, (_, i) => `  key${i}: "${'x'.repeat(90)}"`).join(
      '\n',
    );
    let text = '';
    let blocks = 0;
    for (; text.length < 1_000_000; blocks += 1) text += `extra${blocks}:\n${block}\n`;
    const found = diagnose(text);
    expect(found).toHaveLength(blocks);
    expect(found.every((d) => d.code === 'unknown-key')).toBe(true);
  }, 30_000);
});
