/** @jest-environment node */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments, stringify } from 'yaml';
import type { CustomResourceDefinition } from '../../k8s/types';
import { diagnoseValues } from './diagnoseValues';
import { valuesSchemaFor, type ValuesSchemaResult } from './valuesSchema';

const repoRoot = path.resolve(__dirname, '../../..');
const referenceDir = path.resolve(repoRoot, '../shared/reference/sail-operator');
const present = existsSync(referenceDir);
if (!present) console.log(`Skipping reference conformance: ${referenceDir} is absent`);
const describeWithReference = present ? describe : describe.skip;

const readCrd = (file: string): CustomResourceDefinition =>
  parse(readFileSync(path.join(referenceDir, file), 'utf8')) as CustomResourceDefinition;

const yamlFilesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return yamlFilesUnder(full);
    return name.endsWith('.yaml') ? [full] : [];
  });

type Resource = {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string };
  spec?: Record<string, unknown> & { values?: unknown };
};

const resourcesIn = (file: string): Resource[] =>
  parseAllDocuments(readFileSync(file, 'utf8'))
    .map((doc) => doc.toJS() as Resource | null)
    .filter((r): r is Resource => !!r && typeof r === 'object');

const valuesText = (resource: Resource): string =>
  resource.spec?.values === undefined ? '' : stringify(resource.spec.values);

const diagnoseResource = (resource: Resource, schema: ValuesSchemaResult) => {
  const spec = { ...resource.spec };
  delete spec.values;
  return diagnoseValues(valuesText(resource), schema, { unknownKeys: 'strict', spec });
};

const errorsOf = (resource: Resource, schema: ValuesSchemaResult) =>
  diagnoseResource(resource, schema).filter((d) => d.severity === 'error');

describeWithReference('reference conformance with the Sail Operator CRDs', () => {
  const schemas: Record<string, ValuesSchemaResult> = {};

  beforeAll(() => {
    schemas.Istio = valuesSchemaFor(readCrd('current-upstream/crds/sailoperator.io_istios.yaml'));
    schemas.IstioCNI = valuesSchemaFor(
      readCrd('current-upstream/crds/sailoperator.io_istiocnis.yaml'),
    );
    schemas.ZTunnel = valuesSchemaFor(
      readCrd('current-upstream/crds/sailoperator.io_ztunnels.yaml'),
    );
  }, 60_000);

  it('finds the size of the real Istio values schema: 1,337 properties and 15 CEL rules', () => {
    expect(schemas.Istio.version).toBe('v1');
    expect(schemas.Istio.stats.propertyCount).toBe(1337);
    expect(schemas.Istio.stats.celRuleCount).toBe(15);
    expect(schemas.Istio.stats.enumCount).toBe(35);
    expect(schemas.Istio.spec?.['x-kubernetes-validations']?.[0].rule).toContain(
      'self.__namespace__',
    );
  });

  it('yields the values schema of IstioRevision, and of the deprecated ZTunnel v1alpha1', () => {
    const revision = valuesSchemaFor(
      readCrd('current-upstream/crds/sailoperator.io_istiorevisions.yaml'),
    );
    expect(revision.kind).toBe('IstioRevision');
    expect(revision.stats.propertyCount).toBe(schemas.Istio.stats.propertyCount);
    const ztunnelAlpha = valuesSchemaFor(
      readCrd('current-upstream/crds/sailoperator.io_ztunnels.yaml'),
      'v1alpha1',
    );
    expect(ztunnelAlpha.version).toBe('v1alpha1');
    expect(ztunnelAlpha.values?.properties?.ztunnel).toBeDefined();
  }, 60_000);

  describe('upstream samples', () => {
    const samples = present
      ? yamlFilesUnder(path.join(referenceDir, 'current-upstream/samples')).flatMap((file) =>
          resourcesIn(file)
            .filter((r) => r.apiVersion === 'sailoperator.io/v1')
            .filter((r) => ['Istio', 'IstioCNI', 'ZTunnel'].includes(r.kind ?? ''))
            .map((r) => ({ file: path.relative(referenceDir, file), resource: r })),
        )
      : [];
    // This sample targets a development build: its pilot.env sets a boolean where the CRD's
    // map of strings needs "true", which the API server rejects too.
    const devBuild = 'current-upstream/samples/gwControllerMode.yaml';

    it('has the Istio, IstioCNI and ZTunnel samples this test expects', () => {
      expect(samples.map((s) => s.resource.kind).sort()).toEqual([
        'Istio',
        'Istio',
        'Istio',
        'Istio',
        'Istio',
        'IstioCNI',
        'IstioCNI',
        'ZTunnel',
        'ZTunnel',
      ]);
    });

    it.each(
      samples.filter((s) => s.file !== devBuild).map((s) => [s.file, s.resource.kind, s.resource]),
    )('%s (%s) diagnoses with zero errors', (_file, kind, resource) => {
      expect(errorsOf(resource as Resource, schemas[kind as string])).toEqual([]);
    });

    it('finds exactly the boolean-for-string slip in the development-build sample', () => {
      const dev = samples.find((s) => s.file === devBuild);
      expect(dev).toBeDefined();
      const errors = errorsOf(dev!.resource, schemas.Istio);
      expect(errors).toEqual([
        expect.objectContaining({
          code: 'type',
          path: 'pilot.env.PILOT_ENABLE_GATEWAY_CONTROLLER_MODE',
          suggestion: '"true"',
        }),
      ]);
    });
  });

  describe('the early operator.istio.io API', () => {
    const earlyDir = path.join(referenceDir, 'early-operator.istio.io');
    let early: ValuesSchemaResult;
    beforeAll(() => {
      early = valuesSchemaFor(readCrd('early-operator.istio.io/operator.istio.io_istios.yaml'));
    });

    it('yields its validated values schema and names rawValues as unvalidated', () => {
      expect(early.group).toBe('operator.istio.io');
      expect(early.version).toBe('v1alpha1');
      expect(early.values?.properties?.pilot).toBeDefined();
      expect(early.unvalidatedValueFields).toEqual(['rawValues']);
    });

    it('diagnoses its samples with zero errors', () => {
      const samples = readdirSync(earlyDir)
        .filter((f) => f.startsWith('sample-'))
        .flatMap((f) => resourcesIn(path.join(earlyDir, f)));
      expect(samples).toHaveLength(2);
      for (const sample of samples) expect(errorsOf(sample, early)).toEqual([]);
    });

    it('would reject the sample rawValues as values: pilot.resources is not in the validated schema', () => {
      const sample = resourcesIn(path.join(earlyDir, 'sample-istio-sample-kubernetes.yaml'))[0];
      const asValues = errorsOf({ spec: { values: sample.spec?.rawValues } }, early);
      expect(asValues).toEqual([
        expect.objectContaining({ code: 'unknown-key', path: 'pilot.resources' }),
      ]);
    });
  });

  describe('documents written against the real schema', () => {
    it('suggests the right name for a misspelled key', () => {
      const found = diagnoseValues(
        'pilot:\n  autoscaleEnabeld: true\nglobal:\n  istioNamespce: x\n',
        schemas.Istio,
        {
          unknownKeys: 'warn',
          spec: { namespace: 'x' },
        },
      );
      expect(found.map((d) => [d.path, d.suggestion])).toEqual([
        ['pilot.autoscaleEnabeld', 'autoscaleEnabled'],
        ['global.istioNamespce', 'istioNamespace'],
      ]);
    });

    it('fires the .spec rule when global.istioNamespace differs from spec.namespace', () => {
      const text = 'global:\n  istioNamespace: mesh-a\n';
      const differs = diagnoseValues(text, schemas.Istio, {
        unknownKeys: 'warn',
        spec: { namespace: 'mesh-b' },
      });
      expect(differs).toEqual([
        expect.objectContaining({
          code: 'cel',
          path: 'global.istioNamespace',
          message: 'spec.values.global.istioNamespace must match spec.namespace',
        }),
      ]);
      const matches = diagnoseValues(text, schemas.Istio, {
        unknownKeys: 'warn',
        spec: { namespace: 'mesh-a' },
      });
      expect(matches).toEqual([]);
    });

    it('fires a real "at most one of" rule', () => {
      const text =
        'meshConfig:\n  defaultConfig:\n    serviceCluster: a\n    tracingServiceName: APP_LABEL_AND_NAMESPACE\n';
      expect(diagnoseValues(text, schemas.Istio, { unknownKeys: 'warn' })).toEqual([
        expect.objectContaining({
          code: 'cel',
          path: 'meshConfig.defaultConfig',
          message: 'At most one of [serviceCluster tracingServiceName] should be set',
        }),
      ]);
    });
  });
});
