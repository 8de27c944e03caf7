import type { JSONSchemaProps } from '../../k8s/types';
import { formatValuesPath } from '../valuesPath';
import { displayType, isDeprecated } from './describeSchema';
import { schemaAtPath } from './schemaAtPath';
import type { Position, Range } from './types';
import type { CursorOptions } from './yamlCursor';
import { entryAt } from './yamlCursor';

export type HoverInfo = {
  /** Dotted path with [i] for items, e.g. `pilot.env[0].name`. */
  path: string;
  type: string;
  /** The full description; '' when the schema has none. */
  description: string;
  enum?: unknown[];
  default?: unknown;
  deprecated?: boolean;
  /** The hovered key (or scalar item) in the document. */
  range: Range;
};

/** What the schema says about the key or value under the cursor; undefined where it knows nothing. */
export const hoverAt = (
  text: string,
  position: Position,
  schema: JSONSchemaProps,
  options?: CursorOptions,
): HoverInfo | undefined => {
  const entry = entryAt(text, position, options);
  if (!entry) return undefined;
  const node = schemaAtPath(schema, entry.path);
  if (!node) return undefined;
  return {
    path: formatValuesPath(entry.path),
    type: displayType(node),
    description: node.description ?? '',
    ...(node.enum ? { enum: node.enum } : {}),
    ...(node.default !== undefined ? { default: node.default } : {}),
    ...(isDeprecated(node.description) ? { deprecated: true } : {}),
    range: entry.range,
  };
};
