/** @jest-environment node */
import { diffValues } from './diffValues';
import { appliedValues, earlyIstio, userValues } from './fixtures/sailValues';
import type { DiffEntry, ValuesDiff } from './types';

const entryAt = (diff: ValuesDiff, path: string): DiffEntry | undefined =>
  diff.entries.find((entry) => entry.path === path);

const statusOf = (diff: ValuesDiff, path: string) => entryAt(diff, path)?.status;

describe('diffValues on an Istio and its active revision', () => {
  const diff = diffValues(userValues, appliedValues);

  it('marks pilot.autoscaleEnabled overridden when the profile forces false', () => {
    expect(entryAt(diff, 'pilot.autoscaleEnabled')).toEqual({
      path: 'pilot.autoscaleEnabled',
      segments: ['pilot', 'autoscaleEnabled'],
      status: 'overridden',
      specValue: true,
      appliedValue: false,
    });
  });

  it('marks global.hub same when it is applied as written', () => {
    expect(entryAt(diff, 'global.hub')).toMatchObject({
      status: 'same',
      specValue: 'quay.io/sail-dev',
      appliedValue: 'quay.io/sail-dev',
    });
  });

  it('marks the misspelt pilot.autoscaleMaxx dropped because the API server pruned it', () => {
    const entry = entryAt(diff, 'pilot.autoscaleMaxx');
    expect(entry).toMatchObject({ status: 'dropped', specValue: 5 });
    expect(entry).not.toHaveProperty('appliedValue');
  });

  it('marks the pilot image digest and the openshift platform added', () => {
    expect(entryAt(diff, 'pilot.image')?.status).toBe('added');
    expect(entryAt(diff, 'pilot.image')?.appliedValue).toMatch(/@sha256:/);
    expect(entryAt(diff, 'global.platform')).toMatchObject({
      status: 'added',
      appliedValue: 'openshift',
    });
    expect(entryAt(diff, 'global.platform')).not.toHaveProperty('specValue');
  });

  it('marks replicaCount "2" applied as the number 2 overridden with a type note', () => {
    expect(entryAt(diff, 'pilot.replicaCount')).toMatchObject({
      status: 'overridden',
      specValue: '2',
      appliedValue: 2,
      note: 'type',
    });
  });

  it('quotes annotation keys that contain dots and slashes and keeps raw segments', () => {
    expect(entryAt(diff, 'pilot.podAnnotations["sidecar.istio.io/inject"]')).toMatchObject({
      status: 'same',
      segments: ['pilot', 'podAnnotations', 'sidecar.istio.io/inject'],
    });
  });

  it('reports an unchanged list of extension providers as one same entry', () => {
    const providerEntries = diff.entries.filter((e) => e.path.includes('extensionProviders'));
    expect(providerEntries).toHaveLength(1);
    expect(providerEntries[0]).toMatchObject({
      path: 'meshConfig.extensionProviders',
      status: 'same',
    });
  });

  it('counts every status and says the user has values that did not land', () => {
    expect(diff.counts).toEqual({ same: 8, overridden: 2, dropped: 1, added: 5 });
    expect(diff.hasUserChanges).toBe(true);
    expect(diff.hasUserValues).toBe(true);
    expect(diff.issues).toEqual([]);
  });

  it('lists entries depth-first in the user key order, then applied-only keys sorted', () => {
    expect(diff.entries.map((entry) => entry.path)).toEqual([
      'global.hub',
      'global.logging.level',
      'global.istioNamespace',
      'global.platform',
      'pilot.autoscaleEnabled',
      'pilot.autoscaleMaxx',
      'pilot.replicaCount',
      'pilot.podAnnotations["sidecar.istio.io/inject"]',
      'pilot.resources.requests.cpu',
      'pilot.resources.requests.memory',
      'pilot.trustedZtunnelNamespace',
      'pilot.cni.enabled',
      'pilot.image',
      'meshConfig.accessLogFile',
      'meshConfig.extensionProviders',
      'revision',
    ]);
  });
});

describe('diffValues on the early operator.istio.io API', () => {
  const diff = diffValues(earlyIstio.spec?.values, earlyIstio.status?.appliedValues);

  it('treats traceSampling written as 1.0 and applied as 1 as the same number', () => {
    expect(statusOf(diff, 'pilot.traceSampling')).toBe('same');
  });

  it('marks keys only in status.appliedValues added and has no user changes', () => {
    expect(statusOf(diff, 'global.istioNamespace')).toBe('added');
    expect(statusOf(diff, 'pilot.enabled')).toBe('added');
    expect(diff.hasUserChanges).toBe(false);
  });
});

describe('diffValues leaf rules', () => {
  it('flags "true" applied as the boolean true as overridden with a type note', () => {
    const diff = diffValues({ pilot: { enabled: 'true' } }, { pilot: { enabled: true } });
    expect(entryAt(diff, 'pilot.enabled')).toMatchObject({ status: 'overridden', note: 'type' });
  });

  it('gives no type note when two strings simply differ', () => {
    const diff = diffValues({ global: { hub: 'a' } }, { global: { hub: 'b' } });
    expect(entryAt(diff, 'global.hub')).not.toHaveProperty('note');
  });

  it('marks an object replaced by a scalar overridden once, at the object path, as a shape change', () => {
    const diff = diffValues(
      { pilot: { resources: { requests: { cpu: '1' } } } },
      { pilot: { resources: 'none' } },
    );
    expect(diff.entries).toEqual([
      {
        path: 'pilot.resources',
        segments: ['pilot', 'resources'],
        status: 'overridden',
        specValue: { requests: { cpu: '1' } },
        appliedValue: 'none',
        note: 'shape',
      },
    ]);
  });

  it('marks every leaf of a subtree the operator ignored as dropped', () => {
    const diff = diffValues({ istiodRemote: { enabled: true, injectionURL: 'https://x' } }, {});
    expect(diff.entries.map((e) => [e.path, e.status])).toEqual([
      ['istiodRemote.enabled', 'dropped'],
      ['istiodRemote.injectionURL', 'dropped'],
    ]);
  });

  it('treats empty objects as leaves: same when both are empty, dropped when not applied', () => {
    const diff = diffValues(
      { pilot: { nodeSelector: {}, podLabels: {} } },
      { pilot: { nodeSelector: {} } },
    );
    expect(statusOf(diff, 'pilot.nodeSelector')).toBe('same');
    expect(statusOf(diff, 'pilot.podLabels')).toBe('dropped');
  });

  it('lists what the operator put into an object the user left empty as added', () => {
    const diff = diffValues(
      { pilot: { env: {} } },
      { pilot: { env: { PILOT_JWT_ENABLE: 'true' } } },
    );
    expect(diff.entries.map((e) => [e.path, e.status])).toEqual([
      ['pilot.env.PILOT_JWT_ENABLE', 'added'],
    ]);
  });

  it('keeps a user null as a value: same when applied as null, dropped when absent', () => {
    const diff = diffValues(
      { global: { tracer: null, caAddress: null } },
      { global: { tracer: null } },
    );
    expect(entryAt(diff, 'global.tracer')).toMatchObject({ status: 'same', specValue: null });
    expect(entryAt(diff, 'global.caAddress')).toMatchObject({ status: 'dropped', specValue: null });
  });

  it('treats keys whose value is undefined as absent', () => {
    const diff = diffValues({ pilot: { hub: undefined } }, { pilot: { hub: 'quay.io/x' } });
    expect(entryAt(diff, 'pilot.hub')).toMatchObject({ status: 'added' });
  });

  it('says there are no user changes when every user value landed, however many were added', () => {
    const diff = diffValues(
      { pilot: { autoscaleEnabled: false } },
      { pilot: { autoscaleEnabled: false, autoscaleMin: 1, autoscaleMax: 5 } },
    );
    expect(diff.counts).toEqual({ same: 1, overridden: 0, dropped: 0, added: 2 });
    expect(diff.hasUserChanges).toBe(false);
  });
});

describe('diffValues on arrays', () => {
  it('compares an array as one value without per-index entries', () => {
    const diff = diffValues(
      { global: { imagePullSecrets: ['pull-a', 'pull-b'] } },
      { global: { imagePullSecrets: ['pull-a', 'pull-b'] } },
    );
    expect(diff.entries.map((e) => [e.path, e.status])).toEqual([
      ['global.imagePullSecrets', 'same'],
    ]);
  });

  it('lists changed, added and removed indexes of an overridden array of scalars', () => {
    const diff = diffValues(
      { pilot: { extraContainerArgs: ['--a', '--b', '--c'] } },
      { pilot: { extraContainerArgs: ['--a', '--B'] } },
    );
    expect(entryAt(diff, 'pilot.extraContainerArgs')?.arrayDetail).toEqual({
      matchedBy: 'index',
      added: [],
      removed: [{ specIndex: 2 }],
      changed: [{ specIndex: 1, appliedIndex: 1 }],
      reordered: false,
    });
  });

  it('matches extension providers by name so a provider inserted first changes nothing else', () => {
    const otel = { name: 'otel', opentelemetry: { service: 'otel.obs.svc', port: 4317 } };
    const diff = diffValues(
      { meshConfig: { extensionProviders: [otel] } },
      { meshConfig: { extensionProviders: [{ name: 'prometheus', prometheus: {} }, otel] } },
    );
    expect(entryAt(diff, 'meshConfig.extensionProviders')).toMatchObject({
      status: 'overridden',
      arrayDetail: {
        matchedBy: 'name',
        added: [{ name: 'prometheus', appliedIndex: 0 }],
        removed: [],
        changed: [],
        reordered: false,
      },
    });
  });

  it('marks an array whose entries differ only in element type as overridden', () => {
    const diff = diffValues({ global: { ipFamilies: ['1'] } }, { global: { ipFamilies: [1] } });
    expect(entryAt(diff, 'global.ipFamilies')).toMatchObject({
      status: 'overridden',
      arrayDetail: { changed: [{ specIndex: 0, appliedIndex: 0 }] },
    });
  });

  it('marks an array replaced by a string as a shape change without element detail', () => {
    const diff = diffValues({ pilot: { ipFamilies: ['IPv4'] } }, { pilot: { ipFamilies: 'IPv4' } });
    const entry = entryAt(diff, 'pilot.ipFamilies');
    expect(entry).toMatchObject({ status: 'overridden', note: 'shape' });
    expect(entry).not.toHaveProperty('arrayDetail');
  });

  it('marks a whole array dropped or added as one entry', () => {
    const diff = diffValues(
      { pilot: { tolerations: [{ key: 'infra', effect: 'NoSchedule' }] } },
      { pilot: { volumes: [] } },
    );
    expect(diff.entries.map((e) => [e.path, e.status])).toEqual([
      ['pilot.tolerations', 'dropped'],
      ['pilot.volumes', 'added'],
    ]);
  });
});
