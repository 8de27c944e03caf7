import http from 'node:http';
import type { Server } from 'node:http';
import type { RequestHandler } from './kubernetesProxy';
import { stripPrefix } from './kubernetesProxy';
import type { ServerFlags } from './page';
import { indexHtml, serverFlagsScript } from './page';
import { PAGE_HEADERS } from './securityHeaders';
import { cacheControlFor, resolveInside, sendFile, sendText } from './staticFiles';

export type HarnessServerConfig = {
  /** The plugin's production build (dist/), served as the console proxy serves it. */
  pluginDist: string;
  pluginName: string;
  /** The shell bundle (harness/dist/). */
  shellDist: string;
  /** Serves Kubernetes REST paths from the root: /api, /apis, /version. */
  kubernetes: RequestHandler;
  /** Serves /__harness/* (fault injection, reset) when the simulated cluster is in use. */
  harnessControl?: RequestHandler;
  serverFlags: Omit<ServerFlags, 'consolePlugins'>;
};

export const KUBERNETES_PREFIX = '/api/kubernetes';

const notFoundJson = (path: string): string =>
  JSON.stringify({
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    code: 404,
    message: `${path} not found`,
  });

export const createHarnessServer = (config: HarnessServerConfig): Server => {
  const pluginPrefix = `/api/plugins/${config.pluginName}/`;
  const kubernetes = stripPrefix(KUBERNETES_PREFIX, config.kubernetes);
  const flags: ServerFlags = { ...config.serverFlags, consolePlugins: [config.pluginName] };

  const route = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://harness.local');
    const { pathname } = url;
    const method = req.method ?? 'GET';

    if (pathname === KUBERNETES_PREFIX || pathname.startsWith(`${KUBERNETES_PREFIX}/`)) {
      kubernetes(req, res);
      return;
    }
    if (pathname.startsWith('/__harness/')) {
      if (config.harnessControl) config.harnessControl(req, res);
      else sendText(res, 404, notFoundJson(pathname), 'application/json');
      return;
    }
    const readOnly = method === 'GET' || method === 'HEAD';
    if (pathname.startsWith(pluginPrefix) && readOnly) {
      const file = resolveInside(config.pluginDist, pathname.slice(pluginPrefix.length));
      await sendFile(res, file, method, cacheControlFor(pathname));
      return;
    }
    if (pathname.startsWith('/static/') && readOnly) {
      const file = resolveInside(config.shellDist, pathname.slice('/static/'.length));
      await sendFile(res, file, method, 'no-cache');
      return;
    }
    if (pathname === '/harness/server-flags.js' && readOnly) {
      sendText(res, 200, serverFlagsScript(flags), 'application/javascript');
      return;
    }
    if (pathname.startsWith('/api/') || pathname === '/favicon.ico' || !readOnly) {
      sendText(res, 404, notFoundJson(pathname), 'application/json');
      return;
    }
    // Every other path is a console route: the shell's router renders it.
    const body = indexHtml();
    res.writeHead(200, { ...PAGE_HEADERS, 'Content-Length': Buffer.byteLength(body) });
    res.end(method === 'HEAD' ? undefined : body);
  };

  return http.createServer((req, res) => {
    route(req, res).catch((error: Error) => {
      if (!res.headersSent) sendText(res, 500, `Harness error: ${error.message}`);
      else res.destroy(error);
    });
  });
};
