/** @jest-environment node */
// Completion, hover and search against the values schema of the operator's published Istio CRD.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { CustomResourceDefinition, JSONSchemaProps } from '../../k8s/types';
import { withCursor } from './__fixtures__/cursorMarker';
import { completionsAt } from './completion';
import { explainTree, searchSchema, skeletonFor } from './explainSchema';
import { hoverAt } from './hover';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const REFERENCE = path.resolve(REPO_ROOT, '../shared/reference/sail-operator');
const CRD_FILE = path.join(REFERENCE, 'current-upstream/crds/sailoperator.io_istios.yaml');
const present = existsSync(CRD_FILE);
if (!present) {
  console.log(`Skipping completion conformance: ${CRD_FILE} is absent.`);
}
const describeWithReference = present ? describe : describe.skip;

let cachedValues: JSONSchemaProps | undefined;
const valuesSchema = (): JSONSchemaProps => {
  if (!cachedValues) {
    const crd = parse(readFileSync(CRD_FILE, 'utf8')) as CustomResourceDefinition;
    const storage = crd.spec.versions.find((v) => v.storage);
    cachedValues = storage?.schema?.openAPIV3Schema?.properties?.spec?.properties?.values ?? {};
  }
  return cachedValues;
};

const complete = (marked: string) => {
  const { text, position } = withCursor(marked);
  return completionsAt(text, position, valuesSchema());
};

describeWithReference('completion on the upstream Istio values schema', () => {
  it('offers autoscaleEnabled under pilot, as a boolean with true/false values', () => {
    const items = complete('pilot:\n  auto‸').items;
    const autoscale = items.find((i) => i.label === 'autoscaleEnabled');
    expect(autoscale).toMatchObject({ type: 'boolean', insertText: 'autoscaleEnabled: ' });
    expect(items[0].label.startsWith('autoscale')).toBe(true);
    expect(complete('pilot:\n  autoscaleEnabled: ‸').items.map((i) => i.label)).toEqual([
      'true',
      'false',
    ]);
  });

  it('offers the access log encodings and flags deprecated pilot keys', () => {
    const encodings = complete('meshConfig:\n  accessLogEncoding: ‸').items.map((i) => i.label);
    expect(encodings).toEqual(['TEXT', 'JSON']);
    const cpu = complete('pilot:\n  ‸').items.find((i) => i.label === 'cpu');
    expect(cpu?.deprecated).toBe(true);
  });

  it('offers the keys of an extension provider inside the list', () => {
    const labels = complete('meshConfig:\n  extensionProviders:\n  - name: otel\n    ‸').items.map(
      (i) => i.label,
    );
    expect(labels).toEqual(expect.arrayContaining(['opentelemetry', 'zipkin', 'envoyOtelAls']));
    expect(labels).not.toContain('name');
  });

  it('offers nothing under the free-form experimental section', () => {
    expect(complete('experimental:\n  ‸').items).toEqual([]);
  });

  it('explains meshConfig.accessLogFile on hover', () => {
    const { text, position } = withCursor('meshConfig:\n  accessLog‸File: /dev/stdout\n');
    const hover = hoverAt(text, position, valuesSchema());
    expect(hover).toMatchObject({ path: 'meshConfig.accessLogFile', type: 'string' });
    expect(hover?.description).toMatch(/^File address for the proxy access log/);
  });

  it('finds meshConfig.accessLogFile first when searching for accessLogFile', () => {
    expect(searchSchema(valuesSchema(), 'accessLogFile', 5)[0].path).toBe(
      'meshConfig.accessLogFile',
    );
    expect(skeletonFor('meshConfig.accessLogFile', valuesSchema())).toBe(
      'meshConfig:\n  accessLogFile: ',
    );
  });

  it('flattens more than a thousand fields', () => {
    expect(explainTree(valuesSchema()).length).toBeGreaterThan(1000);
  });
});
