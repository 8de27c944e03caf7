import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import type { Diagnostic } from '../../domain/schema/types';
import { useSailTranslation } from '../../utils/useSailTranslation';

// `params.expected` (the schema's kind) and `params.actual` (what the document has) in words.
const typeWord = (t: TFunction, word: string | number | undefined): string => {
  switch (word) {
    case 'object':
      return t('an object');
    case 'array':
      return t('a list');
    case 'string':
    case 'a string':
      return t('a string');
    case 'integer':
      return t('an integer');
    case 'number':
      return t('a number');
    case 'boolean':
      return t('a boolean');
    case 'int-or-string':
      return t('an integer or a string');
    case 'null':
      return t('null');
    case 'a scalar':
      return t('a single value');
    case 'an alias':
      return t('an alias');
    case 'a list':
      return t('a list');
    case 'non-finite number':
      return t('a number that JSON cannot hold');
    default:
      return t('any value');
  }
};

const boundText = (t: TFunction, d: Diagnostic): string => {
  const { limit, exclusive } = d.params;
  switch (d.code) {
    case 'minimum':
      return exclusive
        ? t('Must be greater than {{limit}}', { limit })
        : t('Must be at least {{limit}}', { limit });
    case 'maximum':
      return exclusive
        ? t('Must be less than {{limit}}', { limit })
        : t('Must be at most {{limit}}', { limit });
    case 'min-length':
      return t('Must be at least {{limit}} characters long', { limit });
    case 'max-length':
      return t('Must be at most {{limit}} characters long', { limit });
    case 'min-items':
      return t('Must have at least {{limit}} items', { limit });
    case 'max-items':
      return t('Must have at most {{limit}} items', { limit });
    case 'min-properties':
      return t('Must have at least {{limit}} keys', { limit });
    default:
      return t('Must have at most {{limit}} keys', { limit });
  }
};

/** The user-facing text of a diagnostic, built from its code and params (not its English message). */
export const diagnosticText = (t: TFunction, d: Diagnostic): string => {
  const p = d.params;
  if (p.source === 'server') {
    if (d.code === 'unknown-key') {
      return t('The API server rejects the unknown field "{{key}}"', { key: p.key });
    }
    return t('Rejected by the API server: {{message}}', { message: p.serverMessage ?? d.message });
  }
  switch (d.code) {
    case 'unknown-key':
      return p.mode === 'strict'
        ? t('Unknown field "{{key}}": the API server rejects it with strict field validation', {
            key: p.key,
          })
        : t('Unknown field "{{key}}": the API server silently drops it', { key: p.key });
    case 'type':
      return t('Expected {{expected}}, got {{actual}}', {
        expected: typeWord(t, p.expected),
        actual: typeWord(t, p.actual),
      });
    case 'enum':
      return t('Unsupported value "{{value}}": must be one of {{allowed}}', {
        value: p.value,
        allowed: p.allowed,
      });
    case 'required':
      return t('Missing required field "{{field}}"', { field: p.field });
    case 'pattern':
      return t('"{{value}}" does not match the pattern {{pattern}}', {
        value: p.value,
        pattern: p.pattern,
      });
    case 'format':
      return t('"{{value}}" is not a valid {{format}}', { value: p.value, format: p.format });
    case 'minimum':
    case 'maximum':
    case 'min-length':
    case 'max-length':
    case 'min-items':
    case 'max-items':
    case 'min-properties':
    case 'max-properties':
      return boundText(t, d);
    case 'duplicate-key':
      return t('The key "{{key}}" is written twice; only one is kept', { key: p.key });
    case 'non-string-key':
      return t('The key {{key}} is not a string', { key: p.key });
    case 'cel':
      return p.reason !== undefined
        ? t('The rule "{{rule}}" cannot be evaluated for these values: {{reason}}', {
            rule: p.rule,
            reason: p.reason,
          })
        : t('Validation rule failed: {{message}}', { message: d.message });
    case 'cel-unsupported':
      return t('The rule "{{rule}}" is checked by the API server only', { rule: p.rule });
    case 'too-deep':
      return t('Nested more than {{limit}} levels deep; deeper values are not checked', {
        limit: p.limit,
      });
    case 'alias-limit':
      return t('Aliases expand to more than {{limit}} values; the rest is not checked', {
        limit: p.limit,
      });
    case 'yaml-syntax':
      return p.alias !== undefined
        ? t('Unknown alias *{{alias}}', { alias: p.alias })
        : t('YAML syntax error: {{detail}}', { detail: d.message });
    default:
      return d.message;
  }
};

/** `diagnosticText` bound to the plugin's translations. */
export const useDiagnosticText = () => {
  const { t } = useSailTranslation();
  return useCallback((d: Diagnostic) => diagnosticText(t, d), [t]);
};
