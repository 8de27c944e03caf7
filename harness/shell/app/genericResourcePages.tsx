import type {
  K8sModel,
  K8sResourceKind,
  RowProps,
  TableColumn,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Bullseye,
  Dropdown,
  DropdownItem,
  DropdownList,
  MenuToggle,
  PageSection,
  Spinner,
} from '@patternfly/react-core';
import type { FC } from 'react';
import { useMemo, useState } from 'react';
import { ActionServiceProvider } from '../sdk/components/ActionServiceProvider';
import { HorizontalNav } from '../sdk/components/HorizontalNav';
import {
  DocumentTitle,
  ListPageBody,
  ListPageCreate,
  ListPageHeader,
} from '../sdk/components/ListPage';
import { ResourceLink } from '../sdk/components/ResourceLink';
import { ResourceYAMLEditor } from '../sdk/components/ResourceYAMLEditor';
import { TableData, VirtualizedTable } from '../sdk/components/table';
import { Timestamp } from '../sdk/components/Timestamp';
import { getAPIVersionForModel, getGroupVersionKindForModel } from '../sdk/k8s/models';
import { useK8sWatchResource } from '../sdk/k8s/useK8sWatchResources';

const COLUMNS: TableColumn<K8sResourceKind>[] = [
  { title: 'Name', id: 'name', sort: 'metadata.name' },
  { title: 'Namespace', id: 'namespace', sort: 'metadata.namespace' },
  { title: 'Created', id: 'created', sort: 'metadata.creationTimestamp' },
];

const Row: FC<RowProps<K8sResourceKind, { reference: string }>> = ({
  obj,
  activeColumnIDs,
  rowData,
}) => (
  <>
    <TableData id="name" activeColumnIDs={activeColumnIDs}>
      <ResourceLink
        kind={rowData.reference}
        name={obj.metadata?.name}
        namespace={obj.metadata?.namespace}
      />
    </TableData>
    <TableData id="namespace" activeColumnIDs={activeColumnIDs}>
      {obj.metadata?.namespace ?? '-'}
    </TableData>
    <TableData id="created" activeColumnIDs={activeColumnIDs}>
      <Timestamp timestamp={obj.metadata?.creationTimestamp} />
    </TableData>
  </>
);

/** The console's default list for kinds without a console.page/resource/list extension. */
export const GenericListPage: FC<{ model: K8sModel; reference: string; namespace?: string }> = ({
  model,
  reference,
  namespace,
}) => {
  const [data, loaded, loadError] = useK8sWatchResource<K8sResourceKind[]>({
    groupVersionKind: getGroupVersionKindForModel(model),
    isList: true,
    namespace,
  });
  const columns = useMemo(
    () => (model.namespaced ? COLUMNS : COLUMNS.filter((c) => c.id !== 'namespace')),
    [model],
  );
  return (
    <>
      <DocumentTitle>{model.labelPlural}</DocumentTitle>
      <ListPageHeader title={model.labelPlural}>
        <ListPageCreate groupVersionKind={reference}>Create {model.label}</ListPageCreate>
      </ListPageHeader>
      <ListPageBody>
        <VirtualizedTable<K8sResourceKind, { reference: string }>
          data={data}
          unfilteredData={data}
          loaded={loaded}
          loadError={loadError}
          columns={columns}
          Row={Row}
          rowData={{ reference }}
          aria-label={model.labelPlural}
        />
      </ListPageBody>
    </>
  );
};

const ActionsMenu: FC<{ resource: K8sResourceKind }> = ({ resource }) => {
  const [open, setOpen] = useState(false);
  const context = useMemo(() => ({ resource }), [resource]);
  return (
    <ActionServiceProvider context={context}>
      {({ actions, loaded }) =>
        loaded && actions.length > 0 ? (
          <Dropdown
            isOpen={open}
            onOpenChange={setOpen}
            toggle={(ref) => (
              <MenuToggle ref={ref} onClick={() => setOpen(!open)} isExpanded={open}>
                Actions
              </MenuToggle>
            )}
          >
            <DropdownList>
              {actions.map((action) => (
                <DropdownItem
                  key={action.id}
                  isDisabled={action.disabled}
                  onClick={() => {
                    setOpen(false);
                    if (typeof action.cta === 'function') action.cta();
                    else window.location.assign(action.cta.href);
                  }}
                >
                  {action.label}
                </DropdownItem>
              ))}
            </DropdownList>
          </Dropdown>
        ) : null
      }
    </ActionServiceProvider>
  );
};

/** The console's default details page: metadata, YAML, and the kind's actions and tabs. */
export const GenericDetailsPage: FC<{
  model: K8sModel;
  reference: string;
  namespace?: string;
  name: string;
}> = ({ model, namespace, name }) => {
  const [obj, loaded, loadError] = useK8sWatchResource<K8sResourceKind>({
    groupVersionKind: getGroupVersionKindForModel(model),
    name,
    namespace,
  });
  const pages = useMemo(
    () => [
      {
        href: '',
        name: 'YAML',
        component: ({ obj: o }: { obj?: K8sResourceKind }) =>
          o ? <ResourceYAMLEditor initialResource={o} hideHeader /> : null,
      },
    ],
    [],
  );
  if (loadError)
    return (
      <PageSection>
        <Alert isInline variant="danger" title={`Could not load ${model.label} ${name}`}>
          {String((loadError as Error).message)}
        </Alert>
      </PageSection>
    );
  if (!loaded)
    return (
      <Bullseye>
        <Spinner aria-label="Loading" />
      </Bullseye>
    );
  return (
    <>
      <DocumentTitle>{`${name} · ${model.label}`}</DocumentTitle>
      <ListPageHeader title={name}>
        <ActionsMenu resource={obj} />
      </ListPageHeader>
      <HorizontalNav resource={obj} pages={pages as never} />
    </>
  );
};

export const GenericCreatePage: FC<{ model: K8sModel; namespace?: string }> = ({
  model,
  namespace,
}) => {
  const template = useMemo<K8sResourceKind>(
    () => ({
      apiVersion: getAPIVersionForModel(model),
      kind: model.kind,
      metadata: { name: 'example', ...(model.namespaced && namespace ? { namespace } : {}) },
      spec: {},
    }),
    [model, namespace],
  );
  return (
    <>
      <DocumentTitle>{`Create ${model.label}`}</DocumentTitle>
      <ResourceYAMLEditor initialResource={template} create header={`Create ${model.label}`} />
    </>
  );
};
