import type { KubeObject } from '../types';
import type { Api } from '../api';
import type { Registry } from '../registry';
import type { Store } from '../store';
import { NAMESPACES } from '../registry';
import { EARLY, OperatorClient, SAIL } from './client';
import type { ReconcileContext } from './context';
import { computeUsage } from './context';
import { collectOrphanRevisions, reconcileIstio, reconcileRevision } from './controlPlane';
import { reconcileEarlyIstio, reconcileNodeAgent, reconcileTag } from './components';

/**
 * The simulated Sail Operator: after every change it reconciles all its resources (level
 * triggered, like a controller with a tiny cache); workloads become ready `delayMs` after
 * the generation that needs them was first seen.
 */

const MAX_PASSES = 20;

export class Operator {
  private readonly client: OperatorClient;
  private readonly ready = new Set<string>();
  private readonly pending = new Set<string>();
  private readonly inactiveSince = new Map<string, number>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private unsubscribe?: () => void;
  private queued = false;
  private instant = false;

  constructor(
    api: Api,
    private readonly store: Store,
    registry: () => Registry,
    private readonly options: { delayMs: number; now: () => Date },
  ) {
    this.client = new OperatorClient(api, registry, options.now);
  }

  start(): void {
    this.unsubscribe = this.store.subscribe(() => this.enqueue(0));
  }

  /** Reconciles synchronously until nothing changes, making every workload ready at once. */
  settle(): void {
    this.instant = true;
    try {
      for (let i = 0; i < MAX_PASSES && this.pass() > 0; i++);
    } finally {
      this.instant = false;
    }
  }

  close(): void {
    this.unsubscribe?.();
    this.timers.forEach(clearTimeout);
    this.timers.clear();
  }

  /** Forget readiness and inactivity clocks (after a reset). */
  forget(): void {
    this.ready.clear();
    this.pending.clear();
    this.inactiveSince.clear();
  }

  private enqueue(ms: number): void {
    if (ms === 0 && this.queued) return;
    if (ms === 0) this.queued = true;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (ms === 0) this.queued = false;
      this.pass();
    }, ms);
    this.timers.add(timer);
  }

  /** One reconcile of everything; returns the number of writes it made. */
  private pass(): number {
    const before = this.client.writes;
    const ctx = this.context();
    collectOrphanRevisions(ctx);
    for (const cni of this.client.list(SAIL, 'IstioCNI')) reconcileNodeAgent(ctx, 'IstioCNI', cni);
    for (const istio of this.client.list(SAIL, 'Istio')) reconcileIstio(ctx, istio);
    for (const revision of this.client.list(SAIL, 'IstioRevision'))
      reconcileRevision(ctx, revision);
    for (const tag of this.client.list(SAIL, 'IstioRevisionTag')) reconcileTag(ctx, tag);
    for (const ztunnel of this.client.list(SAIL, 'ZTunnel'))
      reconcileNodeAgent(ctx, 'ZTunnel', ztunnel);
    for (const early of this.client.list(EARLY, 'Istio')) reconcileEarlyIstio(ctx, early);
    return this.client.writes - before;
  }

  private context(): ReconcileContext {
    const namespaces = this.client.list(NAMESPACES.group, NAMESPACES.kind);
    const tags = this.client.list(SAIL, 'IstioRevisionTag');
    return {
      client: this.client,
      now: this.options.now,
      usage: computeUsage(namespaces, tags),
      isReady: (object) => this.isReady(object),
      inactiveForMs: (uid) => {
        if (this.instant) return Number.POSITIVE_INFINITY;
        const since = this.inactiveSince.get(uid) ?? Date.now();
        this.inactiveSince.set(uid, since);
        return Date.now() - since;
      },
      markActive: (uid) => this.inactiveSince.delete(uid),
      requeueAfter: (ms) => this.enqueue(Math.max(1, ms)),
    };
  }

  private isReady(object: KubeObject): boolean {
    const key = `${object.metadata.uid}/${object.metadata.generation}`;
    if (this.ready.has(key) || this.instant) {
      this.ready.add(key);
      return true;
    }
    if (!this.pending.has(key)) {
      this.pending.add(key);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.pending.delete(key);
        this.ready.add(key);
        this.pass();
      }, this.options.delayMs);
      this.timers.add(timer);
    }
    return false;
  }
}
