import type { JSONSchemaProps } from '../../k8s/types';
import { evaluateRule, toCelValue, unescapeCelName, type CelInput } from './celRules';
import { reportRuleOutcome } from './nodeRules';
import { nodeInfo, type ValidationRule } from './schemaIndex';
import { rangeIn, type WalkState } from './walkState';
import { findNodeAt } from './yamlSource';

export type SpecFields = Record<string, unknown>;

/** The spec fields as the server validates them: the given ones, defaults for absent ones. */
const specWithDefaults = (
  schema: JSONSchemaProps,
  fields: SpecFields | undefined,
): Record<string, unknown> => {
  const spec: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (property.default !== undefined) spec[name] = property.default;
  }
  for (const [name, value] of Object.entries(fields ?? {})) {
    if (value !== undefined && value !== null) spec[name] = value;
  }
  return spec;
};

const VALUES_REFERENCE = /self\.values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/g;

/**
 * A spec rule has no node of its own in the values text. It is shown on the deepest values field
 * the rule reads that the document has (`global.istioNamespace` for the namespace rule), or on
 * the whole document.
 */
const targetOf = (state: WalkState, rule: ValidationRule) => {
  const root = state.source.doc.contents;
  let best: { keys: string[] } | undefined;
  for (const match of rule.rule.matchAll(VALUES_REFERENCE)) {
    const keys = match[1].slice(1).split('.').map(unescapeCelName);
    for (let length = keys.length; length > (best?.keys.length ?? 0); length -= 1) {
      if (findNodeAt(root, keys.slice(0, length))) {
        best = { keys: keys.slice(0, length) };
        break;
      }
    }
  }
  const node = best ? findNodeAt(root, best.keys) : root;
  return { node, path: best ? best.keys.join('.') : '', range: rangeIn(state, node) };
};

/** Runs the rules written on `.spec` itself, which read the values together with other fields. */
export const checkSpecRules = (
  state: WalkState,
  specSchema: JSONSchemaProps,
  values: CelInput | undefined,
  fields: SpecFields | undefined,
  oldFields: SpecFields | undefined,
): void => {
  const info = nodeInfo(state.index, specSchema);
  if (info.rules.length === 0) return;
  const others = specWithDefaults(specSchema, fields);
  delete others.values;
  const self = toCelValue(others, specSchema) as Map<string, CelInput>;
  // The values were walked into CEL form already, with what the server would prune left out.
  if (values !== undefined) self.set('values', values);
  const oldSelf =
    state.operation === 'update' && oldFields
      ? toCelValue(specWithDefaults(specSchema, oldFields), specSchema)
      : undefined;
  for (const rule of info.rules) {
    if (rule.usesOldSelf && oldSelf === undefined) continue;
    const outcome = evaluateRule(rule, self, rule.usesOldSelf ? oldSelf : undefined);
    if (outcome.status !== 'pass') reportRuleOutcome(state, rule, outcome, targetOf(state, rule));
  }
};
