import type { Node as YamlNode } from 'yaml';
import type { JSONSchemaProps } from '../../k8s/types';
import { evaluateRule, toCelValue, type RuleOutcome, type CelInput } from './celRules';
import type { NodeInfo, ValidationRule } from './schemaIndex';
import type { Range } from './types';
import { childPath, rangeIn, report, type WalkState } from './walkState';
import { findNodeAt } from './yamlSource';

/** `.a.b` or `.a['b']` in a rule's fieldPath, as keys. */
const fieldPathKeys = (fieldPath: string): string[] | undefined => {
  const keys: string[] = [];
  const part = /\.([A-Za-z0-9_\-/]+)|\['([^']*)'\]/y;
  let at = 0;
  while (at < fieldPath.length) {
    part.lastIndex = at;
    const match = part.exec(fieldPath);
    if (!match) return undefined;
    keys.push(match[1] ?? match[2]);
    at = part.lastIndex;
  }
  return keys;
};

type RuleTarget = { node: YamlNode | null | undefined; path: string; range: Range };

/** Where a failed rule is shown: its fieldPath when the document has it, else the object itself. */
const targetOf = (state: WalkState, rule: ValidationRule, at: RuleTarget): RuleTarget => {
  const keys = rule.fieldPath ? fieldPathKeys(rule.fieldPath) : undefined;
  if (!keys || keys.length === 0) return at;
  const node = findNodeAt(at.node, keys);
  if (!node) return at;
  return { node, path: keys.reduce(childPath, at.path), range: rangeIn(state, node) };
};

/** Reports the outcome of one rule; failures are errors, rules this editor cannot run are info. */
export const reportRuleOutcome = (
  state: WalkState,
  rule: ValidationRule,
  outcome: RuleOutcome,
  target: RuleTarget,
): void => {
  const params = { rule: rule.rule };
  switch (outcome.status) {
    case 'pass':
      return;
    case 'fail':
      report(state, target.path, target.range, 'error', {
        code: 'cel',
        message: outcome.message,
        params,
      });
      return;
    case 'error':
      report(state, target.path, target.range, 'warning', {
        code: 'cel',
        message: `The rule "${rule.rule}" cannot be evaluated for these values: ${outcome.reason}`,
        params: { ...params, reason: outcome.reason },
      });
      return;
    case 'unsupported':
      if (state.unsupportedRules.has(rule.rule)) return;
      state.unsupportedRules.add(rule.rule);
      report(state, target.path, target.range, 'info', {
        code: 'cel-unsupported',
        message: `The rule "${rule.rule}" is checked by the API server only: ${outcome.reason}`,
        params: { ...params, reason: outcome.reason },
      });
  }
};

/**
 * Runs the `x-kubernetes-validations` rules declared on one schema node against `self`, the value
 * the server would see there (unknown keys pruned). Transition rules need the stored value: they run
 * on update only, where the old document has this node.
 */
export const checkNodeRules = (
  state: WalkState,
  schema: JSONSchemaProps,
  info: NodeInfo,
  self: CelInput,
  oldValue: unknown,
  at: { node: YamlNode | null | undefined; path: string },
): void => {
  let oldSelf: CelInput | undefined;
  for (const rule of info.rules) {
    if (rule.usesOldSelf && (state.operation !== 'update' || oldValue === undefined)) continue;
    if (rule.usesOldSelf) oldSelf ??= toCelValue(oldValue, schema);
    const outcome = evaluateRule(rule, self, rule.usesOldSelf ? oldSelf : undefined);
    if (outcome.status === 'pass') continue;
    const target = targetOf(state, rule, { ...at, range: rangeIn(state, at.node) });
    reportRuleOutcome(state, rule, outcome, target);
  }
};
