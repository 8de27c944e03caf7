import type { KubeObject } from './types';
import { clone } from './types';

/** In-memory object storage with a cluster-wide resourceVersion counter and a bounded event log. */

export type StoreEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export type StoreEvent = {
  type: StoreEventType;
  /** Storage key of the resource, see `storageKey`. */
  key: string;
  object: KubeObject;
  previous?: KubeObject;
  rv: number;
};

type Listener = (event: StoreEvent) => void;

const objectKey = (namespace: string | undefined, name: string): string =>
  `${namespace ?? ''}/${name}`;

export class Store {
  private readonly objects = new Map<string, Map<string, KubeObject>>();
  private readonly history: StoreEvent[] = [];
  private readonly listeners = new Set<Listener>();
  private rv = 0;
  /** Highest resourceVersion whose event has been dropped from the history. */
  private forgottenUpTo = 0;

  constructor(private readonly historyLimit = 1000) {}

  currentResourceVersion(): string {
    return String(this.rv);
  }

  get(key: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const found = this.objects.get(key)?.get(objectKey(namespace, name));
    return found ? clone(found) : undefined;
  }

  /**
   * Objects of a resource, sorted by namespace then name; all namespaces when none is given.
   * The objects are the stored ones, not copies: callers must treat them as read-only.
   */
  list(key: string, namespace?: string): KubeObject[] {
    const all = [...(this.objects.get(key)?.values() ?? [])];
    return all
      .filter((o) => namespace === undefined || o.metadata.namespace === namespace)
      .sort((a, b) =>
        objectKey(a.metadata.namespace, a.metadata.name ?? '').localeCompare(
          objectKey(b.metadata.namespace, b.metadata.name ?? ''),
        ),
      );
  }

  /** Stores the object under a new resourceVersion and records an ADDED or MODIFIED event. */
  write(key: string, object: KubeObject): KubeObject {
    const name = object.metadata.name ?? '';
    const bucket = this.objects.get(key) ?? new Map<string, KubeObject>();
    this.objects.set(key, bucket);
    const previous = bucket.get(objectKey(object.metadata.namespace, name));
    const stored = clone(object);
    stored.metadata.resourceVersion = String(++this.rv);
    bucket.set(objectKey(object.metadata.namespace, name), stored);
    this.record({
      type: previous ? 'MODIFIED' : 'ADDED',
      key,
      object: stored,
      ...(previous ? { previous } : {}),
      rv: this.rv,
    });
    return clone(stored);
  }

  /** Removes the object; the DELETED event carries it with a fresh resourceVersion. */
  remove(key: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const bucket = this.objects.get(key);
    const previous = bucket?.get(objectKey(namespace, name));
    if (!bucket || !previous) return undefined;
    bucket.delete(objectKey(namespace, name));
    const gone = clone(previous);
    gone.metadata.resourceVersion = String(++this.rv);
    this.record({ type: 'DELETED', key, object: gone, previous, rv: this.rv });
    return clone(gone);
  }

  /** Events after `rv` in order, or 'expired' when some of them were already forgotten. */
  eventsSince(rv: number): StoreEvent[] | 'expired' {
    if (rv < this.forgottenUpTo) return 'expired';
    return this.history.filter((e) => e.rv > rv);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Drops every object and the event log; the counter keeps growing so old versions stay stale. */
  clear(): void {
    this.objects.clear();
    this.history.length = 0;
    this.forgottenUpTo = this.rv;
  }

  private record(event: StoreEvent): void {
    this.history.push(event);
    while (this.history.length > this.historyLimit) {
      const dropped = this.history.shift();
      if (dropped) this.forgottenUpTo = dropped.rv;
    }
    for (const listener of [...this.listeners]) listener(event);
  }
}
