import type { JSONSchemaProps } from '../../k8s/types';
import {
  displayType,
  firstSentence,
  isDeprecated,
  nodeShape,
  yamlScalarText,
} from './describeSchema';
import { schemaAtPath } from './schemaAtPath';
import type { Position, Range } from './types';
import type { CursorContext, CursorOptions } from './yamlCursor';
import { cursorContextAt } from './yamlCursor';

export type CompletionItem = {
  label: string;
  kind: 'property' | 'value';
  /** Short display type, e.g. 'boolean', 'integer | string', 'array of object'. */
  type: string;
  detail: string;
  /** First sentence of the description. */
  documentation: string;
  /**
   * Text to insert over the result's range. Continuation lines carry their full indentation,
   * so the editor must insert it as is (Monaco: `CompletionItemInsertTextRule.KeepWhitespace`).
   */
  insertText: string;
  /** Keeps our order in editors that sort by it. */
  sortText: string;
  deprecated?: boolean;
  /** The schema's default for this value. */
  isDefault?: boolean;
};

export type CompletionResult = {
  items: CompletionItem[];
  /** What was typed at the cursor: the text a chosen item replaces. */
  range: Range;
};

const spaces = (count: number): string => ' '.repeat(Math.max(0, count));

/** `key: ` for a scalar, `key:` + an indented new line for a mapping, and a `- ` for a list. */
export const keyInsertText = (
  key: string,
  node: JSONSchemaProps | undefined,
  column: number,
): string => {
  const shape = nodeShape(node);
  if (shape === 'object') return `${key}:\n${spaces(column + 2)}`;
  if (shape === 'array') return `${key}:\n${spaces(column + 2)}- `;
  return `${key}: `;
};

const startsWithCaseless = (text: string, prefix: string): boolean =>
  text.toLowerCase().startsWith(prefix.toLowerCase());

const withSortText = (items: CompletionItem[]): CompletionItem[] =>
  items.map((item, index) => ({ ...item, sortText: String(index).padStart(5, '0') }));

const keyItems = (node: JSONSchemaProps, context: CursorContext): CompletionItem[] => {
  const present = new Set(context.presentKeys);
  const items = Object.entries(node.properties ?? {})
    .filter(([key]) => !present.has(key))
    .map(([key, child]): CompletionItem => {
      const type = displayType(child);
      const deprecated = isDeprecated(child.description);
      return {
        label: key,
        kind: 'property',
        type,
        detail: child.default === undefined ? type : `${type} = ${yamlScalarText(child.default)}`,
        documentation: firstSentence(child.description),
        insertText: context.keyHasColon ? key : keyInsertText(key, child, context.column),
        sortText: '',
        ...(deprecated ? { deprecated } : {}),
      };
    });
  const rank = (item: CompletionItem): number =>
    (startsWithCaseless(item.label, context.partial) ? 0 : 2) + (item.deprecated ? 1 : 0);
  items.sort((a, b) => rank(a) - rank(b) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return withSortText(items);
};

const valueCandidates = (node: JSONSchemaProps): unknown[] => {
  const values: unknown[] = node.enum
    ? [...node.enum]
    : node.type === 'boolean'
      ? [true, false]
      : [];
  const isScalarDefault = node.default !== undefined && typeof node.default !== 'object';
  if (isScalarDefault && !values.includes(node.default)) values.unshift(node.default);
  return values;
};

const valueItems = (node: JSONSchemaProps, context: CursorContext): CompletionItem[] => {
  const typed = context.partial.replace(/^["']/, '');
  const type = displayType(node);
  const items = valueCandidates(node).map((value): CompletionItem => {
    const isDefault = node.default !== undefined && value === node.default;
    const text = yamlScalarText(value);
    return {
      label: typeof value === 'string' ? value : text,
      kind: 'value',
      type,
      detail: isDefault ? `${type} (default)` : type,
      documentation: '',
      insertText: context.valueNeedsSpace ? ` ${text}` : text,
      sortText: '',
      ...(isDefault ? { isDefault } : {}),
    };
  });
  const rank = (item: CompletionItem): number => (startsWithCaseless(item.label, typed) ? 0 : 1);
  // Stable sort: enum order is kept within each group.
  items.sort((a, b) => rank(a) - rank(b));
  return withSortText(items);
};

/**
 * Suggestions at a position of a values document: the keys the schema allows and that are not
 * written yet at a key, the enum or boolean values at a value. Empty where the schema knows
 * nothing (unknown keys, free-form objects, maps with arbitrary keys, comments).
 */
export const completionsAt = (
  text: string,
  position: Position,
  schema: JSONSchemaProps,
  options?: CursorOptions,
): CompletionResult => {
  const context = cursorContextAt(text, position, options);
  if (!context) return { items: [], range: { start: position, end: position } };
  const node = schemaAtPath(schema, context.path);
  let items: CompletionItem[] = [];
  if (node && context.kind === 'key' && nodeShape(node) === 'object') {
    items = keyItems(node, context);
  } else if (node && (context.kind === 'value' || context.afterDash)) {
    items = nodeShape(node) === 'scalar' ? valueItems(node, context) : [];
  }
  return { items, range: context.range };
};
