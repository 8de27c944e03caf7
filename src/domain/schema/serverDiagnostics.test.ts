/** @jest-environment node */
import { diagnosticsFromServerError } from './serverDiagnostics';

const doc = 'pilot:\n  autoscaleEnabeld: true\n  autoscaleMin: -1\n';

describe('diagnosticsFromServerError', () => {
  it('places the fields of a 422 on their keys in the values document', () => {
    const found = diagnosticsFromServerError(
      {
        code: 422,
        reason: 'Invalid',
        message: 'Istio.sailoperator.io "default" is invalid: ...',
        details: {
          causes: [
            {
              reason: 'FieldValueInvalid',
              field: 'spec.values.pilot.autoscaleMin',
              message: 'Invalid value: -1: should be greater than or equal to 0',
            },
          ],
        },
      },
      doc,
    );
    expect(found.other).toEqual([]);
    expect(found.diagnostics).toEqual([
      {
        path: 'pilot.autoscaleMin',
        range: { start: { line: 3, column: 3 }, end: { line: 3, column: 15 } },
        severity: 'error',
        code: 'minimum',
        message: 'Invalid value: -1: should be greater than or equal to 0',
        params: {
          source: 'server',
          serverMessage: 'Invalid value: -1: should be greater than or equal to 0',
          reason: 'FieldValueInvalid',
        },
      },
    ]);
  });

  it('turns the unknown fields of a strict 400 into unknown-key errors', () => {
    const found = diagnosticsFromServerError(
      {
        code: 400,
        reason: 'BadRequest',
        message:
          'strict decoding error: unknown field "spec.values.pilot.autoscaleEnabeld", unknown field "spec.bogus"',
      },
      doc,
    );
    expect(found.diagnostics).toHaveLength(1);
    expect(found.diagnostics[0]).toMatchObject({
      path: 'pilot.autoscaleEnabeld',
      code: 'unknown-key',
      severity: 'error',
      params: { key: 'autoscaleEnabeld', mode: 'strict', source: 'server' },
      range: { start: { line: 2, column: 3 } },
    });
    expect(found.other).toEqual(['unknown field "spec.bogus"']);
  });

  it('keeps failures outside the values for the page, with the server message when no field is named', () => {
    expect(
      diagnosticsFromServerError(
        {
          code: 422,
          message: 'invalid',
          details: { causes: [{ field: 'spec.version', message: 'Unsupported value' }] },
        },
        doc,
      ),
    ).toEqual({ diagnostics: [], other: ['spec.version: Unsupported value'] });
    expect(diagnosticsFromServerError({ code: 500, message: 'etcd timeout' }, doc)).toEqual({
      diagnostics: [],
      other: ['etcd timeout'],
    });
  });

  it('reads the rawValues field of the early API when asked', () => {
    const found = diagnosticsFromServerError(
      { code: 422, details: { causes: [{ field: 'spec.rawValues.pilot', message: 'bad' }] } },
      doc,
      'rawValues',
    );
    expect(found.diagnostics.map((d) => d.path)).toEqual(['pilot']);
  });
});
