import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import {
  HttpError,
  TimeoutError,
} from '@openshift-console/dynamic-plugin-sdk/lib/utils/error/http-error';

const DEFAULT_TIMEOUT_MS = 60_000;

type StatusLike = { message?: string; error?: string; reason?: string };

const parseBody = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** Turns a non-2xx response into the console's HttpError: code, json (the Status), message. */
export const errorFromResponse = async (response: Response): Promise<HttpError> => {
  const body = await parseBody(response);
  const status = typeof body === 'object' && body !== null ? (body as StatusLike) : undefined;
  const message =
    status?.message ||
    status?.error ||
    (typeof body === 'string' && body.trim()) ||
    response.statusText ||
    `Request failed with status ${response.status}`;
  return new HttpError(message, response.status, response, status ?? body);
};

export const consoleFetch: typeof SDK.consoleFetch = async (url, options = {}, timeout) => {
  const ms = timeout ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const abortFromCaller = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', abortFromCaller);
  const timer =
    ms > 0 ? setTimeout(() => controller.abort(new TimeoutError(url, ms)), ms) : undefined;
  try {
    const response = await fetch(url, {
      credentials: 'same-origin',
      ...options,
      headers: { Accept: 'application/json', ...(options.headers as Record<string, string>) },
      signal: controller.signal,
    });
    if (!response.ok) throw await errorFromResponse(response);
    return response;
  } catch (error) {
    if (controller.signal.reason instanceof TimeoutError) throw controller.signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortFromCaller);
  }
};

const CONTENT_TYPES: Record<string, string> = {
  PATCH: 'application/json-patch+json',
  POST: 'application/json',
  PUT: 'application/json',
  DELETE: 'application/json',
};

const fetchJSON = async (
  url: string,
  method = 'GET',
  options: RequestInit = {},
  timeout?: number,
  json?: unknown,
) => {
  const headers: Record<string, string> = {};
  if (json !== undefined && json !== null)
    headers['Content-Type'] = CONTENT_TYPES[method] ?? 'application/json';
  const response = await consoleFetch(
    url,
    {
      ...options,
      method,
      headers: { ...headers, ...(options.headers as Record<string, string>) },
      body: json !== undefined && json !== null ? JSON.stringify(json) : options.body,
    },
    timeout,
  );
  if (response.status === 204) return {};
  const body = await parseBody(response);
  return body ?? {};
};

export const consoleFetchJSON: typeof SDK.consoleFetchJSON = Object.assign(
  (url: string, method?: string, options?: RequestInit, timeout?: number) =>
    fetchJSON(url, method, options, timeout),
  {
    delete: (url: string, json?: unknown, options?: RequestInit, timeout?: number) =>
      fetchJSON(url, 'DELETE', options, timeout, json),
    post: (url: string, json: unknown, options?: RequestInit, timeout?: number) =>
      fetchJSON(url, 'POST', options, timeout, json),
    put: (url: string, json: unknown, options?: RequestInit, timeout?: number) =>
      fetchJSON(url, 'PUT', options, timeout, json),
    patch: (url: string, json: unknown, options?: RequestInit, timeout?: number) =>
      fetchJSON(url, 'PATCH', options, timeout, json),
  },
);

export const consoleFetchText: typeof SDK.consoleFetchText = async (url, options, timeout) => {
  const response = await consoleFetch(url, options, timeout);
  return response.text();
};

export { HttpError };
