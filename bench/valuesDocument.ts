/* Builds a realistic values document of a given length from a values schema, for benchmarks. */
import type { JSONSchemaProps } from '../src/k8s/types';

const MAX_DEPTH = 6;

/** Names an "at most one of" rule lets through: only the first of each exclusive group. */
const excludedByRules = (schema: JSONSchemaProps): Set<string> => {
  const excluded = new Set<string>();
  for (const { rule } of schema['x-kubernetes-validations'] ?? []) {
    if (!/<=\s*1\s*$/.test(rule)) continue;
    const names = [...rule.matchAll(/has\(self\.(\w+)\)/g)].map((m) => m[1]);
    names.slice(1).forEach((name) => excluded.add(name));
  }
  return excluded;
};

const scalarFor = (name: string, schema: JSONSchemaProps, n: number): string => {
  if (schema.enum?.length) return String(schema.enum[0]);
  if (schema['x-kubernetes-int-or-string']) return schema.pattern ? '100m' : '"25%"';
  switch (schema.type) {
    case 'boolean':
      return n % 2 ? 'true' : 'false';
    case 'integer':
      return String(Math.max(schema.minimum ?? 1, 1) + (n % 5));
    case 'number':
      return '0.5';
    default:
      if (schema.pattern) return '100m';
      return name.endsWith('Namespace') ? 'istio-system' : `value-${n}`;
  }
};

const generate = (root: JSONSchemaProps, lineCount: number, perObject: number): string[] => {
  const lines: string[] = [];
  const full = () => lines.length >= lineCount;

  const emitObject = (schema: JSONSchemaProps, indent: string, depth: number): void => {
    const excluded = excludedByRules(schema);
    const required = new Set(schema.required ?? []);
    const names = Object.keys(schema.properties ?? {})
      .filter((name) => !excluded.has(name))
      .sort((a, b) => Number(required.has(b)) - Number(required.has(a)))
      .slice(0, Math.max(perObject, required.size));
    for (const name of names) {
      if (full() && !required.has(name)) return;
      emitProperty(name, (schema.properties ?? {})[name], indent, depth);
    }
    const mapValues = schema.additionalProperties;
    if (typeof mapValues === 'object' && names.length === 0) {
      for (const key of ['cpu', 'memory']) emitProperty(key, mapValues, indent, depth);
    }
  };

  const emitProperty = (name: string, schema: JSONSchemaProps, indent: string, depth: number) => {
    if (schema['x-kubernetes-preserve-unknown-fields'] && !schema.type) return;
    const isObject = schema.type === 'object';
    if ((isObject || schema.type === 'array') && depth >= MAX_DEPTH && !schema.required) return;
    if (isObject) {
      lines.push(`${indent}${name}:`);
      const before = lines.length;
      emitObject(schema, `${indent}  `, depth + 1);
      if (lines.length === before) lines[lines.length - 1] += ' {}';
    } else if (schema.type === 'array') {
      const items = schema.items ?? {};
      lines.push(`${indent}${name}:`);
      if (items.type === 'object') {
        lines.push(
          `${indent}- ${Object.keys(items.properties ?? {}).length ? '' : '{}'}`.trimEnd(),
        );
        const at = lines.length - 1;
        const before = lines.length;
        emitObject(items, `${indent}  `, depth + 1);
        // Put the first key on the dash line, as people write it.
        if (lines.length > before) {
          lines[at] = `${indent}- ${lines[before].trimStart()}`;
          lines.splice(before, 1);
        } else lines[at] = `${indent}- {}`;
      } else {
        for (let i = 0; i < 2; i += 1) lines.push(`${indent}- ${scalarFor(name, items, i)}`);
      }
    } else {
      lines.push(`${indent}${name}: ${scalarFor(name, schema, lines.length)}`);
    }
  };

  emitObject(root, '', 0);
  return lines;
};

/** Spreads `lineCount` lines over every section, as a real document is, rather than one deep dive. */
export const generateValuesDocument = (root: JSONSchemaProps, lineCount: number): string => {
  let lines: string[] = [];
  for (let perObject = 4; perObject <= 200 && lines.length < lineCount; perObject += 2) {
    lines = generate(root, lineCount, perObject);
  }
  return `${lines.join('\n')}\n`;
};

/** Swaps two letters in every `every`-th scalar key, the typos a values editor is there to catch. */
export const addTypos = (text: string, every: number): string => {
  let eligible = 0;
  return text
    .split('\n')
    .map((line) => {
      const match = /^(\s*)([a-zA-Z]{6,}): (\S+)$/.exec(line);
      if (!match) return line;
      eligible += 1;
      if (eligible % every !== 0) return line;
      const key = match[2];
      return `${match[1]}${key.slice(0, 3)}${key[4]}${key[3]}${key.slice(5)}: ${match[3]}`;
    })
    .join('\n');
};
