/** @jest-environment node */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createHarnessServer } from './createHarnessServer';
import type { RequestHandler } from './kubernetesProxy';
import { createUpstreamProxy } from './kubernetesProxy';

const ENTRY = 'plugin-entry.0123456789abcdef0123.min.js';

const listen = (server: http.Server): Promise<string> =>
  new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );

const close = (server: http.Server): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

let dir: string;
let pluginDist: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'harness-server-'));
  pluginDist = path.join(dir, 'dist');
  await mkdir(path.join(pluginDist, 'locales', 'en'), { recursive: true });
  await writeFile(path.join(pluginDist, 'plugin-manifest.json'), '{"name":"demo-plugin"}');
  await writeFile(path.join(pluginDist, ENTRY), '__load_plugin_entry__("demo-plugin", {});');
  await writeFile(path.join(pluginDist, 'locales', 'en', 'plugin__demo-plugin.json'), '{}');
  await writeFile(path.join(dir, 'secret.txt'), 'not for the browser');
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const startHarness = async (kubernetes: RequestHandler, harnessControl?: RequestHandler) => {
  const server = createHarnessServer({
    pluginDist,
    pluginName: 'demo-plugin',
    shellDist: path.join(dir, 'shell'),
    kubernetes,
    harnessControl,
    serverFlags: {
      basePath: '/',
      releaseVersion: '4.22.0',
      kubeAPIServerURL: 'test',
      userName: 'admin',
    },
  });
  return { server, base: await listen(server) };
};

const echoPath: RequestHandler = (req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ method: req.method, url: req.url }));
};

describe('console harness server', () => {
  it('serves the plugin manifest uncached and the hashed entry script cached for a year', async () => {
    const { server, base } = await startHarness(echoPath);
    try {
      const manifest = await fetch(`${base}/api/plugins/demo-plugin/plugin-manifest.json`);
      expect(manifest.status).toBe(200);
      expect(manifest.headers.get('content-type')).toBe('application/json');
      expect(manifest.headers.get('cache-control')).toBe('no-cache');
      expect(manifest.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await manifest.json()).toEqual({ name: 'demo-plugin' });

      const entry = await fetch(`${base}/api/plugins/demo-plugin/${ENTRY}`);
      expect(entry.headers.get('content-type')).toBe('application/javascript');
      expect(entry.headers.get('cache-control')).toContain('max-age=31536000');
      expect(entry.headers.get('x-content-type-options')).toBe('nosniff');

      const locale = await fetch(
        `${base}/api/plugins/demo-plugin/locales/en/plugin__demo-plugin.json`,
      );
      expect(locale.status).toBe(200);
      expect(locale.headers.get('cache-control')).toBe('no-cache');
    } finally {
      await close(server);
    }
  });

  it('answers 404 for missing plugin files and for paths that climb out of dist/', async () => {
    const { server, base } = await startHarness(echoPath);
    try {
      expect((await fetch(`${base}/api/plugins/demo-plugin/missing.js`)).status).toBe(404);
      expect((await fetch(`${base}/api/plugins/demo-plugin/..%2Fsecret.txt`)).status).toBe(404);
      expect((await fetch(`${base}/api/plugins/other-plugin/plugin-manifest.json`)).status).toBe(
        404,
      );
    } finally {
      await close(server);
    }
  });

  it('serves console routes with a CSP that allows scripts from its own origin but no eval', async () => {
    const { server, base } = await startHarness(echoPath);
    try {
      const page = await fetch(`${base}/service-mesh/overview`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(await page.text()).toContain('<div id="app">');
    } finally {
      await close(server);
    }
  });

  it('routes /api/kubernetes to the cluster handler with the prefix removed', async () => {
    const { server, base } = await startHarness(echoPath, echoPath);
    try {
      const list = await fetch(`${base}/api/kubernetes/apis/sailoperator.io/v1/istios?watch=true`);
      expect(await list.json()).toEqual({
        method: 'GET',
        url: '/apis/sailoperator.io/v1/istios?watch=true',
      });
      const control = await fetch(`${base}/__harness/reset`, { method: 'POST' });
      expect(await control.json()).toEqual({ method: 'POST', url: '/__harness/reset' });
    } finally {
      await close(server);
    }
  });

  it('proxies to an upstream API server, forwarding bodies and streaming watch events', async () => {
    let releaseSecondEvent = () => {};
    const upstream = http.createServer((req, res) => {
      if (req.url?.includes('watch=true')) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write(`${JSON.stringify({ type: 'ADDED', object: { metadata: { name: 'a' } } })}\n`);
        releaseSecondEvent = () =>
          res.end(`${JSON.stringify({ type: 'DELETED', object: { metadata: { name: 'a' } } })}\n`);
        return;
      }
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        res.writeHead(201, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ method: req.method, url: req.url, body: JSON.parse(body) }));
      });
    });
    const upstreamBase = await listen(upstream);
    const { server, base } = await startHarness(createUpstreamProxy(upstreamBase));
    try {
      const created = await fetch(
        `${base}/api/kubernetes/apis/sailoperator.io/v1/istios?dryRun=All`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ kind: 'Istio' }),
        },
      );
      expect(created.status).toBe(201);
      expect(await created.json()).toEqual({
        method: 'POST',
        url: '/apis/sailoperator.io/v1/istios?dryRun=All',
        body: { kind: 'Istio' },
      });

      const watch = await fetch(`${base}/api/kubernetes/apis/sailoperator.io/v1/istios?watch=true`);
      const reader = (watch.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      // The first event arrives while the upstream still holds the response open.
      const first = await reader.read();
      expect(JSON.parse(decoder.decode(first.value)).type).toBe('ADDED');
      releaseSecondEvent();
      let rest = '';
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        rest += decoder.decode(chunk.value);
      }
      expect(JSON.parse(rest).type).toBe('DELETED');
    } finally {
      await close(server);
      await close(upstream);
    }
  });

  it('answers 502 with a Kubernetes Status when the upstream API server is unreachable', async () => {
    const { server, base } = await startHarness(createUpstreamProxy('http://127.0.0.1:1'));
    try {
      const res = await fetch(`${base}/api/kubernetes/api/v1/namespaces`);
      expect(res.status).toBe(502);
      expect(await res.json()).toMatchObject({ kind: 'Status', code: 502 });
    } finally {
      await close(server);
    }
  });
});
