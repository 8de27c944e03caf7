import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

/** Which harness a spec runs against: seeded samples, an empty cluster, or the upstream CRDs. */
export type Instance = 'samples' | 'empty' | 'upstream-crds';

export type SpecContext = { baseUrl: string };

export type Spec = {
  name: string;
  instances: Instance[];
  /** Responses with status >= 400 that the spec provokes on purpose. */
  expectedHttpErrors?: RegExp[];
  /** Console errors the spec provokes on purpose. */
  expectedConsoleErrors?: RegExp[];
  run: (page: Page, context: SpecContext) => Promise<void>;
};

export type SpecResult = {
  name: string;
  instance: Instance;
  passed: boolean;
  seconds: number;
  error?: string;
};

const SPEC_TIMEOUT_MS = 45_000;
export const RESULTS_DIR = path.resolve(__dirname, '..', 'test-results');

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`Spec timed out after ${ms / 1000} s`)), ms),
    ),
  ]);

/**
 * Runs one spec in a fresh browser context. Beyond the spec's own assertions it fails on any
 * uncaught page error, console error, failed request, or HTTP error the spec did not expect.
 */
export const runSpec = async (
  browser: Browser,
  baseUrl: string,
  instance: Instance,
  spec: Spec,
): Promise<SpecResult> => {
  const started = Date.now();
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (spec.expectedConsoleErrors?.some((pattern) => pattern.test(message.text()))) return;
    const { url } = message.location();
    // Chromium also logs every HTTP error response; an expected one is no problem here either.
    const httpLog = message.text().startsWith('Failed to load resource');
    if (httpLog && spec.expectedHttpErrors?.some((pattern) => pattern.test(url))) return;
    problems.push(`console error: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('requestfailed', (request) => {
    // Aborts are the browser's own cancellations (a navigation, a closed watch, the spec closing
    // the page while chunks still load); a server failure shows as an HTTP status or another error.
    const reason = request.failure()?.errorText ?? 'failed';
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.method()} ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() < 400) return;
    const url = response.url();
    if (spec.expectedHttpErrors?.some((pattern) => pattern.test(url))) return;
    problems.push(`HTTP ${response.status()}: ${response.request().method()} ${url}`);
  });

  let error: string | undefined;
  try {
    await withTimeout(spec.run(page, { baseUrl }), SPEC_TIMEOUT_MS);
    if (problems.length) throw new Error(problems.join('\n'));
  } catch (e) {
    error = [
      (e as Error).message,
      ...problems.filter((p) => !(e as Error).message.includes(p)),
    ].join('\n');
    await mkdir(RESULTS_DIR, { recursive: true });
    await page
      .screenshot({
        path: path.join(RESULTS_DIR, `${instance}--${slug(spec.name)}.png`),
        fullPage: true,
      })
      .catch(() => undefined);
  } finally {
    await context.close().catch(() => undefined);
  }
  return {
    name: spec.name,
    instance,
    passed: !error,
    seconds: (Date.now() - started) / 1000,
    error,
  };
};
