import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ClusterOptions } from './index';
import { createSimulatedCluster } from './index';

/** Test helpers: a simulated cluster behind a real HTTP server on a free port. */

export type Reply = { status: number; body: any; headers: Headers }; // eslint-disable-line @typescript-eslint/no-explicit-any

export type TestCluster = {
  base: string;
  request(method: string, path: string, body?: unknown, contentType?: string): Promise<Reply>;
  get(path: string): Promise<Reply>;
  /** Polls `path` until `check` accepts the body. */
  waitFor(path: string, check: (body: any) => boolean, timeoutMs?: number): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  watch(path: string): WatchReader;
  close(): Promise<void>;
};

export type WatchEvent = { type: string; object: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

export type WatchReader = {
  response: Promise<Response>;
  /** Resolves with the next `count` events. */
  take(count: number, timeoutMs?: number): Promise<WatchEvent[]>;
  /** Resolves with the events up to and including the first one `match` accepts. */
  takeUntil(match: (event: WatchEvent) => boolean, timeoutMs?: number): Promise<WatchEvent[]>;
  /** Resolves when the server ends the stream, with the events still unread. */
  ended(timeoutMs?: number): Promise<WatchEvent[]>;
  close(): void;
};

const openWatch = (url: string): WatchReader => {
  const controller = new AbortController();
  const events: WatchEvent[] = [];
  let done = false;
  let wake: () => void = () => undefined;
  const response = fetch(url, { signal: controller.signal });
  const pump = response.then(async (res) => {
    const reader = res.body?.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const chunk = await reader?.read().catch(() => ({ done: true, value: undefined }));
      if (!chunk || chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        events.push(JSON.parse(buffer.slice(0, newline)) as WatchEvent);
        buffer = buffer.slice(newline + 1);
      }
      wake();
    }
    done = true;
    wake();
  });
  pump.catch(() => undefined); // aborted by close()
  const until = (ready: () => boolean, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`watch timed out; got ${JSON.stringify(events.map((e) => e.type))}`)),
        timeoutMs,
      );
      const check = () => {
        if (ready()) {
          clearTimeout(timer);
          resolve();
        }
      };
      wake = check;
      check();
    });
  return {
    response,
    async take(count, timeoutMs = 3000) {
      await until(() => events.length >= count || done, timeoutMs);
      return events.splice(0, count);
    },
    async takeUntil(match, timeoutMs = 3000) {
      await until(() => events.some(match) || done, timeoutMs);
      const index = events.findIndex(match);
      return events.splice(0, index + 1);
    },
    async ended(timeoutMs = 3000) {
      await until(() => done, timeoutMs);
      return events.splice(0);
    },
    close: () => controller.abort(),
  };
};

export const startCluster = async (options: ClusterOptions = {}): Promise<TestCluster> => {
  const cluster = createSimulatedCluster({ reconcileDelayMs: 0, ...options });
  const server = http.createServer(cluster.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const watches: WatchReader[] = [];
  const request = async (
    method: string,
    path: string,
    body?: unknown,
    contentType = 'application/json',
  ) => {
    const res = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': contentType },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
  };
  return {
    base,
    request,
    get: (path) => request('GET', path),
    async waitFor(path, check, timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      let last: unknown;
      while (Date.now() < deadline) {
        last = (await request('GET', path)).body;
        if (check(last)) return last;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`condition not met for ${path}: ${JSON.stringify(last)?.slice(0, 2000)}`);
    },
    watch(path) {
      const reader = openWatch(base + path);
      watches.push(reader);
      return reader;
    },
    async close() {
      watches.forEach((w) => w.close());
      cluster.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
};

export const ISTIOS = '/apis/sailoperator.io/v1/istios';
export const REVISIONS = '/apis/sailoperator.io/v1/istiorevisions';

/** A minimal valid v1 Istio. */
export const istio = (name: string, spec: Record<string, unknown> = {}) => ({
  apiVersion: 'sailoperator.io/v1',
  kind: 'Istio',
  metadata: { name },
  spec: { version: 'v1.30.3', namespace: 'istio-system', ...spec },
});
