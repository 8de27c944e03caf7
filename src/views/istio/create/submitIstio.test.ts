/** @jest-environment node */
import { initialResource } from './formState';
import { EARLY_API, SAIL_V1_API } from './istioApis';
import type { CreateCall } from './submitIstio';
import { submitIstio } from './submitIstio';

type Call = { kind: string; dryRun?: string; strict?: string };

/** Records calls; `fail` picks the call (by index) that rejects and with what. */
const recorder = (fail?: { at: number; error: unknown }) => {
  const calls: Call[] = [];
  const create: CreateCall = async ({ model, data, queryParams }) => {
    calls.push({
      kind: model.kind,
      dryRun: queryParams?.dryRun,
      strict: queryParams?.fieldValidation,
    });
    if (fail && calls.length - 1 === fail.at) throw fail.error;
    return data;
  };
  return { calls, create };
};

const status = (code: number, reason: string, message = reason) =>
  Object.assign(new Error(message), { code, json: { kind: 'Status', code, reason, message } });

describe('submitIstio', () => {
  it('runs a strict dry run before the real create', async () => {
    const { calls, create } = recorder();
    const outcome = await submitIstio(create, SAIL_V1_API, initialResource(SAIL_V1_API));
    expect(outcome.ok).toBe(true);
    expect(calls).toEqual([
      { kind: 'Istio', dryRun: 'All', strict: 'Strict' },
      { kind: 'Istio', dryRun: undefined, strict: 'Strict' },
    ]);
  });

  it('creates nothing at all when the dry run fails', async () => {
    const { calls, create } = recorder({ at: 0, error: status(422, 'Invalid') });
    const outcome = await submitIstio(create, SAIL_V1_API, initialResource(SAIL_V1_API), 'mesh');
    expect(outcome).toMatchObject({ ok: false, step: 'dry-run', error: { kind: 'invalid' } });
    expect(calls).toHaveLength(1);
  });

  it('goes on when the namespace to create already exists', async () => {
    const { calls, create } = recorder({ at: 1, error: status(409, 'AlreadyExists') });
    const outcome = await submitIstio(create, SAIL_V1_API, initialResource(SAIL_V1_API), 'mesh');
    expect(outcome.ok).toBe(true);
    expect(calls.map((c) => c.kind)).toEqual(['Istio', 'Namespace', 'Istio']);
  });

  it('stops before the Istio when the namespace cannot be created', async () => {
    const { calls, create } = recorder({ at: 1, error: status(403, 'Forbidden') });
    const outcome = await submitIstio(create, SAIL_V1_API, initialResource(SAIL_V1_API), 'mesh');
    expect(outcome).toMatchObject({ ok: false, step: 'namespace', error: { kind: 'forbidden' } });
    expect(calls.map((c) => c.kind)).toEqual(['Istio', 'Namespace']);
  });

  it('says which namespace it created when the early Istio then fails', async () => {
    const { create } = recorder({ at: 1, error: status(422, 'Invalid') });
    const outcome = await submitIstio(create, EARLY_API, initialResource(EARLY_API), 'team-a');
    expect(outcome).toMatchObject({ ok: false, step: 'dry-run', namespaceCreated: 'team-a' });
  });

  it('reports a failure of the real create after a passing dry run', async () => {
    const { create } = recorder({ at: 1, error: status(500, 'InternalError') });
    const outcome = await submitIstio(create, SAIL_V1_API, initialResource(SAIL_V1_API));
    expect(outcome).toMatchObject({ ok: false, step: 'create', error: { kind: 'server' } });
  });
});
