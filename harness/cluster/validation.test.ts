/** @jest-environment node */
import type { TestCluster } from './testServer';
import { ISTIOS, istio, startCluster } from './testServer';

let cluster: TestCluster;
beforeEach(async () => {
  cluster = await startCluster({ seed: 'none' });
});
afterEach(() => cluster.close());

const withValues = (values: Record<string, unknown>) => istio('default', { values });

describe('schema validation', () => {
  it('answers 422 with the field path and the API server message for a type mismatch', async () => {
    const res = await cluster.request(
      'POST',
      ISTIOS,
      withValues({ pilot: { autoscaleMin: 'string' } }),
    );
    expect(res.status).toBe(422);
    expect(res.body.message).toBe(
      'Istio.sailoperator.io "default" is invalid: spec.values.pilot.autoscaleMin: Invalid value: "string": spec.values.pilot.autoscaleMin in body must be of type integer: "string"',
    );
    expect(res.body.details.causes).toEqual([
      {
        reason: 'FieldValueTypeInvalid',
        field: 'spec.values.pilot.autoscaleMin',
        message:
          'Invalid value: "string": spec.values.pilot.autoscaleMin in body must be of type integer: "string"',
      },
    ]);
  });

  it('lists the supported values of an enum', async () => {
    const res = await cluster.request(
      'POST',
      ISTIOS,
      withValues({ meshConfig: { accessLogEncoding: 'XML' } }),
    );
    expect(res.body.details.causes[0]).toEqual({
      reason: 'FieldValueNotSupported',
      field: 'spec.values.meshConfig.accessLogEncoding',
      message: 'Unsupported value: "XML": supported values: "TEXT", "JSON"',
    });
  });

  it('reports every invalid field in one bracketed message', async () => {
    const res = await cluster.request(
      'POST',
      ISTIOS,
      withValues({ pilot: { autoscaleMin: 0, traceSampling: 101 } }),
    );
    expect(res.body.details.causes.map((c: { field: string }) => c.field)).toEqual([
      'spec.values.pilot.autoscaleMin',
      'spec.values.pilot.traceSampling',
    ]);
    expect(res.body.message).toMatch(
      /is invalid: \[spec\.values\.pilot\.autoscaleMin: Invalid value: 0: .* should be greater than or equal to 1, spec/,
    );
  });

  it('requires required fields', async () => {
    const res = await cluster.request(
      'POST',
      ISTIOS,
      withValues({ meshConfig: { extensionProviders: [{ zipkin: {} }] } }),
    );
    expect(res.body.details.causes[0]).toMatchObject({
      reason: 'FieldValueRequired',
      field: 'spec.values.meshConfig.extensionProviders[0].name',
    });
  });

  it('accepts integers and strings for an int-or-string field but not booleans', async () => {
    expect(
      (await cluster.request('POST', ISTIOS, withValues({ pilot: { rollingMaxSurge: '25%' } })))
        .status,
    ).toBe(201);
    const res = await cluster.request(
      'PATCH',
      `${ISTIOS}/default`,
      { spec: { values: { pilot: { rollingMaxSurge: true } } } },
      'application/merge-patch+json',
    );
    expect(res.body.details.causes[0].message).toContain('must be of type integer,string');
  });

  it('fills schema defaults such as spec.updateStrategy.type', async () => {
    const res = await cluster.request('POST', ISTIOS, { metadata: { name: 'default' }, spec: {} });
    expect(res.body.spec).toMatchObject({
      namespace: 'istio-system',
      version: 'v1.30.3',
      updateStrategy: { type: 'InPlace' },
    });
  });
});

describe('unknown fields', () => {
  const typo = withValues({ pilot: { foo: 1, autoscaleMin: 2 }, bar: true });

  it('prunes them silently with fieldValidation=Ignore', async () => {
    const res = await cluster.request('POST', `${ISTIOS}?fieldValidation=Ignore`, typo);
    expect(res.status).toBe(201);
    expect(res.headers.get('warning')).toBeNull();
    expect(res.body.spec.values).toEqual({ pilot: { autoscaleMin: 2 } });
  });

  it('prunes them with a Warning header per field by default', async () => {
    const res = await cluster.request('POST', ISTIOS, typo);
    expect(res.status).toBe(201);
    expect(res.headers.get('warning')).toBe(
      '299 - "unknown field \\"spec.values.pilot.foo\\"", 299 - "unknown field \\"spec.values.bar\\""',
    );
    expect(res.body.spec.values.pilot.foo).toBeUndefined();
  });

  it('rejects them with 400 BadRequest under fieldValidation=Strict', async () => {
    const res = await cluster.request('POST', `${ISTIOS}?fieldValidation=Strict`, typo);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      reason: 'BadRequest',
      message:
        'strict decoding error: unknown field "spec.values.pilot.foo", unknown field "spec.values.bar"',
    });
    expect((await cluster.get(`${ISTIOS}/default`)).status).toBe(404);
  });

  it('keeps unknown fields under experimental (preserve-unknown-fields)', async () => {
    const res = await cluster.request(
      'POST',
      `${ISTIOS}?fieldValidation=Strict`,
      withValues({ experimental: { anything: { goes: 1 } } }),
    );
    expect(res.body.spec.values.experimental).toEqual({ anything: { goes: 1 } });
  });
});

describe('CEL rules', () => {
  it('checks istioNamespace against spec.namespace through the escaped __namespace__ name', async () => {
    const bad = await cluster.request(
      'POST',
      ISTIOS,
      withValues({ global: { istioNamespace: 'other' } }),
    );
    expect(bad.status).toBe(422);
    expect(bad.body.details.causes[0]).toEqual({
      reason: 'FieldValueInvalid',
      field: 'spec',
      message:
        'Invalid value: "object": spec.values.global.istioNamespace must match spec.namespace',
    });
    const good = await cluster.request(
      'POST',
      ISTIOS,
      withValues({ global: { istioNamespace: 'istio-system' } }),
    );
    expect(good.status).toBe(201);
  });

  it('enforces "at most one of" on list items', async () => {
    const provider = { name: 'p', zipkin: { service: 'z' }, opentelemetry: { service: 'o' } };
    const res = await cluster.request(
      'POST',
      ISTIOS,
      withValues({ meshConfig: { extensionProviders: [provider] } }),
    );
    expect(res.body.details.causes[0]).toMatchObject({
      field: 'spec.values.meshConfig.extensionProviders[0]',
      message:
        'Invalid value: "object": At most one of [zipkin opentelemetry envoyFileAccessLog] should be set',
    });
  });

  it('runs transition rules on updates only (spec.namespace is immutable)', async () => {
    await cluster.request('POST', ISTIOS, istio('default', { namespace: 'istio-system' }));
    const res = await cluster.request(
      'PATCH',
      `${ISTIOS}/default`,
      { spec: { namespace: 'elsewhere' } },
      'application/merge-patch+json',
    );
    expect(res.body.details.causes[0]).toMatchObject({
      field: 'spec.namespace',
      message: 'Invalid value: "string": Value is immutable',
    });
  });

  it('rejects an IstioCNI not named default with a root-level cause', async () => {
    const cni = {
      metadata: { name: 'other' },
      spec: { version: 'v1.30.3', namespace: 'istio-cni' },
    };
    const res = await cluster.request('POST', '/apis/sailoperator.io/v1/istiocnis', cni);
    expect(res.body.message).toBe(
      `IstioCNI.sailoperator.io "other" is invalid: <nil>: Invalid value: "object": metadata.name must be 'default'`,
    );
  });
});

describe('dry run', () => {
  it('validates and answers like a create but stores nothing', async () => {
    const res = await cluster.request('POST', `${ISTIOS}?dryRun=All`, istio('default'));
    expect(res.status).toBe(201);
    expect(res.body.metadata.name).toBe('default');
    expect((await cluster.get(`${ISTIOS}/default`)).status).toBe(404);
    const invalid = await cluster.request(
      'POST',
      `${ISTIOS}?dryRun=All`,
      withValues({ pilot: { autoscaleMin: 'x' } }),
    );
    expect(invalid.status).toBe(422);
  });

  it('leaves the stored object unchanged on a dry-run update', async () => {
    await cluster.request('POST', ISTIOS, istio('default'));
    const res = await cluster.request(
      'PATCH',
      `${ISTIOS}/default?dryRun=All`,
      { spec: { profile: 'demo' } },
      'application/merge-patch+json',
    );
    expect(res.body.spec.profile).toBe('demo');
    expect((await cluster.get(`${ISTIOS}/default`)).body.spec.profile).toBeUndefined();
  });
});
