import type { JSONSchemaProps } from '../../k8s/types';

export type ValuesPath = (string | number)[];

/** The child schema that governs `key` under an object node, or undefined when unknown. */
export const childSchema = (
  node: JSONSchemaProps | undefined,
  key: string | number,
): JSONSchemaProps | undefined => {
  if (!node) return undefined;
  if (typeof key === 'number') return node.items;
  const named = node.properties?.[key];
  if (named) return named;
  return typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
};

/** Walks a values schema along a path of object keys and array indexes. */
export const schemaAtPath = (
  root: JSONSchemaProps | undefined,
  path: ValuesPath,
): JSONSchemaProps | undefined =>
  path.reduce<JSONSchemaProps | undefined>((node, key) => childSchema(node, key), root);
