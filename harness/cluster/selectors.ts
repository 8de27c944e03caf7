import type { KubeObject } from './types';
import { isObject } from './types';

/** labelSelector and fieldSelector parsing and matching, with the fields each kind supports. */

export type Matcher = (object: KubeObject) => boolean;

const splitTerms = (selector: string): string[] => {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      terms.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim()) terms.push(current.trim());
  return terms.filter(Boolean);
};

const labelTerm = (term: string): Matcher | string => {
  const set = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
  if (set) {
    const [, key, op, list] = set;
    const values = list.split(',').map((v) => v.trim());
    return (o) => {
      const value = o.metadata.labels?.[key];
      return op === 'in'
        ? value !== undefined && values.includes(value)
        : value === undefined || !values.includes(value);
    };
  }
  const cmp = /^([\w./-]+)\s*(==|=|!=)\s*([\w./-]*)$/.exec(term);
  if (cmp) {
    const [, key, op, value] = cmp;
    return (o) =>
      op === '!=' ? o.metadata.labels?.[key] !== value : o.metadata.labels?.[key] === value;
  }
  const exists = /^(!?)([\w./-]+)$/.exec(term);
  if (exists) {
    const [, not, key] = exists;
    return (o) => (o.metadata.labels?.[key] !== undefined) !== (not === '!');
  }
  return `unable to parse requirement: ${term}`;
};

/** A matcher for a labelSelector, or an error message worded like the API server's. */
export const parseLabelSelector = (selector: string | null): Matcher | string => {
  const matchers: Matcher[] = [];
  for (const term of splitTerms(selector ?? '')) {
    const matcher = labelTerm(term);
    if (typeof matcher === 'string') return matcher;
    matchers.push(matcher);
  }
  return (o) => matchers.every((m) => m(o));
};

const EVENT_FIELDS = [
  'involvedObject.kind',
  'involvedObject.namespace',
  'involvedObject.name',
  'involvedObject.uid',
  'involvedObject.apiVersion',
  'involvedObject.resourceVersion',
  'involvedObject.fieldPath',
  'reason',
  'reportingComponent',
  'source',
  'type',
];

/** Field selectors allowed for a resource, as the real API server restricts them. */
export const supportedFields = (group: string, plural: string): string[] => {
  const common = ['metadata.name', 'metadata.namespace'];
  if (group === '' && plural === 'events') return [...common, ...EVENT_FIELDS];
  if (group === '' && plural === 'namespaces') return [...common, 'status.phase'];
  return common;
};

const fieldValue = (object: KubeObject, path: string): string => {
  if (path === 'source') {
    const source = object.source;
    return isObject(source) && typeof source.component === 'string' ? source.component : '';
  }
  let node: unknown = object;
  for (const part of path.split('.')) node = isObject(node) ? node[part] : undefined;
  return node === undefined || node === null ? '' : String(node);
};

export const parseFieldSelector = (
  selector: string | null,
  allowed: string[],
): Matcher | string => {
  const matchers: Matcher[] = [];
  for (const term of splitTerms(selector ?? '')) {
    const m = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/.exec(term);
    if (!m) return `invalid selector: '${selector}'; can't understand '${term}'`;
    const [, field, op, value] = m;
    if (!allowed.includes(field)) return `field label not supported: ${field}`;
    matchers.push((o) => (op === '!=') !== (fieldValue(o, field) === value));
  }
  return (o) => matchers.every((m) => m(o));
};
