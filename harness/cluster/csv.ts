import type { KubeObject, ResourceInfo } from './types';
import { buildCatalog, versionSchemaOf } from './operator/versions';

/** The operator's ClusterServiceVersion, with the supported versions as select descriptors. */

export const CSV_NAMESPACE = 'openshift-operators';

const owned = (info: ResourceInfo) => {
  const schema = info.schemas[info.storageVersion];
  const catalog = buildCatalog(versionSchemaOf(schema));
  const hasVersion = catalog.all.length > 0;
  return {
    name: `${info.plural}.${info.group}`,
    version: info.storageVersion,
    kind: info.kind,
    displayName: info.kind,
    description: typeof schema?.description === 'string' ? schema.description : info.kind,
    specDescriptors: hasVersion
      ? [
          {
            path: 'version',
            displayName: 'Istio Version',
            description: 'Defines the version of Istio to install.',
            'x-descriptors': [
              'urn:alm:descriptor:com.tectonic.ui:fieldGroup:General',
              ...catalog.supported.map((v) => `urn:alm:descriptor:com.tectonic.ui:select:${v}`),
            ],
          },
        ]
      : [],
  };
};

export const buildCsv = (resources: ResourceInfo[], version = '1.30.0'): KubeObject => {
  const sail = resources.filter((r) => r.group === 'sailoperator.io');
  const example = sail.find((r) => r.kind === 'Istio');
  const exampleVersion = example
    ? buildCatalog(versionSchemaOf(example.schemas[example.storageVersion])).defaultVersion
    : undefined;
  const almExamples = [
    {
      apiVersion: 'sailoperator.io/v1',
      kind: 'Istio',
      metadata: { name: 'default' },
      spec: { namespace: 'istio-system', version: exampleVersion },
    },
  ];
  return {
    apiVersion: 'operators.coreos.com/v1alpha1',
    kind: 'ClusterServiceVersion',
    metadata: {
      name: `sailoperator.v${version}`,
      namespace: CSV_NAMESPACE,
      annotations: {
        'alm-examples': JSON.stringify(almExamples, null, 2),
        capabilities: 'Seamless Upgrades',
      },
      labels: { 'operators.coreos.com/sailoperator.openshift-operators': '' },
    },
    spec: {
      displayName: 'Sail Operator',
      version,
      provider: { name: 'Red Hat, Inc.' },
      installModes: [{ type: 'AllNamespaces', supported: true }],
      customresourcedefinitions: { owned: sail.map(owned) },
    },
    status: {
      phase: 'Succeeded',
      reason: 'InstallSucceeded',
      message: 'install strategy completed with no errors',
    },
  };
};
