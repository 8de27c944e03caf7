import { isScalar, type Node as YamlNode, type YAMLSeq } from 'yaml';
import type { JSONSchemaProps } from '../../k8s/types';
import type { Issue } from './scalarRules';
import { findNodeAt } from './yamlSource';

const scalarKey = (node: unknown): string | undefined =>
  isScalar(node) ? JSON.stringify(node.value) : undefined;

/** The identity of one item: the item itself in a set, its key fields (or their defaults) in a map. */
const identityOf = (schema: JSONSchemaProps, item: unknown): string | undefined => {
  if (schema['x-kubernetes-list-type'] === 'set') return scalarKey(item);
  const keys = schema['x-kubernetes-list-map-keys'] ?? [];
  const parts = keys.map((key) => {
    const given = scalarKey(findNodeAt(item, [key]));
    const fallback = schema.items?.properties?.[key]?.default;
    return given ?? (fallback !== undefined ? JSON.stringify(fallback) : 'null');
  });
  return keys.length > 0 ? parts.join(',') : undefined;
};

/**
 * Items the server rejects as duplicates: equal values in an `x-kubernetes-list-type: set` list, or
 * equal key fields in a `map` list. One finding per repeated item, keyed by its index.
 */
export const duplicateItems = (
  schema: JSONSchemaProps,
  node: YAMLSeq,
): { index: number; item: YamlNode; issue: Issue }[] => {
  const listSchema = schema as JSONSchemaProps;
  const listType = listSchema['x-kubernetes-list-type'];
  if (listType !== 'set' && listType !== 'map') return [];
  const seen = new Set<string>();
  const found: { index: number; item: YamlNode; issue: Issue }[] = [];
  node.items.forEach((item, index) => {
    const identity = identityOf(listSchema, item);
    if (identity === undefined) return;
    if (seen.has(identity)) {
      const keys = listSchema['x-kubernetes-list-map-keys'] ?? [];
      found.push({
        index,
        item: item as YamlNode,
        issue: {
          code: 'duplicate-item',
          message:
            listType === 'set'
              ? `Duplicate value ${identity}: this list is a set`
              : `Duplicate item: another item has the same ${keys.join(', ')} (${identity})`,
          params: { listType, identity },
        },
      });
    }
    seen.add(identity);
  });
  return found;
};
