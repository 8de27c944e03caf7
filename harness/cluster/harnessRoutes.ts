import type { IncomingMessage, ServerResponse } from 'node:http';
import { isObject } from './types';
import type { Faults } from './faults';
import { parseFault } from './faults';
import type { Persona } from './auth';
import type { SeedMode } from './seed';
import { decodeBody, readBody, sendJson, sendStatus } from './httpUtil';
import { badRequest, isStatus, methodNotAllowed, pathNotFound } from './statusErrors';

/** Harness-only endpoints under /__harness: fault injection, reset, current user. */

export type HarnessControls = {
  faults: Faults;
  dropWatches(): number;
  reset(options: { seed?: SeedMode; user?: Persona }): void;
  persona(): Persona;
  setPersona(user: Persona): void;
};

const PERSONAS = ['admin', 'viewer'];

export const handleHarnessRequest = async (
  controls: HarnessControls,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<void> => {
  const method = req.method ?? 'GET';
  const decoded =
    method === 'POST'
      ? decodeBody(await readBody(req), req.headers['content-type'] ?? '')
      : { value: undefined };
  if (isStatus(decoded)) return sendStatus(res, decoded);
  const body = isObject(decoded.value) ? decoded.value : {};
  if (pathname === '/__harness/faults') {
    if (method === 'GET') return sendJson(res, 200, { faults: controls.faults.list() });
    if (method === 'DELETE') {
      controls.faults.clear();
      return sendJson(res, 200, { faults: [] });
    }
    if (method !== 'POST') return sendStatus(res, methodNotAllowed(method, pathname));
    if (body.type === 'dropWatches') return sendJson(res, 200, { dropped: controls.dropWatches() });
    const fault = parseFault(decoded.value);
    if (typeof fault === 'string') return sendStatus(res, badRequest(fault));
    return sendJson(res, 201, controls.faults.add(fault));
  }
  if (pathname === '/__harness/reset') {
    if (method !== 'POST') return sendStatus(res, methodNotAllowed(method, pathname));
    const seed = body.seed === 'none' || body.seed === 'samples' ? body.seed : undefined;
    const user = PERSONAS.includes(String(body.user)) ? (body.user as Persona) : undefined;
    controls.reset({ seed, user });
    return sendJson(res, 200, { reset: true, user: controls.persona() });
  }
  if (pathname === '/__harness/user') {
    if (method === 'GET') return sendJson(res, 200, { user: controls.persona() });
    if (method !== 'POST') return sendStatus(res, methodNotAllowed(method, pathname));
    if (!PERSONAS.includes(String(body.user)))
      return sendStatus(res, badRequest('user must be "admin" or "viewer"'));
    controls.setPersona(body.user as Persona);
    return sendJson(res, 200, { user: controls.persona() });
  }
  return sendStatus(res, pathNotFound());
};
