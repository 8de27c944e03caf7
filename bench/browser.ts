/* Runs the benchmark files in Chromium, the engine the console runs the plugin in. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import { launchBrowser } from '../integration-tests/browser';
import type { BenchFixtures, BenchResult } from './types';

// Served by request interception; localhost is a secure context, which isolation requires.
const ORIGIN = 'http://localhost:9';

/** The cases bundled for the browser the way the plugin is: minified, production mode. */
const buildBundle = async (): Promise<string> => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'sail-bench-'));
  try {
    const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
      webpack(
        {
          mode: 'production',
          target: 'web',
          entry: path.join(__dirname, 'browserEntry.ts'),
          output: { path: out, filename: 'bench.js' },
          resolve: { extensions: ['.ts', '.js'] },
          module: {
            rules: [
              { test: /\.ts$/, exclude: /\/node_modules\//, use: [{ loader: 'swc-loader' }] },
              { test: /\.m?js$/, resolve: { fullySpecified: false } },
            ],
          },
          performance: { hints: false },
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      ),
    );
    if (!stats || stats.hasErrors()) throw new Error(stats?.toString('errors-only'));
    return await readFile(path.join(out, 'bench.js'), 'utf8');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
};

// Cross-origin isolation gives performance.now() its fine resolution in Chromium.
const ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** Each file's results, measured in a fresh browser context per file. */
export const runInChromium = async (
  files: string[],
  fixtures: BenchFixtures,
): Promise<{ version: string; results: Map<string, BenchResult[]> }> => {
  const bundle = await buildBundle();
  const { browser, close } = await launchBrowser();
  const results = new Map<string, BenchResult[]>();
  try {
    for (const file of files) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route(`${ORIGIN}/**`, (route) =>
        route.request().url().endsWith('/bench.js')
          ? route.fulfill({ contentType: 'text/javascript', headers: ISOLATED, body: bundle })
          : route.fulfill({
              contentType: 'text/html',
              headers: ISOLATED,
              body: '<!doctype html><script src="/bench.js"></script>',
            }),
      );
      await page.goto(`${ORIGIN}/`);
      if (!(await page.evaluate(() => self.crossOriginIsolated)))
        throw new Error('the benchmark page is not cross-origin isolated: timings would be coarse');
      results.set(
        file,
        await page.evaluate(([name, data]) => window.sailBench(name, data), [
          file,
          fixtures,
        ] as const),
      );
      await context.close();
    }
    return { version: browser.version(), results };
  } finally {
    await close();
  }
};
