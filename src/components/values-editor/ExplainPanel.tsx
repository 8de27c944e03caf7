import { Content, SearchInput, TreeView, type TreeViewDataItem } from '@patternfly/react-core';
import { useMemo, useState, type FC } from 'react';
import { explainTree, searchSchema, type ExplainNode } from '../../domain/schema/explainSchema';
import type { JSONSchemaProps } from '../../k8s/types';
import { useSailTranslation } from '../../utils/useSailTranslation';
import { ExplainDetails } from './ExplainDetails';
import { nestExplainNodes, type ExplainTreeItem } from './explainTreeData';

type ExplainPanelProps = {
  schema?: JSONSchemaProps;
  /** Adds the node's keys to the document; returns why not, when it cannot. */
  onInsert?: (node: ExplainNode) => string | undefined;
};

const label = (node: ExplainNode, showPath: boolean) => (
  <span className="sail-values-explain__node">
    <span>{showPath ? node.path : node.name}</span>{' '}
    <span className="sail-values-explain__type">{node.type}</span>
  </span>
);

const toTreeData = (items: ExplainTreeItem[]): TreeViewDataItem[] =>
  items.map(({ node, children }) => ({
    id: node.path,
    name: label(node, false),
    title: undefined,
    ...(children ? { children: toTreeData(children) } : {}),
  }));

/** The browser twin of `oc explain istio.spec.values`: a searchable tree of the values schema. */
export const ExplainPanel: FC<ExplainPanelProps> = ({ schema, onInsert }) => {
  const { t } = useSailTranslation();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<ExplainNode>();
  const [notice, setNotice] = useState<string>();
  const nodes = useMemo(() => (schema ? explainTree(schema) : []), [schema]);
  const byPath = useMemo(() => new Map(nodes.map((n) => [n.path, n])), [nodes]);
  const tree = useMemo(() => toTreeData(nestExplainNodes(nodes)), [nodes]);
  const results = useMemo(
    () =>
      schema && query.trim()
        ? searchSchema(schema, query).map((node) => ({ id: node.path, name: label(node, true) }))
        : undefined,
    [schema, query],
  );

  if (!schema) {
    return (
      <Content component="p">
        {t('The schema is unavailable, so there is nothing to explain.')}
      </Content>
    );
  }
  const data = results ?? tree;
  const active = selected ? data.filter((item) => item.id === selected.path) : [];

  return (
    <div className="sail-values-explain">
      <SearchInput
        aria-label={t('Search the values schema')}
        placeholder={t('Search fields, e.g. accessLogFile')}
        value={query}
        onChange={(_event, value) => setQuery(value)}
        onClear={() => setQuery('')}
      />
      {results && results.length === 0 ? (
        <Content component="p">{t('No field matches "{{query}}".', { query })}</Content>
      ) : (
        <div className="sail-values-explain__tree">
          <TreeView
            aria-label={results ? t('Matching fields') : t('Values schema')}
            data={data}
            activeItems={active}
            hasSelectableNodes
            variant="compactNoBackground"
            onSelect={(_event, item) => {
              setSelected(byPath.get(String(item.id)));
              setNotice(undefined);
            }}
          />
        </div>
      )}
      {selected && (
        <ExplainDetails
          node={selected}
          notice={notice}
          onInsert={onInsert ? (node) => setNotice(onInsert(node)) : undefined}
        />
      )}
    </div>
  );
};
