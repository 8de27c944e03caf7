import type { ServerResponse } from 'node:http';
import type { KubeObject, WatchEventType } from './types';
import { groupVersion } from './types';
import type { Store, StoreEvent } from './store';
import type { Api, Target } from './api';
import type { Matcher } from './selectors';
import { storageKey } from './registry';
import { gone } from './statusErrors';

/** `?watch=true` streams: newline-delimited JSON events over a chunked HTTP response. */

export type WatchRequest = {
  target: Target;
  matcher: Matcher;
  resourceVersion?: string;
  allowBookmarks: boolean;
  timeoutSeconds?: number;
};

type OpenWatch = { res: ServerResponse; stop: () => void };

const BOOKMARK_INTERVAL_MS = 30_000;

export class Watches {
  private readonly open = new Set<OpenWatch>();

  constructor(
    private readonly store: Store,
    private readonly api: Api,
  ) {}

  count(): number {
    return this.open.size;
  }

  start(
    res: ServerResponse,
    request: WatchRequest,
    extraHeaders: Record<string, string[]> = {},
  ): void {
    const { target, matcher } = request;
    const key = storageKey(target.info);
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Transfer-Encoding': 'chunked',
      'Cache-Control': 'no-cache, private',
      ...extraHeaders,
    });
    res.flushHeaders();
    const send = (type: WatchEventType, object: unknown) => {
      if (!res.writableEnded) res.write(`${JSON.stringify({ type, object })}\n`);
    };
    const inScope = (o: KubeObject) =>
      !target.info.namespaced || !target.namespace || o.metadata.namespace === target.namespace;
    const deliver = (event: StoreEvent) => {
      if (event.key !== key || !inScope(event.object)) return;
      const now = event.type !== 'DELETED' && matcher(event.object);
      const before = event.previous !== undefined && matcher(event.previous);
      const present = (o: KubeObject) => this.api.present(target, o);
      if (event.type === 'ADDED' && now) send('ADDED', present(event.object));
      else if (event.type === 'MODIFIED' && now)
        send(before ? 'MODIFIED' : 'ADDED', present(event.object));
      else if (event.type === 'MODIFIED' && before) send('DELETED', present(event.object));
      else if (event.type === 'DELETED' && before) send('DELETED', present(event.object));
    };

    const rv = request.resourceVersion;
    if (rv === undefined || rv === '' || rv === '0') {
      for (const object of this.api.list(target).filter(matcher)) send('ADDED', object);
    } else {
      const missed = this.store.eventsSince(Number(rv));
      if (missed === 'expired') {
        send(
          'ERROR',
          gone(`too old resource version: ${rv} (${this.store.currentResourceVersion()})`),
        );
        res.end();
        return;
      }
      missed.forEach(deliver);
    }

    const unsubscribe = this.store.subscribe(deliver);
    const timers: NodeJS.Timeout[] = [];
    if (request.allowBookmarks) {
      timers.push(
        setInterval(() => {
          send('BOOKMARK', {
            kind: target.info.kind,
            apiVersion: groupVersion(target.info.group, target.version),
            metadata: { resourceVersion: this.store.currentResourceVersion() },
          });
        }, BOOKMARK_INTERVAL_MS),
      );
    }
    const handle: OpenWatch = {
      res,
      stop: () => {
        unsubscribe();
        timers.forEach(clearTimeout);
        this.open.delete(handle);
        if (!res.writableEnded) res.end();
      },
    };
    if (request.timeoutSeconds !== undefined && request.timeoutSeconds > 0) {
      timers.push(setTimeout(handle.stop, request.timeoutSeconds * 1000));
    }
    this.open.add(handle);
    res.on('close', handle.stop);
  }

  /** Ends every open watch, as when the API server restarts or a proxy drops connections. */
  dropAll(): number {
    const dropped = this.open.size;
    for (const watch of [...this.open]) watch.stop();
    return dropped;
  }
}
