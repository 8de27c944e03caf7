import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON, HttpError } from './fetch';
import { getAPIVersionForModel } from './models';
import { queryString, resourceURL } from './resourceUrl';
import type { WatchEvent } from './watchStream';
import { readWatchStream } from './watchStream';

export type WatchQuery = {
  model: K8sModel;
  isList: boolean;
  namespace?: string;
  name?: string;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
};

export type WatchState = {
  data: K8sResourceCommon | K8sResourceCommon[] | undefined;
  loaded: boolean;
  loadError: unknown;
};

const MAX_BACKOFF_MS = 30_000;
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

const keyOf = (o: K8sResourceCommon) =>
  o.metadata?.uid ?? `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;

class ResourceVersionExpired extends Error {}

/**
 * One list (or get) + watch loop shared by every hook that asks for the same query:
 * list, then `watch=true` from the list's resourceVersion; reconnect with backoff when the
 * stream ends or fails; list again when the server answers 410 Gone (resourceVersion too old).
 */
export class ResourceWatch {
  state: WatchState;
  private readonly listeners = new Set<(state: WatchState) => void>();
  private readonly abort = new AbortController();
  private readonly items = new Map<string, K8sResourceCommon>();
  private resourceVersion: string | undefined;
  private started = false;

  constructor(private readonly query: WatchQuery) {
    this.state = { data: query.isList ? [] : {}, loaded: false, loadError: undefined };
  }

  subscribe(listener: (state: WatchState) => void): () => void {
    this.listeners.add(listener);
    if (!this.started) {
      this.started = true;
      void this.run();
    }
    return () => {
      this.listeners.delete(listener);
    };
  }

  get idle(): boolean {
    return this.listeners.size === 0;
  }

  stop(): void {
    this.abort.abort();
  }

  private publish(next: Partial<WatchState>): void {
    this.state = { ...this.state, ...next };
    this.listeners.forEach((listener) => listener(this.state));
  }

  private params(extra: Record<string, unknown>): string {
    const { name, labelSelector, fieldSelector, limit } = this.query;
    const fields = [fieldSelector, name ? `metadata.name=${name}` : undefined]
      .filter(Boolean)
      .join(',');
    return queryString({ labelSelector, fieldSelector: fields, limit, ...extra });
  }

  private collectionURL(extra: Record<string, unknown>): string {
    return resourceURL(this.query.model, { ns: this.query.namespace }) + this.params(extra);
  }

  private withTypeMeta(o: K8sResourceCommon): K8sResourceCommon {
    return {
      kind: this.query.model.kind,
      apiVersion: getAPIVersionForModel(this.query.model),
      ...o,
    };
  }

  private emitData(): void {
    const objects = [...this.items.values()];
    if (this.query.isList) this.publish({ data: objects, loaded: true, loadError: undefined });
    else if (objects.length) this.publish({ data: objects[0], loaded: true, loadError: undefined });
    else this.publish({ data: {}, loaded: false, loadError: new HttpError('Not Found', 404) });
  }

  private async load(): Promise<void> {
    const { model, namespace, name, isList } = this.query;
    this.items.clear();
    if (isList) {
      const list = (await consoleFetchJSON(this.collectionURL({}), 'GET', {
        signal: this.abort.signal,
      })) as {
        items?: K8sResourceCommon[];
        metadata?: { resourceVersion?: string };
      };
      (list.items ?? []).forEach((o) => this.items.set(keyOf(o), this.withTypeMeta(o)));
      this.resourceVersion = list.metadata?.resourceVersion;
    } else {
      const url = resourceURL(model, { ns: namespace, name });
      const object = (await consoleFetchJSON(url, 'GET', {
        signal: this.abort.signal,
      })) as K8sResourceCommon;
      this.items.set(keyOf(object), this.withTypeMeta(object));
      this.resourceVersion = object.metadata?.resourceVersion;
    }
    this.emitData();
  }

  private apply(event: WatchEvent): void {
    if (event.type === 'ERROR') {
      if (event.object.code === 410) throw new ResourceVersionExpired(event.object.message);
      throw new HttpError(
        event.object.message ?? 'Watch error',
        event.object.code,
        undefined,
        event.object,
      );
    }
    const object = event.object as K8sResourceCommon;
    this.resourceVersion = object.metadata?.resourceVersion ?? this.resourceVersion;
    if (event.type === 'BOOKMARK') return;
    if (event.type === 'DELETED') this.items.delete(keyOf(object));
    else this.items.set(keyOf(object), this.withTypeMeta(object));
    this.emitData();
  }

  private async run(): Promise<void> {
    const { signal } = this.abort;
    let backoff = 1000;
    while (!signal.aborted) {
      try {
        if (!this.resourceVersion) await this.load();
        const url = this.collectionURL({
          watch: 'true',
          resourceVersion: this.resourceVersion,
          allowWatchBookmarks: 'true',
        });
        await readWatchStream(url, signal, (event) => this.apply(event));
        backoff = 1000;
      } catch (error) {
        if (signal.aborted) return;
        const gone = error instanceof ResourceVersionExpired || (error as HttpError).code === 410;
        if (gone) {
          this.resourceVersion = undefined;
          continue;
        }
        if (!this.state.loaded) {
          this.publish({ loadError: error });
          this.resourceVersion = undefined;
        } else {
          console.warn(
            `Watch ${this.collectionURL({})} failed; reconnecting in ${backoff} ms`,
            error,
          );
        }
        await sleep(backoff, signal);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }
}

const watches = new Map<string, ResourceWatch>();

export const watchKey = (q: WatchQuery): string =>
  JSON.stringify([
    q.model.apiGroup,
    q.model.apiVersion,
    q.model.plural,
    q.isList,
    q.namespace,
    q.name,
    q.labelSelector,
    q.fieldSelector,
    q.limit,
  ]);

/** Subscribes to a shared watch; the last unsubscribe stops it (after a short grace period). */
export const subscribeToWatch = (
  query: WatchQuery,
  listener: (state: WatchState) => void,
): (() => void) => {
  const key = watchKey(query);
  let watch = watches.get(key);
  if (!watch) {
    watch = new ResourceWatch(query);
    watches.set(key, watch);
  }
  const shared = watch;
  listener(shared.state);
  const unsubscribe = shared.subscribe(listener);
  return () => {
    unsubscribe();
    // Keep it briefly: a page that re-renders with the same query picks the watch up again.
    setTimeout(() => {
      if (shared.idle && watches.get(key) === shared) {
        shared.stop();
        watches.delete(key);
      }
    }, 1000);
  };
};
