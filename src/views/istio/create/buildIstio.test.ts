/** @jest-environment node */
import { buildIstio } from './buildIstio';
import type { IstioFormState } from './formState';
import { formStateFromResource, initialResource } from './formState';
import { EARLY_API, SAIL_V1_API } from './istioApis';

const form = (patch: Partial<IstioFormState> = {}): IstioFormState => ({
  name: 'default',
  namespace: 'istio-system',
  version: 'v1.30.3',
  profile: '',
  updateStrategyType: 'InPlace',
  gracePeriodSeconds: '',
  updateWorkloads: undefined,
  valuesText: '',
  rawValuesText: '',
  ...patch,
});

describe('buildIstio (sailoperator.io/v1)', () => {
  const base = initialResource(SAIL_V1_API);

  it('builds a cluster-scoped Istio with the chosen version, namespace and strategy', () => {
    const { resource, problems } = buildIstio(
      base,
      form({ name: 'prod', namespace: 'mesh', profile: 'openshift-ambient' }),
      SAIL_V1_API,
    );
    expect(problems).toEqual([]);
    expect(resource).toEqual({
      apiVersion: 'sailoperator.io/v1',
      kind: 'Istio',
      metadata: { name: 'prod' },
      spec: {
        namespace: 'mesh',
        updateStrategy: { type: 'InPlace' },
        version: 'v1.30.3',
        profile: 'openshift-ambient',
      },
    });
  });

  it('writes the grace period as a number and updateWorkloads for a RevisionBased strategy', () => {
    const { resource } = buildIstio(
      base,
      form({
        updateStrategyType: 'RevisionBased',
        gracePeriodSeconds: '120',
        updateWorkloads: true,
      }),
      SAIL_V1_API,
    );
    expect((resource.spec as Record<string, unknown>).updateStrategy).toEqual({
      type: 'RevisionBased',
      inactiveRevisionDeletionGracePeriodSeconds: 120,
      updateWorkloads: true,
    });
  });

  it('refuses a grace period that is not a whole number and keeps the previous one', () => {
    const withGrace = buildIstio(base, form({ gracePeriodSeconds: '30' }), SAIL_V1_API).resource;
    const { resource, problems } = buildIstio(
      withGrace,
      form({ gracePeriodSeconds: '-5s' }),
      SAIL_V1_API,
    );
    expect(problems).toEqual([{ field: 'gracePeriodSeconds', code: 'not-a-whole-number' }]);
    expect(resource).toHaveProperty(
      ['spec', 'updateStrategy', 'inactiveRevisionDeletionGracePeriodSeconds'],
      30,
    );
  });

  it('parses the values text into spec.values', () => {
    const { resource } = buildIstio(
      base,
      form({ valuesText: 'pilot:\n  autoscaleMin: 2\n' }),
      SAIL_V1_API,
    );
    expect(resource).toHaveProperty(['spec', 'values'], { pilot: { autoscaleMin: 2 } });
  });

  it('reports invalid values YAML with its line and leaves spec.values as it was', () => {
    const start = { ...base, spec: { values: { global: { hub: 'quay.io' } } } };
    const { resource, problems } = buildIstio(
      start,
      form({ valuesText: 'pilot:\n  env: [a, b\n' }),
      SAIL_V1_API,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'values', code: 'yaml-syntax' });
    expect(problems[0].line).toBeGreaterThan(0);
    expect(resource).toHaveProperty(['spec', 'values'], { global: { hub: 'quay.io' } });
  });

  it('refuses values that are a list instead of a mapping', () => {
    const { problems } = buildIstio(base, form({ valuesText: '- a\n- b\n' }), SAIL_V1_API);
    expect(problems).toEqual([{ field: 'values', code: 'not-a-mapping' }]);
  });

  it('removes fields the user cleared', () => {
    const start = buildIstio(base, form({ profile: 'demo', valuesText: 'a: 1' }), SAIL_V1_API);
    const { resource } = buildIstio(start.resource, form({ profile: '' }), SAIL_V1_API);
    expect(resource.spec).not.toHaveProperty('profile');
    expect(resource.spec).not.toHaveProperty('values');
  });

  it('keeps labels, annotations and spec fields the form does not show, in their order', () => {
    const start = {
      apiVersion: 'sailoperator.io/v1',
      kind: 'Istio',
      metadata: { name: 'old', labels: { team: 'mesh' }, annotations: { note: 'keep me' } },
      spec: { futureField: { enabled: true }, version: 'v1.29.6', namespace: 'istio-system' },
    };
    const { resource } = buildIstio(start, formStateFromResource(start, SAIL_V1_API), SAIL_V1_API);
    expect(resource).toEqual(start);
    expect(Object.keys(resource.spec as object)).toEqual(['futureField', 'version', 'namespace']);
  });
});

describe('buildIstio (operator.istio.io/v1alpha1)', () => {
  const base = initialResource(EARLY_API, 'mesh-early');

  it('puts the namespace on the object itself and writes rawValues without an update strategy', () => {
    const { resource, problems } = buildIstio(
      base,
      form({
        name: 'sample',
        namespace: 'mesh-early',
        version: 'v1.20.0',
        updateStrategyType: 'RevisionBased',
        valuesText: 'pilot:\n  autoscaleEnabled: false\n',
        rawValuesText: 'anything:\n  goes: here\n',
      }),
      EARLY_API,
    );
    expect(problems).toEqual([]);
    expect(resource).toEqual({
      apiVersion: 'operator.istio.io/v1alpha1',
      kind: 'Istio',
      metadata: { name: 'sample', namespace: 'mesh-early' },
      spec: {
        version: 'v1.20.0',
        values: { pilot: { autoscaleEnabled: false } },
        rawValues: { anything: { goes: 'here' } },
      },
    });
  });

  it('reports invalid rawValues separately from values', () => {
    const { problems } = buildIstio(base, form({ rawValuesText: 'a: [' }), EARLY_API);
    expect(problems.map((p) => p.field)).toEqual(['rawValues']);
  });
});
