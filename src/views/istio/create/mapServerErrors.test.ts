/** @jest-environment node */
import { EARLY_API, SAIL_V1_API } from './istioApis';
import { mapServerError } from './mapServerErrors';

/** What the console's fetch rejects with: an Error carrying the HTTP code and the parsed Status. */
const httpError = (code: number, json: Record<string, unknown>) =>
  Object.assign(new Error(String(json.message ?? 'failed')), { code, json });

const status = (code: number, reason: string, message: string, details?: object) => ({
  kind: 'Status',
  apiVersion: 'v1',
  status: 'Failure',
  code,
  reason,
  message,
  ...(details ? { details } : {}),
});

describe('mapServerError', () => {
  it('turns 422 causes under spec.values into values-editor markers by path', () => {
    const error = httpError(
      422,
      status(422, 'Invalid', 'Istio.sailoperator.io "default" is invalid: ...', {
        name: 'default',
        kind: 'Istio',
        causes: [
          {
            reason: 'FieldValueTypeInvalid',
            message:
              'Invalid value: "string": spec.values.pilot.autoscaleMin in body must be of type integer: "string"',
            field: 'spec.values.pilot.autoscaleMin',
          },
          {
            reason: 'FieldValueNotSupported',
            message: 'Unsupported value: "x": supported values: "ambient", "default"',
            field: 'spec.profile',
          },
        ],
      }),
    );
    const mapped = mapServerError(error, SAIL_V1_API);
    expect(mapped.kind).toBe('invalid');
    expect(mapped.valuesDiagnostics).toEqual([
      expect.objectContaining({
        path: 'pilot.autoscaleMin',
        code: 'type',
        severity: 'error',
        message: expect.stringContaining('must be of type integer'),
      }),
    ]);
    expect(mapped.fieldMessages).toEqual([
      {
        field: 'profile',
        message: 'Unsupported value: "x": supported values: "ambient", "default"',
      },
    ]);
    expect(mapped.unmapped).toEqual([]);
  });

  it('points metadata.name, spec.version and spec.namespace causes at their fields', () => {
    const error = httpError(
      422,
      status(422, 'Invalid', 'invalid', {
        causes: [
          { reason: 'FieldValueInvalid', message: 'bad name', field: 'metadata.name' },
          { reason: 'FieldValueNotSupported', message: 'bad version', field: 'spec.version' },
          { reason: 'FieldValueInvalid', message: 'Value is immutable', field: 'spec.namespace' },
        ],
      }),
    );
    expect(mapServerError(error, SAIL_V1_API).fieldMessages).toEqual([
      { field: 'name', message: 'bad name' },
      { field: 'version', message: 'bad version' },
      { field: 'namespace', message: 'Value is immutable' },
    ]);
  });

  it('keeps causes that name no form field for the page alert', () => {
    const error = httpError(
      422,
      status(422, 'Invalid', 'invalid', {
        causes: [
          {
            reason: 'FieldValueInvalid',
            message: 'spec.values.global.istioNamespace must match spec.namespace',
            field: 'spec',
          },
        ],
      }),
    );
    expect(mapServerError(error, SAIL_V1_API).unmapped).toEqual([
      'spec: spec.values.global.istioNamespace must match spec.namespace',
    ]);
  });

  it('reads every unknown field of a strict decoding error', () => {
    const message =
      'Istio in version "v1" cannot be handled as a Istio: strict decoding error: unknown field "spec.values.pilot.foo", unknown field "spec.values.global.proxy.bar", unknown field "spec.extra"';
    const mapped = mapServerError(httpError(400, status(400, 'BadRequest', message)), SAIL_V1_API);
    expect(mapped.kind).toBe('unknown-fields');
    expect(mapped.valuesDiagnostics.map((d) => [d.path, d.code, d.params.key])).toEqual([
      ['pilot.foo', 'unknown-key', 'foo'],
      ['global.proxy.bar', 'unknown-key', 'bar'],
    ]);
    expect(mapped.unmapped).toEqual(['spec.extra: Unknown field "spec.extra"']);
  });

  it('puts AlreadyExists next to the name', () => {
    const error = httpError(
      409,
      status(409, 'AlreadyExists', 'istios.sailoperator.io "default" already exists', {
        name: 'default',
        kind: 'istios',
      }),
    );
    const mapped = mapServerError(error, SAIL_V1_API);
    expect(mapped.kind).toBe('already-exists');
    expect(mapped.fieldMessages).toEqual([
      { field: 'name', message: 'istios.sailoperator.io "default" already exists' },
    ]);
  });

  it('puts a missing namespace next to the early API namespace field', () => {
    const error = httpError(
      404,
      status(404, 'NotFound', 'namespaces "team-a" not found', {
        name: 'team-a',
        kind: 'namespaces',
      }),
    );
    expect(mapServerError(error, EARLY_API).fieldMessages).toEqual([
      { field: 'namespace', message: 'namespaces "team-a" not found' },
    ]);
  });

  it('maps rawValues causes of the early API to the rawValues field', () => {
    const error = httpError(
      422,
      status(422, 'Invalid', 'invalid', {
        causes: [{ reason: 'FieldValueInvalid', message: 'too big', field: 'spec.rawValues' }],
      }),
    );
    expect(mapServerError(error, EARLY_API).fieldMessages).toEqual([
      { field: 'rawValues', message: 'too big' },
    ]);
  });

  it.each([
    [403, 'Forbidden', 'forbidden'],
    [500, 'InternalError', 'server'],
    [503, 'ServiceUnavailable', 'server'],
  ])('classifies HTTP %d as %s with the server message', (code, reason, kind) => {
    const mapped = mapServerError(httpError(code, status(code, reason, 'nope')), SAIL_V1_API);
    expect(mapped).toMatchObject({ kind, code, message: 'nope', fieldMessages: [] });
  });

  it('calls an error without any HTTP status a network failure', () => {
    expect(mapServerError(new TypeError('Failed to fetch'), SAIL_V1_API)).toMatchObject({
      kind: 'network',
      message: 'Failed to fetch',
    });
  });
});
