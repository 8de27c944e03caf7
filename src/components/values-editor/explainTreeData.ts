import type { ExplainNode } from '../../domain/schema/explainSchema';

export type ExplainTreeItem = { node: ExplainNode; children?: ExplainTreeItem[] };

/** The flat, depth-first explain list as a tree: each node's parent is the last one a level up. */
export const nestExplainNodes = (nodes: ExplainNode[]): ExplainTreeItem[] => {
  const roots: ExplainTreeItem[] = [];
  const stack: ExplainTreeItem[] = [];
  for (const node of nodes) {
    const item: ExplainTreeItem = { node };
    stack.length = node.depth;
    const parent = stack[node.depth - 1];
    if (parent) (parent.children ??= []).push(item);
    else roots.push(item);
    stack[node.depth] = item;
  }
  return roots;
};
