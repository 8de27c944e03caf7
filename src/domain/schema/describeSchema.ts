import { parseDocument } from 'yaml';
import type { JSONSchemaProps } from '../../k8s/types';

const isIntOrString = (node: JSONSchemaProps): boolean =>
  node['x-kubernetes-int-or-string'] === true ||
  (node.anyOf?.length === 2 &&
    node.anyOf.some((s) => s.type === 'integer') &&
    node.anyOf.some((s) => s.type === 'string'));

/** How a node is written in YAML: a nested mapping, a `- ` list, or a scalar on the key's line. */
export const nodeShape = (node: JSONSchemaProps | undefined): 'object' | 'array' | 'scalar' => {
  if (!node || isIntOrString(node)) return 'scalar';
  if (node.type === 'array') return 'array';
  if (
    node.type === 'object' ||
    node.properties ||
    node.additionalProperties ||
    node['x-kubernetes-preserve-unknown-fields']
  ) {
    return 'object';
  }
  return 'scalar';
};

/** A short type for display: 'boolean', 'integer | string', 'array of object', 'map of string'. */
export const displayType = (node: JSONSchemaProps | undefined): string => {
  if (!node) return 'any';
  if (isIntOrString(node)) return 'integer | string';
  if (node.anyOf?.length) return [...new Set(node.anyOf.map(displayType))].join(' | ');
  if (node.type === 'array') return node.items ? `array of ${displayType(node.items)}` : 'array';
  if (nodeShape(node) === 'object') {
    const values = node.additionalProperties;
    const hasProperties = Object.keys(node.properties ?? {}).length > 0;
    return !hasProperties && typeof values === 'object'
      ? `map of ${displayType(values)}`
      : 'object';
  }
  return node.type ?? 'any';
};

// Abbreviations whose period does not end a sentence; "etc." does when a capital follows.
const ABBREVIATION = /(^|[\s(])(e\.g|i\.e|vs|approx|incl)$/i;
const ETC = /(^|[\s(])etc$/i;
// Leading one-word annotations upstream puts before the actual sentence: "REQUIRED. Specifies …".
const ANNOTATION = /^(required|optional|deprecated)\.\s+(?=\S)/i;

const endsSentence = (text: string, at: number): boolean => {
  const next = text[at + 2];
  if (at + 1 < text.length && text[at + 1] !== ' ') return false;
  const before = text.slice(0, at);
  if (ABBREVIATION.test(before)) return false;
  return !ETC.test(before) || next === undefined || next !== next.toLowerCase();
};

/** The description's first sentence, for one-line documentation in completion lists. */
export const firstSentence = (description: string | undefined): string => {
  if (!description) return '';
  const paragraph = description
    .trim()
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, ' ');
  const text = paragraph.replace(ANNOTATION, '');
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth += 1;
    else if ((ch === ')' || ch === ']') && depth > 0) depth -= 1;
    else if (ch === '.' && depth === 0 && endsSentence(text, i)) return text.slice(0, i + 1);
  }
  return text;
};

/** Upstream marks retired fields with a line or sentence that starts "Deprecated". */
export const isDeprecated = (description: string | undefined): boolean =>
  !!description && /(^|\n|\.\s+)\s*(note:\s*)?deprecated\b/i.test(description);

// Kubernetes reads YAML with 1.1 rules (yes/no/on/off are booleans), the editor with 1.2 rules.
const readsBackAs = (text: string, version: '1.1' | '1.2'): unknown => {
  const doc = parseDocument(text, { version });
  return doc.errors.length ? undefined : doc.toJS();
};

/** A value as it must be typed in YAML: strings quoted when they would read as something else. */
export const yamlScalarText = (value: unknown): string => {
  if (typeof value !== 'string') return JSON.stringify(value) ?? 'null';
  const plain = value === value.trim() && value !== '';
  if (plain && readsBackAs(value, '1.2') === value && readsBackAs(value, '1.1') === value) {
    return value;
  }
  return JSON.stringify(value);
};
