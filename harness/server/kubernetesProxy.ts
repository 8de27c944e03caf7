import http from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Headers that describe one hop, not the message (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);

const endToEndHeaders = (headers: IncomingHttpHeaders): IncomingHttpHeaders =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));

const statusBody = (code: number, message: string): string =>
  JSON.stringify({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason: 'ServiceUnavailable',
    code,
  });

/**
 * Forwards each request (already stripped of /api/kubernetes) to a real API server such as
 * `kubectl proxy`. Bodies stream both ways, so watch responses reach the browser event by event.
 */
export const createUpstreamProxy = (apiServer: string): RequestHandler => {
  const upstream = new URL(apiServer);
  const basePath = upstream.pathname.replace(/\/$/, '');
  const transport = upstream.protocol === 'https:' ? https : http;
  return (req, res) => {
    const upstreamReq = transport.request(
      {
        protocol: upstream.protocol,
        hostname: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: `${basePath}${req.url ?? '/'}`,
        headers: { ...endToEndHeaders(req.headers), host: upstream.host },
      },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, endToEndHeaders(upstreamRes.headers));
        // Send headers now: a watch may not produce its first event for a long time.
        res.flushHeaders();
        upstreamRes.pipe(res);
      },
    );
    upstreamReq.on('error', (error) => {
      if (res.headersSent) {
        res.destroy(error);
        return;
      }
      const body = statusBody(502, `API server ${apiServer} unreachable: ${error.message}`);
      res.writeHead(502, { 'Content-Type': 'application/json' });
      res.end(body);
    });
    // A browser that stops watching closes its connection; stop the upstream watch with it.
    res.on('close', () => {
      if (!res.writableFinished) upstreamReq.destroy();
    });
    req.pipe(upstreamReq);
  };
};

/** Calls handler with the request URL rewritten from `${prefix}/x` to `/x`. */
export const stripPrefix =
  (prefix: string, handler: RequestHandler): RequestHandler =>
  (req, res) => {
    const rest = (req.url ?? '/').slice(prefix.length);
    req.url = rest.startsWith('/') ? rest : `/${rest}`;
    handler(req, res);
  };
