import type { IncomingMessage, ServerResponse } from 'node:http';
import { Store } from './store';
import { Api } from './api';
import type { Registry } from './registry';
import { buildRegistry, CRDS, storageKey } from './registry';
import { Watches } from './watch';
import { Faults } from './faults';
import type { Persona } from './auth';
import { Operator } from './operator';
import { resolveCrds } from './crdLoader';
import type { SeedMode } from './seed';
import { seedCluster } from './seed';
import { handleApiRequest } from './handler';
import { handleHarnessRequest } from './harnessRoutes';
import { sendStatus } from './httpUtil';
import { internalError } from './statusErrors';

/** A simulated Kubernetes API server with the Sail Operator's CRDs and a simulated operator. */

export type ClusterOptions = {
  crdsDir?: string;
  seed?: SeedMode;
  user?: Persona;
  reconcileDelayMs?: number;
  now?: () => Date;
  /** Events kept for watch resumption; older resourceVersions get 410 Gone. */
  watchHistoryLimit?: number;
};

export type SimulatedCluster = {
  handle(req: IncomingMessage, res: ServerResponse): void;
  close(): void;
};

export function createSimulatedCluster(options: ClusterOptions = {}): SimulatedCluster {
  const now = options.now ?? (() => new Date());
  const { crds, problems } = resolveCrds(options.crdsDir);
  if (problems.length > 0) throw new Error(`cannot load CRDs: ${problems.join('; ')}`);

  const store = new Store(options.watchHistoryLimit);
  const api = new Api(store, now);
  let cachedRegistry: Registry | undefined;
  const registry = (): Registry => {
    cachedRegistry ??= buildRegistry(store.list(storageKey(CRDS)));
    return cachedRegistry;
  };
  store.subscribe((event) => {
    if (event.key === storageKey(CRDS)) cachedRegistry = undefined;
  });
  api.namespacedKeys = () =>
    registry()
      .all()
      .filter((r) => r.namespaced)
      .map(storageKey);

  const watches = new Watches(store, api);
  const faults = new Faults();
  let persona: Persona = options.user ?? 'admin';
  let seedMode: SeedMode = options.seed ?? 'samples';
  const operator = new Operator(api, store, registry, {
    delayMs: options.reconcileDelayMs ?? 1500,
    now,
  });

  const seed = () => {
    const seedProblems = seedCluster(api, registry, crds, seedMode);
    if (seedProblems.length > 0)
      throw new Error(`cannot seed the cluster: ${seedProblems.join('; ')}`);
    operator.settle();
  };
  seed();
  operator.start();

  const controls = {
    faults,
    dropWatches: () => watches.dropAll(),
    persona: () => persona,
    setPersona: (user: Persona) => {
      persona = user;
    },
    reset: (next: { seed?: SeedMode; user?: Persona }) => {
      watches.dropAll();
      faults.clear();
      operator.forget();
      store.clear();
      cachedRegistry = undefined;
      seedMode = next.seed ?? seedMode;
      persona = next.user ?? options.user ?? 'admin';
      seed();
    },
  };
  const ctx = { registry, api, store, watches, faults, persona: () => persona };

  return {
    handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://cluster.local');
      const work = url.pathname.startsWith('/__harness/')
        ? handleHarnessRequest(controls, req, res, url.pathname)
        : handleApiRequest(ctx, req, res, url);
      work.catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (!res.headersSent) sendStatus(res, internalError(message));
        else res.end();
      });
    },
    close() {
      operator.close();
      watches.dropAll();
    },
  };
}
