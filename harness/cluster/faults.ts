import { isObject } from './types';

/** Injected failures for tests: 403s, 409s on update, 5xx, latency (and dropped watches). */

type Scope = {
  verb?: string;
  resource?: string;
  namespace?: string;
  name?: string;
  count?: number;
};

export type Fault =
  | ({ type: 'forbidden' } & Scope)
  | ({ type: 'conflict' } & Scope)
  | ({ type: 'error'; code?: number; message?: string } & Scope)
  | ({ type: 'latency'; ms: number } & Scope);

export type StoredFault = Fault & { id: number };

export type RequestFacts = {
  verb: string;
  plural: string;
  group: string;
  namespace?: string;
  name?: string;
};

const FAULT_TYPES = ['forbidden', 'conflict', 'error', 'latency'];

/** Validates a fault posted as JSON; returns an error message for a bad one. */
export const parseFault = (body: unknown): Fault | string => {
  if (!isObject(body) || typeof body.type !== 'string') return 'a fault needs a "type"';
  if (!FAULT_TYPES.includes(body.type)) {
    return `unknown fault type "${body.type}"; use one of ${[...FAULT_TYPES, 'dropWatches'].join(', ')}`;
  }
  if (body.type === 'latency' && typeof body.ms !== 'number') return 'a latency fault needs "ms"';
  if (body.count !== undefined && (typeof body.count !== 'number' || body.count < 1)) {
    return '"count" must be a positive number';
  }
  return body as Fault;
};

const matches = (fault: Fault, facts: RequestFacts): boolean => {
  const verbs =
    fault.type === 'conflict' ? ['update', 'patch'] : fault.verb ? [fault.verb] : undefined;
  if (verbs && !verbs.includes(facts.verb)) return false;
  if (fault.type === 'conflict' && fault.verb && fault.verb !== facts.verb) return false;
  if (
    fault.resource &&
    fault.resource !== facts.plural &&
    fault.resource !== `${facts.plural}.${facts.group}`
  ) {
    return false;
  }
  if (fault.namespace && fault.namespace !== facts.namespace) return false;
  return !fault.name || fault.name === facts.name;
};

export class Faults {
  private faults: StoredFault[] = [];
  private nextId = 1;

  list(): StoredFault[] {
    return [...this.faults];
  }

  add(fault: Fault): StoredFault {
    // Conflicts and errors hit the next matching request only unless told otherwise.
    const once = fault.type === 'conflict' || fault.type === 'error';
    const stored = {
      ...fault,
      ...(once && fault.count === undefined ? { count: 1 } : {}),
      id: this.nextId++,
    };
    this.faults.push(stored);
    return stored;
  }

  clear(): void {
    this.faults = [];
  }

  /** The first fault of that type matching the request, used up by one when it has a count. */
  take<T extends Fault['type']>(
    type: T,
    facts: RequestFacts,
  ): Extract<StoredFault, { type: T }> | undefined {
    const found = this.faults.find((f) => f.type === type && matches(f, facts));
    if (!found) return undefined;
    if (found.count !== undefined) {
      found.count -= 1;
      if (found.count <= 0) this.faults = this.faults.filter((f) => f !== found);
    }
    return found as Extract<StoredFault, { type: T }>;
  }
}
