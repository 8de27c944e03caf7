import type { IncomingMessage, ServerResponse } from 'node:http';
import YAML from 'yaml';
import type { Status } from './types';
import { badRequest } from './statusErrors';

/** Small HTTP helpers: body decoding and JSON responses with Kubernetes-style headers. */

export const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/** Parses a JSON (or YAML) body; an empty body is `undefined`, a malformed one a 400 Status. */
export const decodeBody = (text: string, contentType: string): { value: unknown } | Status => {
  if (text.trim() === '') return { value: undefined };
  try {
    if (/yaml/.test(contentType)) return { value: YAML.parse(text) as unknown };
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return badRequest(`error decoding request body: ${detail}`);
  }
};

/** `299 - "<text>"` as the API server formats warnings. */
const warningHeader = (text: string): string => `299 - ${JSON.stringify(text)}`;

export const warningHeaders = (warnings: string[]): Record<string, string[]> =>
  warnings.length > 0 ? { Warning: warnings.map(warningHeader) } : {};

export const sendJson = (
  res: ServerResponse,
  code: number,
  body: unknown,
  warnings: string[] = [],
): void => {
  const text = JSON.stringify(body);
  res.writeHead(code, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-cache, private',
    ...warningHeaders(warnings),
  });
  res.end(text);
};

export const sendStatus = (res: ServerResponse, status: Status, warnings: string[] = []): void =>
  sendJson(res, status.code, status, warnings);

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
