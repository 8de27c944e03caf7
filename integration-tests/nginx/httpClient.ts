import http from 'node:http';
import type { ClientRequest, IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';

const TIMEOUT_MS = 10_000;

/** A response with its body as sent: not decompressed, so the encoding can be checked. */
export type Reply = { status: number; headers: IncomingHttpHeaders; body: Buffer };

export type Get = (path: string, headers?: OutgoingHttpHeaders) => Promise<Reply>;

const send = (request: ClientRequest): Promise<Reply> =>
  new Promise((resolve, reject) => {
    request.once('error', reject);
    request.setTimeout(TIMEOUT_MS, () =>
      request.destroy(new Error(`no response within ${TIMEOUT_MS / 1000} s`)),
    );
    request.once('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('error', reject);
      response.once('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    request.end();
  });

/** GETs over HTTPS from 127.0.0.1:port, trusting only the given certificate. */
export const httpsGet =
  (port: number, ca: string): Get =>
  (path, headers = {}) =>
    send(https.request({ host: '127.0.0.1', port, path, headers, ca, agent: false }));

/** GETs over plain HTTP from 127.0.0.1:port. */
export const plainHttpGet =
  (port: number): Get =>
  (path, headers = {}) =>
    send(http.request({ host: '127.0.0.1', port, path, headers, agent: false }));
